import type { EntityKind } from '../model/kinds.js';
import type { RelationType } from '../model/relations.js';
import type { Item, Problem } from './read.js';

/**
 * What the dataset files become once checked (prepare.ts): the records the loader writes, one per
 * node, relationship and claim, with their stored properties. (What reads return is src/read/rows.ts.)
 */
export interface EntityRecord {
  id: string;
  kind: EntityKind;
  label: string;
  props: Record<string, unknown>;
}

export interface LinkRecord {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface ClaimRecord {
  id: string;
  about: string;
  props: Record<string, unknown>;
}

export interface PreparedDataset {
  entities: EntityRecord[];
  links: LinkRecord[];
  claims: ClaimRecord[];
  hash: string;
}

/** Where each id was defined, to report duplicates and resolve references. */
export type Index = Map<string, { kind: EntityKind; item: Item; inGraph?: true }>;

export type Report = (item: Item, message: string, severity?: Problem['severity']) => void;

/** The id of a link: `from|TYPE|to`, with `#qualifier` where two links share both ends and type. */
export function linkId(from: string, type: string, to: string, qualifier?: string): string {
  return `${from}|${type}|${to}${qualifier ? `#${qualifier}` : ''}`;
}
