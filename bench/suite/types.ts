import type { Role } from '../../src/auth/roles.js';
import type { AnswerShapes } from './peer-answers.js';

/**
 * An operation of the suite the benchmark measures and the performance tests check: a GraphQL
 * document for this service, representative variables that exist in the real dataset, random
 * variables of the same types and shape (the determinism and plan-cache tests run many), and
 * where there is one, the same question asked of @neo4j/graphql (bench/peer/).
 */
export interface SuiteOperation {
  /** Short key for tables, JSON and test names. */
  name: string;
  /** What it asks, in words. */
  title: string;
  /** Measured by `npm run bench` (the others are only counted and checked by the tests). */
  bench: boolean;
  /** Reads from ids through the unique index: its plan must seek, never scan. */
  anchored: boolean;
  /**
   * The role a caller needs (a bearer token). The token is looked up with one statement of its
   * own before the operation runs: the wire shows it, the per-request counter does not.
   */
  role?: Role;
  query: string;
  /** Variables that exist in the real dataset alone (the tests' Neo4j). */
  variables: Record<string, unknown>;
  /** Variables for the benchmark, whose corpus always holds at least one generated State. */
  benchVariables?: () => Record<string, unknown>;
  /**
   * Random variables of the same types and shape. Integers Cypher takes only as literals (a
   * path's hop bound) are part of the shape and stay fixed here.
   */
  randomVariables: (random: () => number) => Record<string, unknown>;
  /**
   * The same question for @neo4j/graphql (bench/peer/type-defs.graphql): `answers` brings both
   * answers to one shape for the same-answer check; `note` says how the peer gets there.
   */
  peer?: { query: string; variables: () => Record<string, unknown>; answers: AnswerShapes; note?: string };
  /** Why the peer cannot give the same answer (the benchmark reports "not comparable", no ratio). */
  notComparable?: string;
}

export const between = (random: () => number, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** `count` distinct items, in random order. */
export function sample<T>(random: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
  return out;
}

/** Laws of the real dataset, and one of the first synthetic State (present from `--states 1` on). */
export const LAWS = ['kz:law:rights-of-child', 'kz:law:education', 'kz:code:marriage-family', 'kz:law:opac-ratification'];
export const DATES = ['2000-01-01', '2010-06-30', '2020-12-31', '2025-01-01'];
export const WORDS = ['child', 'rights', 'education', 'закон', 'баланың', 'family', 'protection', 'ombudsman', 'health', 'Z020000345'];
/** Entities of the real dataset, for queries over sets of ids. */
export const ENTITIES = [
  'kz:law:education',
  'crc:art:28',
  'crc',
  'kz:law:education:art:8',
  'kz:law:rights-of-child',
  'crc:art:19',
  'kz',
  'crc:art:3',
];
