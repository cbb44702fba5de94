import type { EntityKind } from './kinds.js';

/**
 * The properties an entity may carry, by kind. `text` values are given per language
 * ({ en, kk, ru }) and stored as `<name>_<lang>`; `ref`/`refs` hold entity ids; dates are ISO
 * calendar dates stored as Neo4j `date`; a `url` is an http(s) address (src/model/web-address.ts).
 * Anything not listed here is rejected by the data check and by curation, so a typo in a field
 * name cannot slip into the graph unnoticed.
 */
export type PropertyType = 'string' | 'strings' | 'text' | 'date' | 'int' | 'bool' | 'ref' | 'refs' | 'url';

export const COMMON_PROPS = {
  name: 'text',
  shortName: 'text',
  summary: 'text',
  aliases: 'strings',
  validFrom: 'date',
  validTo: 'date',
  verified: 'bool',
  note: 'string',
  url: 'url',
  sources: 'refs',
  partOf: 'ref',
} as const satisfies Record<string, PropertyType>;

const INSTRUMENT_PROPS = {
  adopted: 'date',
  /** The day the act "shall be enforced"; validFrom is derived from it (src/data/prepare.ts). */
  entryIntoForce: 'date',
  /** The sources of each date, where they differ from the act's own sources. */
  adoptedSources: 'refs',
  entryIntoForceSources: 'refs',
  validToSources: 'refs',
  number: 'string',
  registerCode: 'string',
  jurisdiction: 'string',
} as const satisfies Record<string, PropertyType>;

export const KIND_PROPS: Record<EntityKind, Record<string, PropertyType>> = {
  CONVENTION: INSTRUMENT_PROPS,
  OPTIONAL_PROTOCOL: INSTRUMENT_PROPS,
  CONSTITUTION: INSTRUMENT_PROPS,
  CODE: INSTRUMENT_PROPS,
  LAW: INSTRUMENT_PROPS,
  DECREE: INSTRUMENT_PROPS,
  PROVISION: { number: 'string', position: 'int' },
  PRINCIPLE: {},
  CLUSTER: { position: 'int' },
  STATE: { isoCode: 'string' },
  INSTITUTION: {
    institutionType: 'string',
    singleHolder: 'bool',
    /** The name it had until `renamedOn`, the day its present name took effect, and the sources of that. */
    formerName: 'text',
    renamedOn: 'date',
    renamedSources: 'refs',
  },
  PERSON: {},
  PROGRAM: {},
  MEASURE: {},
  CHALLENGE: {},
  GROUP: {},
  AREA: {},
  SOURCE: {
    authors: 'strings',
    year: 'int',
    venue: 'string',
    publisher: 'string',
    doi: 'string',
    sourceType: 'string',
    citation: 'string',
    accessed: 'date',
  },
  DOCUMENT: { symbol: 'string', date: 'date', session: 'string', docType: 'string' },
  RECOMMENDATION: { symbol: 'string', paragraph: 'string', date: 'date' },
};

export const SOURCE_TYPES = [
  'OFFICIAL_REGISTER',
  'ACT_TEXT',
  'TREATY',
  'UN_DOCUMENT',
  'ACADEMIC',
  'NEWS',
  'NGO',
  'GOVERNMENT',
  'REFERENCE',
] as const;

export function propertyType(kind: EntityKind, name: string): PropertyType | undefined {
  return (COMMON_PROPS as Record<string, PropertyType>)[name] ?? KIND_PROPS[kind][name];
}

/** Ids: readable, stable, and safe in URLs and file names after encoding; see docs/api.md "Ids". */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9:/#._-]{0,199}$/;
