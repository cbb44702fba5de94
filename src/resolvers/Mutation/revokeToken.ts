import { requireRole } from '../../auth/roles.js';
import { notFound } from '../../errors.js';
import type { MutationResolvers } from '../../generated/graphql.js';

export const revokeToken: NonNullable<MutationResolvers['revokeToken']> = async (_parent, { id }, context) => {
  const principal = requireRole(context.principal, 'admin');
  const token = await context.tokens.revoke(id, principal.name, context.stats);
  if (!token) throw notFound('Token', id);
  return token;
};
