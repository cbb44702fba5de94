import type { TokenInfo } from '../auth/tokens.js';
import type { AuditRow } from '../curation/audit.js';
import type { RelationType } from '../model/relations.js';
import type { EntityRow } from '../read/rows.js';

/**
 * What the mutations return (codegen.ts maps the GraphQL types onto these); the rows of reads
 * are in src/read/rows.ts.
 */
export interface EntityWriteRow {
  /** Projected after the write commits, as the request selects it. */
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
