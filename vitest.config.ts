import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { DATASET_LOAD_MS, NEO4J_START_MS } from './test/support/budgets.js';

const require = createRequire(import.meta.url);

/**
 * Test tiers. `unit`: pure code, no database. `integration`: through the real HTTP service and a
 * real Neo4j that globalSetup starts on a free port for the run (and stops afterwards), with a
 * second, scratch Neo4j for the files that need a graph to themselves (test/support/run-neo4j.ts).
 * `browser`: the explorer page in Debian's headless Chromium (playwright-core), over the same
 * service and the same shared Neo4j. The setup file keeps files that read the whole shared graph
 * apart from files that write to it, whatever the number of workers (test/support/shared-graph.ts).
 */
export default defineConfig({
  resolve: {
    // graphql ships CommonJS (main) and ESM (module) builds. Node gives Apollo Server the CommonJS
    // one; Vite would give our sources the ESM one, and graphql refuses types from "another realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Checking the whole dataset or generating a State takes 2-5 s alone and several times
          // that beside other work on 2 cores: vitest's 5 s default failed them at random.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          setupFiles: ['test/support/shared-graph-lock.ts'],
          testTimeout: 60_000,
          // A file with a Neo4j of its own starts it and loads the dataset in a hook.
          hookTimeout: NEO4J_START_MS + DATASET_LOAD_MS,
        },
      },
      {
        // Debian's Chromium through playwright-core (installed by scripts/ensure-system-packages.sh).
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          setupFiles: ['test/support/shared-graph-lock.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // What a page shows after a request (a search, an expansion) may take seconds on a busy
          // machine, not the 1 s expect.poll waits by default.
          expect: { poll: { timeout: 30_000 } },
        },
      },
    ],
  },
});
