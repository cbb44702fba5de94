import { requireRole } from '../../auth/roles.js';
import { checkHolderName } from '../../auth/tokens.js';
import type { MutationResolvers } from '../../generated/graphql.js';

export const createToken: NonNullable<MutationResolvers['createToken']> = async (_parent, { name, role }, context) => {
  const principal = requireRole(context.principal, 'admin');
  return context.tokens.create(checkHolderName(name), role === 'ADMIN' ? 'admin' : 'editor', principal.name, context.stats);
};
