import { requireRole } from '../../auth/roles.js';
import type { QueryResolvers } from '../../generated/graphql.js';
import * as plans from '../../read/fields/audit.js';

export const tokens: NonNullable<QueryResolvers['tokens']> = (_parent, _args, context, info) => {
  requireRole(context.principal, 'admin');
  return context.reader.read(plans.tokens, info, context.stats);
};
