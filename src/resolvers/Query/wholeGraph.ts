import type { QueryResolvers } from '../../generated/graphql.js';
import { loadSubgraph } from '../../graph/subgraphs.js';

export const wholeGraph: NonNullable<QueryResolvers['wholeGraph']> = (_parent, { limit }, context, info) =>
  loadSubgraph(
    { kind: 'whole', limit },
    (name, params, literals) => context.reader.project(name, info, params, context.stats, 'nodes', literals),
    context.config.maxSubgraphNodes,
  );
