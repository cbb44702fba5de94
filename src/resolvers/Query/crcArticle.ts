import type { QueryResolvers } from '../../generated/graphql.js';
import * as plans from '../../read/fields/entities.js';

export const crcArticle: NonNullable<QueryResolvers['crcArticle']> = (_parent, args, context, info) =>
  context.reader.read(plans.crcArticle(args), info, context.stats);
