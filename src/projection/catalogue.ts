import { LANGS } from '../model/kinds.js';
import type { RelationType } from '../model/relations.js';
import { TRACING_FIELDS } from './catalogue-tracing.js';

/**
 * Which GraphQL fields are relationships, and how each is matched. A field not listed here is
 * read from the node's own properties (every projection carries them all), so adding a typed
 * relationship field to the schema means adding one line here and one resolver.
 */
export interface Pattern {
  /** Relationship types, or `args` to take them from the field's `types` argument. */
  types: readonly RelationType[] | 'args';
  /** Seen from the parent; `BOTH` for symmetric links; `args` takes it from the field's `direction` argument. */
  direction: 'OUT' | 'IN' | 'BOTH' | 'args';
  /** Label the other end must carry. */
  targetLabel: string;
  /** Also reach the relationship from the parent's provisions (an instrument implements through its articles). */
  throughProvisions?: boolean;
  /** Filter links and targets by the `asOf` date (the field's own, or the root field's). */
  temporal: boolean;
}

/** ORDER BY expressions over the target and relationship variables: results are always in a stable order. */
export type Order = (target: string, rel: string) => string;

export type FieldSpec =
  | { shape: 'nodes' | 'node'; pattern: Pattern; order: Order }
  | { shape: 'links'; pattern: Pattern; order: Order }
  /** An end of the link being projected: its start, its end, or the end that is not the parent. */
  | { shape: 'endpoint'; end: 'from' | 'to' | 'other' }
  /** Entities whose ids a list property holds (the sources of a link or a claim). */
  | { shape: 'idList'; property: 'sources'; targetLabel: 'Source' }
  /** The entity whose id a property holds (the ratifying `act` of a RATIFIED link). */
  | { shape: 'idRef'; property: 'act'; targetLabel: 'Instrument' }
  /** Claims about an entity's own properties. */
  | { shape: 'claims' }
  /** Claims about the link being projected. */
  | { shape: 'linkClaims' }
  /** The link a claim is about, if it is about a link. */
  | { shape: 'claimLink' };

const ENTITY_FIELDS: Record<string, FieldSpec> = {
  sources: {
    shape: 'nodes',
    pattern: { types: ['SUPPORTED_BY'], direction: 'OUT', targetLabel: 'Source', temporal: false },
    order: (t) => `${t}.id`,
  },
  claims: { shape: 'claims' },
  links: {
    shape: 'links',
    pattern: { types: 'args', direction: 'args', targetLabel: 'Entity', temporal: true },
    order: (t, r) => `type(${r}), ${t}.id, ${r}.id`,
  },
};

const IMPLEMENTS_OUT: FieldSpec = {
  shape: 'links',
  pattern: { types: ['IMPLEMENTS'], direction: 'OUT', targetLabel: 'Provision', temporal: true },
  order: (t, r) => `coalesce(${t}.position, 0), ${t}.id, ${r}.id`,
};

const LINK_SOURCES: FieldSpec = { shape: 'idList', property: 'sources', targetLabel: 'Source' };
const LINK_CLAIMS: FieldSpec = { shape: 'linkClaims' };

const FOUNDATION: Record<string, Record<string, FieldSpec>> = {
  Entity: ENTITY_FIELDS,
  Instrument: {
    provisions: {
      shape: 'nodes',
      pattern: { types: ['PART_OF'], direction: 'IN', targetLabel: 'Provision', temporal: false },
      order: (t) => `coalesce(${t}.position, 0), ${t}.id`,
    },
    implements: {
      ...IMPLEMENTS_OUT,
      pattern: { ...IMPLEMENTS_OUT.pattern, throughProvisions: true },
    },
  },
  Provision: {
    partOf: {
      shape: 'node',
      pattern: { types: ['PART_OF'], direction: 'OUT', targetLabel: 'Entity', temporal: false },
      order: (t) => `${t}.id`,
    },
    implementedBy: {
      shape: 'links',
      pattern: { types: ['IMPLEMENTS'], direction: 'IN', targetLabel: 'Entity', temporal: true },
      order: (t, r) => `${t}.id, ${r}.id`,
    },
    implements: IMPLEMENTS_OUT,
  },
  Link: {
    from: { shape: 'endpoint', end: 'from' },
    to: { shape: 'endpoint', end: 'to' },
    sources: LINK_SOURCES,
    claims: LINK_CLAIMS,
  },
  ImplementationLink: {
    by: { shape: 'endpoint', end: 'from' },
    article: { shape: 'endpoint', end: 'to' },
    sources: LINK_SOURCES,
    claims: LINK_CLAIMS,
  },
  Claim: { sources: LINK_SOURCES, link: { shape: 'claimLink' } },
};

/** Every relationship field by type: the foundation's, plus the tracing fields (catalogue-tracing.ts). */
export const CATALOGUE: Record<string, Record<string, FieldSpec>> = Object.fromEntries(
  [...new Set([...Object.keys(FOUNDATION), ...Object.keys(TRACING_FIELDS)])].map((type) => [
    type,
    { ...FOUNDATION[type], ...TRACING_FIELDS[type] },
  ]),
);

/** The spec of a field selected on `onType`, or undefined when the field is a plain property. */
export function fieldSpec(onType: string, fieldName: string, isEntityType: boolean): FieldSpec | undefined {
  return CATALOGUE[onType]?.[fieldName] ?? (isEntityType ? ENTITY_FIELDS[fieldName] : undefined);
}

/**
 * Fields of a wrapper type that read every stored property of the entities it holds: a
 * subgraph's export writes them all, so its nodes are projected whole (`.*`).
 */
export const READS_ALL_PROPERTIES: Record<string, readonly string[]> = {
  Subgraph: ['export'],
};

/**
 * The stored properties a field with its own resolver reads (src/resolvers/). A field with the
 * default resolver reads the property of its own name, so the projection fetches just that; a
 * field with a resolver not listed here makes the projection fetch every property (`.*`), so a
 * new computed field is right before it is listed here, only slower.
 */
/**
 * What a field reads: a fixed list, or a list that depends on the field's arguments when the
 * document writes them (`literalArgs`); undefined when a variable gives one of them.
 */
export type StoredAs = readonly string[] | ((literalArgs: Record<string, unknown> | undefined) => readonly string[]);

/**
 * A text stored once per language and read by `textIn` (English when the language asked for is
 * missing, and when none is asked): `name(lang: KK)` written in the document reads `name_kk` and
 * `name_en`. With `lang` given by a variable all three are fetched, so the Cypher text never
 * depends on a variable's value.
 */
function perLanguage(field: string): StoredAs {
  return (literalArgs) => {
    if (!literalArgs) return LANGS.map((lang) => `${field}_${lang}`);
    const lang = typeof literalArgs['lang'] === 'string' ? literalArgs['lang'].toLowerCase() : 'en';
    return [`${field}_${lang}`, `${field}_en`];
  };
}

export const STORED_AS: Record<string, StoredAs> = {
  name: perLanguage('name'),
  nameLangs: ['name_en', 'name_kk', 'name_ru'],
  summary: perLanguage('summary'),
  aliases: ['aliases'],
  verified: ['verified'],
  instrumentKind: ['kind'],
  authors: ['authors'],
  official: ['status'],
  basis: ['basis'],
  status: ['status'],
  /** Link.type comes from the relationship's type, which every link projection carries. */
  type: [],
  /** GraphEdge's ends come from the projection's `__from`/`__to`; its source ids from `sources`. */
  source: [],
  target: [],
  sourceIds: ['sources'],
  // Issue #5: curation state.
  version: ['version'],
  curated: ['origin'],
};
