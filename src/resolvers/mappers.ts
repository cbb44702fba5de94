import type { TokenInfo } from '../auth/tokens.js';
import type { AuditRow } from '../curation/audit.js';
import type { Plain } from '../db/convert.js';
import type { EntityKind } from '../model/kinds.js';
import type { RelationType } from '../model/relations.js';

/**
 * What resolvers receive as parents: the plain rows the data layer returns. A node's stored
 * properties are all there (`name_en`, `validFrom` as an ISO date, ...); relationship fields
 * compiled into the same statement sit under `@<response key>` (see src/projection).
 */
export interface EntityRow {
  id: string;
  kind: EntityKind;
  [property: string]: Plain;
}

export interface LinkRow {
  id: string;
  __type: RelationType;
  [property: string]: Plain;
}

export interface ClaimRow {
  id: string;
  property: string;
  value: string;
  [property: string]: Plain;
}

export interface SearchHitRow {
  entity: EntityRow;
  score: number;
}

/** Issue #5: what a curated write returns; `entity` is projected after the write commits. */
export interface EntityWriteRow {
  entity: EntityRow;
  version: number;
  audit: AuditRow;
}

export interface LinkWriteRow {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  audit: AuditRow;
}

export interface CreatedTokenRow {
  token: string;
  info: TokenInfo;
}
