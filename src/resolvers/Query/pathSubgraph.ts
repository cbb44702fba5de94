import type { QueryResolvers } from '../../generated/graphql.js';
import { loadSubgraph } from '../../graph/subgraphs.js';

export const pathSubgraph: NonNullable<QueryResolvers['pathSubgraph']> = (_parent, args, context, info) =>
  loadSubgraph(
    { kind: 'paths', ...args },
    (name, params, literals) => context.reader.project(name, info, params, context.stats, 'nodes', literals),
    context.config.maxSubgraphNodes,
  );
