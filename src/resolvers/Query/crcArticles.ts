import type { QueryResolvers } from '../../generated/graphql.js';
import * as plans from '../../read/fields/entities.js';

export const crcArticles: NonNullable<QueryResolvers['crcArticles']> = (_parent, args, context, info) =>
  context.reader.read(plans.crcArticles(args), info, context.stats);
