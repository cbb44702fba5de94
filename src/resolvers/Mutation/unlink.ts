import { requireRole } from '../../auth/roles.js';
import type { MutationResolvers } from '../../generated/graphql.js';

export const unlink: NonNullable<MutationResolvers['unlink']> = async (_parent, { id, reason }, context) => {
  const principal = requireRole(context.principal, 'editor');
  return context.curation.unlink(principal, id, reason ?? null, context.stats);
};
