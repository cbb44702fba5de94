import type { QueryResolvers } from '../../generated/graphql.js';
import * as plans from '../../read/fields/coverage.js';

export const implementationCoverage: NonNullable<QueryResolvers['implementationCoverage']> = (_parent, args, context, info) =>
  context.reader.read(plans.implementationCoverage(args), info, context.stats);
