import { afterAll, beforeAll, inject } from 'vitest';
import { LOCK_WAIT_MS } from './budgets.js';
import { oneClassAtATime, type Held } from './run-locks.js';
import { sharedGraphUse } from './shared-graph.js';
import { currentTestFile } from './test-file.js';

/**
 * A setup file of the projects that use the shared Neo4j: before a test file's own hooks, it
 * waits until no file of the other class (readers / writers, see shared-graph.ts) uses the shared
 * graph, and lets go after the file's own cleanup (after-hooks run in reverse order).
 */
let held: Held | undefined;

beforeAll(async () => {
  const use = sharedGraphUse();
  if (use === 'none') return;
  const classes = use === 'reads' ? { mine: 'readers', other: 'writers' } : { mine: 'writers', other: 'readers' };
  held = await oneClassAtATime(inject('runLocks'), 'shared-graph', classes, { by: currentTestFile(), waitMs: LOCK_WAIT_MS });
}, LOCK_WAIT_MS + 10_000);

afterAll(async () => {
  await held?.release();
});
