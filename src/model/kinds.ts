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

/** The colour the explorer draws each kind in (bundled into its script). */
export const KIND_COLOURS = {
  CONVENTION: '#1f77b4',
  OPTIONAL_PROTOCOL: '#1f77b4',
  PROVISION: '#6baed6',
  CONSTITUTION: '#d62728',
  CODE: '#e6550d',
  LAW: '#fd8d3c',
  DECREE: '#fdae6b',
  INSTITUTION: '#2ca02c',
  PERSON: '#98df8a',
  PROGRAM: '#31a354',
  CHALLENGE: '#9467bd',
  GROUP: '#c5b0d5',
  MEASURE: '#8c6d31',
  AREA: '#bcbd22',
  PRINCIPLE: '#17becf',
  CLUSTER: '#9edae5',
  STATE: '#7f7f7f',
  SOURCE: '#c7c7c7',
  DOCUMENT: '#e377c2',
  RECOMMENDATION: '#f7b6d2',
} as const satisfies Record<EntityKind, string>;
