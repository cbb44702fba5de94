import type { Plain } from '../db/convert.js';
import type { EntityKind } from '../model/kinds.js';
import type { Basis, ClaimStatus, RelationType } from '../model/relations.js';

/**
 * What the read path returns and resolvers receive as parents (codegen.ts maps the GraphQL types
 * onto these): plain values, no driver types. An entity is a row the projection compiler builds:
 * the stored properties the selection reads (`name_en`, `validFrom` as an ISO date, ...), plus
 * its relation fields under `@<response key>` (src/read/projection).
 */
export interface EntityRow {
  id: string;
  kind: EntityKind;
  [property: string]: Plain;
}

/** A link: its stored properties and its relationship type. */
export interface LinkRow {
  id: string;
  __type: RelationType;
  [property: string]: Plain;
}

/** A link of a subgraph or path: its ends are given by id. */
export interface EdgeRow extends LinkRow {
  __from: string;
  __to: string;
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

export interface SubgraphRow {
  nodes: EntityRow[];
  edges: EdgeRow[];
  truncated: boolean;
  /** What the subgraph is, for file names: `neighborhood-kz_law_education`. */
  label: string;
}

export interface PathRow {
  nodes: EntityRow[];
  edges: EdgeRow[];
  length: number;
}

/** Names in every language, as stored (`name_en`, `name_kk`, `name_ru`). */
export type Names = Record<string, Plain>;

export interface CoverageLinkRow {
  id: string;
  by: string;
  basis: Basis;
  status: ClaimStatus;
}

export interface CoveringInstrumentRow {
  id: string;
  kind: EntityKind;
  names: Names;
  contested: boolean;
  links: CoverageLinkRow[];
}

export interface ArticleCoverageRow {
  articleId: string;
  number: number;
  names: Names;
  count: number;
  instruments: CoveringInstrumentRow[];
  recordedGap: boolean;
}

export interface CoverageMatrixRow {
  articleIds: string[];
  articleNumbers: number[];
  instrumentIds: string[];
  instrumentNames: Names[];
  values: number[][];
}

export interface CoverageRow {
  asOf: string | null;
  articles: ArticleCoverageRow[];
  gaps: ArticleCoverageRow[];
  coveredCount: number;
  matrix: CoverageMatrixRow;
}

export interface PageInfoRow {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface ConnectionRow<Edge> {
  edges: Edge[];
  pageInfo: PageInfoRow;
  totalCount: number;
}

/** The other act or institution of a timeline event (Query.timeline). */
export interface TimelinePartyRow {
  id: string;
  kind: EntityKind;
  names: Names;
}

export interface TimelineEventRow {
  /** A TimelineEventKind of the schema, as cypher/queries/timeline.cypher names it. */
  event: string;
  date: string | null;
  derived: boolean;
  act: TimelinePartyRow | null;
  link: string | null;
  sources: string[];
  note: string | null;
  /** RENAMED: the name before, per language (`formerName_<lang>`). */
  formerNames: Names | null;
}
