import { requireRole } from '../../auth/roles.js';
import type { MutationResolvers } from '../../generated/graphql.js';
import { writtenEntity } from './written.js';

/** Retiring is soft: the entity keeps its links and history, and `validTo` says since when it is gone. */
export const retireEntity: NonNullable<MutationResolvers['retireEntity']> = async (
  _parent,
  { id, expectedVersion, validTo, reason },
  context,
  info,
) => {
  const principal = requireRole(context.principal, 'editor');
  const change = { id, expectedVersion, validTo };
  const { version, audit } = await context.curation.retireEntity(principal, change, reason ?? null, context.stats);
  return { entity: await writtenEntity(context, info, id), version, audit };
};
