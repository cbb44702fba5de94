import type { GraphEdgeResolvers } from '../generated/graphql.js';
import type { Basis, ClaimStatus } from '../model/relations.js';
import { stringList } from './text.js';

/** A link of a subgraph; its ends are ids (`__from`, `__to`), a visualization's source and target. */
export const GraphEdge: GraphEdgeResolvers = {
  type: (row) => row.__type,
  source: (row) => row.__from,
  target: (row) => row.__to,
  basis: (row) => (row['basis'] as Basis | null | undefined) ?? null,
  status: (row) => (row['status'] as ClaimStatus | null | undefined) ?? null,
  sourceIds: (row) => stringList(row['sources']),
};
