import type { Plain } from '../db/convert.js';
import type { EntityKind } from '../model/kinds.js';
import type { Basis, ClaimStatus, RelationType } from '../model/relations.js';

/**
 * The plain shapes the exploration queries return (src/graph/subgraphs.ts, src/graph/coverage.ts)
 * and resolvers receive as parents. Entities are the rows the projection compiler builds: all
 * stored properties, plus `@<key>` relationship fields when GraphQL selected some.
 */
export interface NodeRow {
  id: string;
  kind: EntityKind;
  [property: string]: Plain;
}

/** A link between two nodes of a subgraph: its stored properties, its type and its ends' ids. */
export interface EdgeRow {
  id: string;
  __type: RelationType;
  __from: string;
  __to: string;
  [property: string]: Plain;
}

export interface SubgraphRow {
  nodes: NodeRow[];
  edges: EdgeRow[];
  truncated: boolean;
  /** What the subgraph is, for file names: `neighborhood-kz_law_education`. */
  label: string;
}

export interface PathRow {
  nodes: NodeRow[];
  edges: EdgeRow[];
  length: number;
}

/** Names in the three languages, as stored (`name_en`, `name_kk`, `name_ru`). */
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
