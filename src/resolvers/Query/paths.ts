import type { QueryResolvers } from '../../generated/graphql.js';
import * as plans from '../../read/fields/subgraphs.js';

export const paths: NonNullable<QueryResolvers['paths']> = (_parent, args, context, info) =>
  context.reader.read(plans.pathsPlan({ kind: 'paths', ...args }), info, context.stats);
