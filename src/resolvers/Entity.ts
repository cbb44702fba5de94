import { TYPE_OF_KIND } from '../model/kinds.js';
import type { EntityResolvers, ProvisionResolvers } from '../generated/graphql.js';
import { projected } from './projected.js';
import { langsOf, stringList, textIn } from './text.js';

export const Entity: EntityResolvers = {
  __resolveType: (row) => TYPE_OF_KIND[row.kind],
};

/**
 * The fields every entity type shares. Scalars not listed (id, kind, validFrom, ...) are stored
 * under their own names and resolve by default.
 */
export const entityFields = {
  name: (row, { lang }) => textIn(row, 'name', lang) ?? row.id,
  nameLangs: (row) => langsOf(row, 'name'),
  summary: (row, { lang }) => textIn(row, 'summary', lang),
  aliases: (row) => stringList(row['aliases']),
  verified: (row) => row['verified'] !== false,
  sources: projected,
  claims: projected,
  links: projected,
  // Issue #5: curation state.
  version: (row) => (typeof row['version'] === 'number' ? row['version'] : 0),
  curated: (row) => row['origin'] === 'curated',
} satisfies Pick<
  ProvisionResolvers,
  'name' | 'nameLangs' | 'summary' | 'aliases' | 'verified' | 'sources' | 'claims' | 'links' | 'version' | 'curated'
>;
