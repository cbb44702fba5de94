import type { QueryResolvers } from '../../generated/graphql.js';
import { loadSubgraph } from '../../graph/subgraphs.js';

export const neighborhood: NonNullable<QueryResolvers['neighborhood']> = (_parent, args, context, info) =>
  loadSubgraph(
    { kind: 'neighborhood', ...args },
    (name, params, literals) => context.reader.project(name, info, params, context.stats, 'nodes', literals),
    context.config.maxSubgraphNodes,
  );
