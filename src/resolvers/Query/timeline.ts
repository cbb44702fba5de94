import type { QueryResolvers } from '../../generated/graphql.js';
import * as plans from '../../read/fields/timeline.js';

export const timeline: NonNullable<QueryResolvers['timeline']> = (_parent, args, context, info) =>
  context.reader.read(plans.timeline(args), info, context.stats);
