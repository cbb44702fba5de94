import { requireRole } from '../../auth/roles.js';
import type { MutationResolvers } from '../../generated/graphql.js';

export const link: NonNullable<MutationResolvers['link']> = async (_parent, { input, reason }, context) => {
  const principal = requireRole(context.principal, 'editor');
  return context.curation.link(principal, input, reason ?? null, context.stats);
};
