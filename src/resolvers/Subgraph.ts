import { exportSubgraph } from '../export/index.js';
import type { SubgraphResolvers } from '../generated/graphql.js';

/** Counts and exports come from the subgraph the root field already fetched: no database call. */
export const Subgraph: SubgraphResolvers = {
  nodeCount: (row) => row.nodes.length,
  edgeCount: (row) => row.edges.length,
  export: (row, { format, lang }) => exportSubgraph(row, format, lang ?? 'EN'),
};
