import type { GraphEdgeResolvers } from '../generated/graphql.js';
import { stringList } from './values.js';

/** A link of a subgraph; its ends are ids (`__from`, `__to`), a visualization's source and target. */
export const GraphEdge: GraphEdgeResolvers = {
  type: (row) => row.__type,
  source: (row) => row.__from,
  target: (row) => row.__to,
  sourceIds: (row) => stringList(row['sources']),
};
