import type { EntityResolvers, ProvisionResolvers } from '../generated/graphql.js';
import { TYPE_OF_KIND } from '../model/kinds.js';
import { inForceBounds } from '../model/in-force.js';
import { languagesOf, textIn } from '../model/languages.js';
import { stringList } from './values.js';

export const Entity: EntityResolvers = {
  __resolveType: (row) => TYPE_OF_KIND[row.kind],
};

/**
 * The property fields every entity type shares that are not stored under their own names (each
 * says what it reads with `@reads` in schema/types/03-entity.graphql). Relation fields (sources,
 * claims, links) are added from the schema's mapping (projected.ts).
 */
export const entityFields = {
  name: (row, { lang }) => textIn(row, 'name', lang) ?? row.id,
  nameLangs: (row) => languagesOf(row, 'name'),
  summary: (row, { lang }) => textIn(row, 'summary', lang),
  aliases: (row) => stringList(row['aliases']),
  inForceFrom: (row) => inForceBounds(row).from ?? null,
  inForceTo: (row) => inForceBounds(row).to ?? null,
  verified: (row) => row['verified'] === true,
  version: (row) => (typeof row['version'] === 'number' ? row['version'] : 0),
  curated: (row) => row['origin'] === 'curated',
} satisfies Pick<
  ProvisionResolvers,
  'name' | 'nameLangs' | 'summary' | 'aliases' | 'inForceFrom' | 'inForceTo' | 'verified' | 'version' | 'curated'
>;
