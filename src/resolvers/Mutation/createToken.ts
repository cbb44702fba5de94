import { requireRole } from '../../auth/roles.js';
import { badUserInput } from '../../errors.js';
import type { MutationResolvers } from '../../generated/graphql.js';

const MAX_NAME_LENGTH = 200;

export const createToken: NonNullable<MutationResolvers['createToken']> = async (_parent, { name, role }, context) => {
  const principal = requireRole(context.principal, 'admin');
  const holder = name.trim();
  if (!holder || holder.length > MAX_NAME_LENGTH) {
    throw badUserInput(`name must be 1 to ${MAX_NAME_LENGTH} characters`, {
      argument: 'name',
      allowed: `1..${MAX_NAME_LENGTH} characters`,
    });
  }
  return context.tokens.create(holder, role === 'ADMIN' ? 'admin' : 'editor', principal.name, context.stats);
};
