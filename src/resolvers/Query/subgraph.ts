import type { QueryResolvers } from '../../generated/graphql.js';
import * as plans from '../../read/fields/subgraphs.js';

export const subgraph: NonNullable<QueryResolvers['subgraph']> = (_parent, args, context, info) =>
  context.reader.read(
    plans.subgraphPlan({ kind: 'ids', ids: args.ids, relationTypes: args.relationTypes, asOf: args.asOf }, context.config.maxSubgraphNodes),
    info,
    context.stats,
  );
