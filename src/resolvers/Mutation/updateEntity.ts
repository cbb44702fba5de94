import { requireRole } from '../../auth/roles.js';
import type { MutationResolvers } from '../../generated/graphql.js';
import { writtenEntity } from './written.js';

export const updateEntity: NonNullable<MutationResolvers['updateEntity']> = async (
  _parent,
  { id, expectedVersion, set, reason },
  context,
  info,
) => {
  const principal = requireRole(context.principal, 'editor');
  const change = { id, expectedVersion, set };
  const { version, audit } = await context.curation.updateEntity(principal, change, reason ?? null, context.stats);
  return { entity: await writtenEntity(context, info, id), version, audit };
};
