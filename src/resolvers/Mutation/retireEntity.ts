import { requireRole } from '../../auth/roles.js';
import type { MutationResolvers } from '../../generated/graphql.js';
import { changedEntity } from './written.js';

export const retireEntity: NonNullable<MutationResolvers['retireEntity']> = (_parent, { reason, ...change }, context, info) =>
  changedEntity(
    context,
    info,
    context.curation.retireEntity(requireRole(context.principal, 'editor'), change, reason ?? null, context.stats),
  );
