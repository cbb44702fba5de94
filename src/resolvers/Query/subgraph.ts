import type { QueryResolvers } from '../../generated/graphql.js';
import { loadSubgraph } from '../../graph/subgraphs.js';

export const subgraph: NonNullable<QueryResolvers['subgraph']> = (_parent, { ids }, context, info) =>
  loadSubgraph(
    { kind: 'ids', ids },
    (name, params, literals) => context.reader.project(name, info, params, context.stats, 'nodes', literals),
    context.config.maxSubgraphNodes,
  );
