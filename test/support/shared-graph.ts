import { inject } from 'vitest';
import type { Neo4jAccess } from './neo4j.js';

/**
 * How a test file uses the run's shared Neo4j (the dataset, loaded once by the global setup), so
 * that files which may run at the same time in other workers cannot see each other's data:
 * - `reads` (the default): it only reads, and may assert on the whole graph (counts of all
 *   entities, whole lists, search results, coverage). Readers run beside readers only.
 * - `writes`: it writes under its own id prefix (`curator()` declares this) and asserts only on
 *   what it wrote. Writers run beside writers only, and clean up before the readers come back.
 * - `none`: it works on a Neo4j of its own (the scratch one, or one it starts itself).
 * `test/support/shared-graph-lock.ts` takes the lock that keeps readers and writers apart.
 */
export type SharedGraphUse = 'reads' | 'writes' | 'none';

const RANK: Record<SharedGraphUse, number> = { reads: 0, writes: 1, none: 2 };
let declared: SharedGraphUse = 'reads';

/** Called at module level (test files are collected before any hook runs). `none` wins over `writes`. */
export function declareSharedGraphUse(use: SharedGraphUse): void {
  if (RANK[use] > RANK[declared]) declared = use;
}

export function sharedGraphUse(): SharedGraphUse {
  return declared;
}

/** The shared Neo4j, refused to a file that said it works on a Neo4j of its own. */
export function sharedNeo4j(): Neo4jAccess {
  if (declared === 'none') throw new Error('this test file declared that it works on a Neo4j of its own: pass that one');
  return inject('neo4j');
}
