import { requireRole } from '../../auth/roles.js';
import type { MutationResolvers } from '../../generated/graphql.js';

export const importGraph: NonNullable<MutationResolvers['importGraph']> = async (_parent, { input, reason }, context) => {
  const principal = requireRole(context.principal, 'editor');
  const { batch, entities, links } = await context.curation.importGraph(
    principal,
    { entities: input.entities ?? [], links: input.links ?? [] },
    reason ?? null,
    context.stats,
  );
  return { batch, entities, links };
};
