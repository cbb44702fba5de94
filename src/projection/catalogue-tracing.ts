import type { RelationType } from '../model/relations.js';
import type { FieldSpec, Order, Pattern } from './catalogue.js';

/**
 * The relationship fields that answer the tracing questions (issue 3): recommendations and the
 * articles and laws they concern, responsibility for an area over time, correspondence between
 * constitution versions, ratifications with their acts and disputed dates. Each is one COLLECT
 * subquery in its root field's statement, like every field in catalogue.ts.
 */
function pattern(types: RelationType[], direction: Pattern['direction'], targetLabel: string, temporal = true): Pattern {
  return { types, direction, targetLabel, temporal };
}

const byId: Order = (t) => `${t}.id`;
const byPosition: Order = (t) => `coalesce(${t}.position, 0), ${t}.id`;
/** Recommendations by date, document and paragraph number (3(a) sorts as 3, before 11). */
const byParagraph: Order = (t) => `${t}.date, ${t}.symbol, toIntegerOrNull(head(split(${t}.paragraph, '('))), ${t}.id`;
const byLinkDate: Order = (t, r) => `coalesce(${r}.validFrom, ${r}.date), ${t}.id, ${r}.id`;

const sources: FieldSpec = { shape: 'idList', property: 'sources', targetLabel: 'Source' };
const claims: FieldSpec = { shape: 'linkClaims' };
const from: FieldSpec = { shape: 'endpoint', end: 'from' };
const to: FieldSpec = { shape: 'endpoint', end: 'to' };

const predecessors = (label: string): FieldSpec => ({ shape: 'nodes', pattern: pattern(['REPLACES'], 'OUT', label, false), order: byId });
const successors = (label: string): FieldSpec => ({ shape: 'nodes', pattern: pattern(['REPLACES'], 'IN', label, false), order: byId });

export const TRACING_FIELDS: Record<string, Record<string, FieldSpec>> = {
  Provision: {
    recommendations: { shape: 'nodes', pattern: pattern(['CONCERNS'], 'IN', 'Recommendation'), order: byParagraph },
    correspondsTo: { shape: 'links', pattern: pattern(['CORRESPONDS_TO'], 'BOTH', 'Provision'), order: (t, r) => `${t}.id, ${r}.id` },
    extendedBy: { shape: 'nodes', pattern: pattern(['EXTENDS'], 'IN', 'Instrument'), order: byId },
    clusters: { shape: 'nodes', pattern: pattern(['IN_CLUSTER'], 'OUT', 'Cluster', false), order: byPosition },
  },
  Cluster: {
    articles: { shape: 'nodes', pattern: pattern(['IN_CLUSTER'], 'IN', 'Provision', false), order: byPosition },
  },
  Instrument: {
    ratifications: { shape: 'links', pattern: pattern(['RATIFIED'], 'IN', 'State'), order: byLinkDate },
    extends: { shape: 'nodes', pattern: pattern(['EXTENDS'], 'OUT', 'Provision'), order: byPosition },
    amends: { shape: 'links', pattern: pattern(['AMENDS'], 'OUT', 'Entity'), order: byLinkDate },
    amendedBy: { shape: 'links', pattern: pattern(['AMENDS'], 'IN', 'Instrument'), order: byLinkDate },
    predecessors: predecessors('Instrument'),
    successors: successors('Instrument'),
  },
  State: {
    ratifications: { shape: 'links', pattern: pattern(['RATIFIED'], 'OUT', 'Instrument'), order: byLinkDate },
    signatures: { shape: 'links', pattern: pattern(['SIGNED'], 'OUT', 'Instrument'), order: byLinkDate },
  },
  Document: {
    recommendations: { shape: 'nodes', pattern: pattern(['PART_OF'], 'IN', 'Recommendation', false), order: byParagraph },
  },
  Recommendation: {
    document: { shape: 'node', pattern: pattern(['PART_OF'], 'OUT', 'Document', false), order: byId },
    concerns: {
      shape: 'links',
      pattern: pattern(['CONCERNS'], 'OUT', 'Provision'),
      order: (t, r) => `coalesce(${t}.position, 0), ${t}.id, ${r}.id`,
    },
    asksToChange: { shape: 'links', pattern: pattern(['ASKS_TO_CHANGE'], 'OUT', 'Entity'), order: (t, r) => `${t}.id, ${r}.id` },
    addresses: { shape: 'nodes', pattern: pattern(['ADDRESSES'], 'OUT', 'Challenge'), order: byId },
  },
  Institution: {
    responsibleFor: { shape: 'links', pattern: pattern(['RESPONSIBLE_FOR'], 'OUT', 'Entity'), order: (t, r) => `${t}.id, ${r}.id` },
    holders: { shape: 'links', pattern: pattern(['HELD_BY'], 'OUT', 'Person'), order: byLinkDate },
    overseenBy: { shape: 'nodes', pattern: pattern(['OVERSEES'], 'IN', 'Institution'), order: byId },
    oversees: { shape: 'nodes', pattern: pattern(['OVERSEES'], 'OUT', 'Institution'), order: byId },
    predecessors: predecessors('Institution'),
    successors: successors('Institution'),
  },
  Area: {
    responsible: { shape: 'links', pattern: pattern(['RESPONSIBLE_FOR'], 'IN', 'Institution'), order: (t, r) => `${t}.id, ${r}.id` },
    monitoredBy: { shape: 'nodes', pattern: pattern(['MONITORS'], 'IN', 'Institution'), order: byId },
  },
  // Typed links: which end is which, their sources and the claims about them.
  RatificationLink: { state: from, treaty: to, act: { shape: 'idRef', property: 'act', targetLabel: 'Instrument' }, sources, claims },
  ConcernLink: { recommendation: from, article: to, sources, claims },
  ChangeRequestLink: { recommendation: from, law: to, sources, claims },
  ResponsibilityLink: { institution: from, subject: to, sources, claims },
  OfficeHolderLink: { office: from, person: to, sources, claims },
  CorrespondenceLink: { article: { shape: 'endpoint', end: 'other' }, from, to, sources, claims },
};
