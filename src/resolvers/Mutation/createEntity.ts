import { requireRole } from '../../auth/roles.js';
import type { MutationResolvers } from '../../generated/graphql.js';
import { writtenEntity } from './written.js';

export const createEntity: NonNullable<MutationResolvers['createEntity']> = async (_parent, { input, reason }, context, info) => {
  const principal = requireRole(context.principal, 'editor');
  const result = await context.curation.createEntity(principal, input, reason ?? null, context.stats);
  const [audit] = result.audit;
  if (!audit) throw new Error('createEntity recorded no audit entry');
  return { entity: await writtenEntity(context, info, input.id), version: 1, audit };
};
