import { ENTITY_KINDS, INSTRUMENT_KINDS, type EntityKind } from './kinds.js';

/**
 * The relationship types of the graph and the kinds each may connect. This one table drives the
 * data check, the loader's allow-list (a relationship type can never come from input unchecked)
 * and the validation of curated links.
 */
/**
 * Who says a link holds: the act's own text (OFFICIAL), the State in its periodic report to the
 * Committee (STATE_REPORT), the Committee in its concluding observations (COMMITTEE), the
 * project's editors (EDITORIAL), or the seed paper (SEED_PAPER). STATE_REPORT and COMMITTEE links
 * cite a `document` and its `paragraph`. In order of strength: the strongest basis first.
 */
export const BASES = ['OFFICIAL', 'STATE_REPORT', 'COMMITTEE', 'EDITORIAL', 'SEED_PAPER'] as const;
export type Basis = (typeof BASES)[number];

/**
 * The colour the explorer's coverage matrix gives a link's basis, strongest (first in BASES)
 * darkest. Chosen for print and for colour-blind readers (one hue, falling lightness).
 */
export const BASIS_COLOURS = {
  OFFICIAL: '#08306b',
  STATE_REPORT: '#2171b5',
  COMMITTEE: '#6baed6',
  EDITORIAL: '#c6dbef',
  SEED_PAPER: '#eef3f8',
} as const satisfies Record<Basis, string>;

/** How far a link or a claim can be relied on: the API says which version is official. */
export const CLAIM_STATUSES = ['OFFICIAL', 'ACCEPTED', 'CONTESTED', 'UNVERIFIED'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export interface RelationSpec {
  from: readonly EntityKind[];
  to: readonly EntityKind[];
  /** Structural links (containment, provenance itself) need no basis or sources. */
  provenance: boolean;
  /** Properties this type carries beyond the common ones (COMMON_LINK_PROPS). */
  extra?: readonly string[];
  description: string;
}

const INSTRUMENTS = INSTRUMENT_KINDS;
export const DOMESTIC = ['CONSTITUTION', 'CODE', 'LAW', 'DECREE'] as const satisfies readonly EntityKind[];
const TREATIES = ['CONVENTION', 'OPTIONAL_PROTOCOL'] as const satisfies readonly EntityKind[];
const ANY: readonly EntityKind[] = ENTITY_KINDS;

export const RELATIONS = {
  PART_OF: {
    from: ['PROVISION', 'RECOMMENDATION'],
    to: [...INSTRUMENTS, 'PROVISION', 'DOCUMENT'],
    provenance: false,
    description: 'A provision is part of an instrument (or of another provision); a recommendation is part of a UN document.',
  },
  IMPLEMENTS: {
    from: [...DOMESTIC, 'PROVISION'],
    to: ['PROVISION'],
    provenance: true,
    description: 'A domestic instrument or provision implements an article of the CRC or of a protocol.',
  },
  EXTENDS: {
    from: ['OPTIONAL_PROTOCOL', 'PROVISION'],
    to: ['PROVISION'],
    provenance: true,
    description: 'An optional protocol (or one of its articles) extends an article of the CRC.',
  },
  SIGNED: {
    from: ['STATE'],
    to: TREATIES,
    provenance: true,
    description: 'A State signed a treaty on a date.',
  },
  RATIFIED: {
    from: ['STATE'],
    to: TREATIES,
    provenance: true,
    extra: ['act', 'depositDate', 'inForceDate'],
    description: 'A State ratified a treaty: the date, the ratifying act and where known the deposit and entry into force.',
  },
  RATIFIES: {
    from: DOMESTIC,
    to: TREATIES,
    provenance: true,
    description: 'A domestic act ratifies a treaty.',
  },
  AMENDS: {
    from: DOMESTIC,
    to: [...DOMESTIC, 'PROVISION'],
    provenance: true,
    description: 'An act amends another act or one of its provisions.',
  },
  REPLACES: {
    from: [...DOMESTIC, 'INSTITUTION', 'PROVISION'],
    to: [...DOMESTIC, 'INSTITUTION', 'PROVISION'],
    provenance: true,
    description: 'An act or institution replaces (succeeds) an earlier one.',
  },
  REPEALS: {
    from: DOMESTIC,
    to: [...DOMESTIC, 'PROVISION'],
    provenance: true,
    description: 'An act repeals an earlier act or one of its provisions (in whole, unless the note says which part stays).',
  },
  CORRESPONDS_TO: {
    from: ['PROVISION'],
    to: ['PROVISION'],
    provenance: true,
    description: 'An article of one version of an instrument corresponds to an article of another version.',
  },
  IN_CLUSTER: {
    from: ['PROVISION'],
    to: ['CLUSTER'],
    provenance: false,
    extra: ['paragraphs'],
    description: "A CRC article belongs to one of the Committee's reporting clusters.",
  },
  EMBODIES: {
    from: ['PROVISION'],
    to: ['PRINCIPLE'],
    provenance: true,
    description: 'An article states a principle or right.',
  },
  RESPONSIBLE_FOR: {
    from: ['INSTITUTION'],
    to: [...INSTRUMENTS, 'AREA', 'CHALLENGE', 'PROGRAM', 'GROUP'],
    provenance: true,
    extra: ['role'],
    description: 'An institution is responsible for an area, an act, a programme or a challenge.',
  },
  MONITORS: {
    from: ['INSTITUTION'],
    to: [...INSTRUMENTS, 'AREA', 'PROVISION', 'INSTITUTION'],
    provenance: true,
    description: 'An institution monitors the implementation of an act, an area or another institution.',
  },
  OVERSEES: {
    from: ['INSTITUTION'],
    to: ['INSTITUTION'],
    provenance: true,
    description: 'An institution oversees (is the parent of) another institution.',
  },
  ESTABLISHED_BY: {
    from: ['INSTITUTION', 'PROGRAM'],
    to: [...DOMESTIC, 'PROVISION'],
    provenance: true,
    description: 'An institution or programme was established by an act or provision.',
  },
  HELD_BY: {
    from: ['INSTITUTION'],
    to: ['PERSON'],
    provenance: true,
    description: 'An office was held by a person (validFrom/validTo give the term).',
  },
  RUNS: {
    from: ['INSTITUTION'],
    to: ['PROGRAM'],
    provenance: true,
    description: 'An institution runs a programme or service.',
  },
  AFFECTS: {
    from: ['CHALLENGE'],
    to: ['PROVISION', 'PRINCIPLE', 'GROUP'],
    provenance: true,
    description: 'A challenge affects a right (a CRC article or principle) or a group of children.',
  },
  ADDRESSES: {
    from: [...DOMESTIC, 'PROVISION', 'PROGRAM', 'MEASURE', 'INSTITUTION', 'RECOMMENDATION'],
    to: ['CHALLENGE'],
    provenance: true,
    description: 'A law, programme, measure, institution or recommendation addresses a challenge.',
  },
  CONCERNS: {
    from: ['RECOMMENDATION'],
    to: ['PROVISION'],
    provenance: true,
    description: 'A recommendation of the Committee concerns a CRC article.',
  },
  REITERATES: {
    from: ['RECOMMENDATION'],
    to: ['RECOMMENDATION'],
    provenance: true,
    description: "A recommendation repeats an earlier one: the follow-up of an issue across the Committee's reviews.",
  },
  ASKS_TO_CHANGE: {
    from: ['RECOMMENDATION'],
    to: [...DOMESTIC, 'PROVISION'],
    provenance: true,
    description: 'A recommendation asks the State to change (or adopt provisions in) a law.',
  },
  NO_IMPLEMENTATION_FOUND: {
    from: ['STATE'],
    to: ['PROVISION'],
    provenance: true,
    description: "A recorded gap: the sources searched name no provision of the State's law that implements the article.",
  },
  SUPPORTED_BY: {
    from: ANY,
    to: ['SOURCE'],
    provenance: false,
    description: 'An entity is supported by a source.',
  },
  CITES: {
    from: ['SOURCE'],
    to: ['SOURCE'],
    provenance: false,
    extra: ['position'],
    description: 'A source cites another source (a bibliography entry).',
  },
} as const satisfies Record<string, RelationSpec>;

export type RelationType = keyof typeof RELATIONS;
export const RELATION_TYPES = Object.keys(RELATIONS) as RelationType[];

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && Object.hasOwn(RELATIONS, value);
}

/** Properties every link may carry, whatever its type. */
export const COMMON_LINK_PROPS = [
  'basis',
  'status',
  'sources',
  'note',
  'validFrom',
  'validTo',
  'qualifier',
  // The UN document and paragraph a STATE_REPORT or COMMITTEE link cites.
  'document',
  'paragraph',
  /** The day of the event the link records (signature, amendment, repeal) or of the document cited. */
  'date',
  /** True only when someone checked the link against a source and said so. */
  'verified',
] as const;
