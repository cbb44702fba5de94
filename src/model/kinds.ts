/**
 * The kinds of entity in the graph. Each kind is stored as `n.kind`, and its node carries the
 * label `Entity` plus the label of its GraphQL type (`Instrument`, `Provision`, ...), so a query
 * can anchor on a type's label and the unique `Entity.id` index alike.
 */
export const INSTRUMENT_KINDS = ['CONVENTION', 'OPTIONAL_PROTOCOL', 'CONSTITUTION', 'CODE', 'LAW', 'DECREE'] as const;

export const ENTITY_KINDS = [
  ...INSTRUMENT_KINDS,
  'PROVISION',
  'PRINCIPLE',
  'CLUSTER',
  'STATE',
  'INSTITUTION',
  'PERSON',
  'PROGRAM',
  'MEASURE',
  'CHALLENGE',
  'GROUP',
  'AREA',
  'SOURCE',
  'DOCUMENT',
  'RECOMMENDATION',
] as const;

export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The GraphQL object type (and Neo4j label) of each kind. */
export const TYPE_OF_KIND = {
  CONVENTION: 'Instrument',
  OPTIONAL_PROTOCOL: 'Instrument',
  CONSTITUTION: 'Instrument',
  CODE: 'Instrument',
  LAW: 'Instrument',
  DECREE: 'Instrument',
  PROVISION: 'Provision',
  PRINCIPLE: 'Principle',
  CLUSTER: 'Cluster',
  STATE: 'State',
  INSTITUTION: 'Institution',
  PERSON: 'Person',
  PROGRAM: 'Program',
  MEASURE: 'Measure',
  CHALLENGE: 'Challenge',
  GROUP: 'Group',
  AREA: 'Area',
  SOURCE: 'Source',
  DOCUMENT: 'Document',
  RECOMMENDATION: 'Recommendation',
} as const satisfies Record<EntityKind, string>;

export type EntityTypeName = (typeof TYPE_OF_KIND)[EntityKind];

export const ENTITY_TYPE_NAMES = [...new Set(Object.values(TYPE_OF_KIND))] as EntityTypeName[];

export function isEntityKind(value: unknown): value is EntityKind {
  return typeof value === 'string' && (ENTITY_KINDS as readonly string[]).includes(value);
}

export function isInstrumentKind(value: unknown): value is InstrumentKind {
  return typeof value === 'string' && (INSTRUMENT_KINDS as readonly string[]).includes(value);
}

export const LANGS = ['en', 'kk', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
