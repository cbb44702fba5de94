import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loadDataset } from '../../src/data/load.js';
import { Database } from '../../src/db/database.js';
import { applySchema } from '../../src/db/schema.js';
import { createLogger } from '../../src/logger.js';
import { DATASET_LOAD_MS, LOCK_WAIT_MS, NEO4J_START_MS } from './budgets.js';
import type { Neo4jAccess } from './neo4j.js';
import { exclusive, type Held } from './run-locks.js';
import { SCRATCH_FAILURE } from './run-neo4j.js';
import { declareSharedGraphUse } from './shared-graph.js';
import { currentTestFile } from './test-file.js';

/**
 * The scratch Neo4j, for a test file that needs a graph to itself: one that it reloads, wipes,
 * fills with synthetic data, or backs up and restores. The file holds it from before its own
 * hooks until after its own cleanup, and finds it reset: `empty` is as a new Neo4j (no data, no
 * constraints or indexes, no cached plans); `dataset` is that with the schema applied and the
 * dataset loaded, as `npm start` leaves a new Neo4j. A reset takes seconds, where starting a
 * Neo4j of its own took a file 15 to 60.
 */
export type ScratchGraph = 'empty' | 'dataset';

export interface ScratchNeo4j {
  /** Where it is. */
  readonly access: Neo4jAccess;
  /** Resets it again, for a file that needs a fresh graph halfway (a restore into an empty Neo4j). */
  reset(graph: ScratchGraph): Promise<void>;
}

/** Called at module level: the hooks it adds run before the file's own, and let go after them. */
export function useScratchNeo4j(graph: ScratchGraph): ScratchNeo4j {
  declareSharedGraphUse('none');
  let held: Held | undefined;
  const scratch: ScratchNeo4j = {
    get access() {
      return inject('scratchNeo4j');
    },
    reset: async (to) => {
      const db = open();
      try {
        await resetGraph(db, to);
      } finally {
        await db.close();
      }
    },
  };
  beforeAll(
    async () => {
      held = await exclusive(inject('runLocks'), 'scratch-neo4j', { by: currentTestFile(), waitMs: LOCK_WAIT_MS });
      await untilAnswers();
      await scratch.reset(graph);
    },
    LOCK_WAIT_MS + NEO4J_START_MS + DATASET_LOAD_MS + 30_000,
  );
  afterAll(async () => {
    await held?.release();
  });
  return scratch;
}

function open(): Database {
  return new Database({
    ...inject('scratchNeo4j'),
    database: 'neo4j',
    queryTimeoutMs: 120_000,
    logger: createLogger({ logLevel: 'silent' }),
  });
}

/** The scratch Neo4j may still be starting: run-neo4j.ts starts it in the background. */
async function untilAnswers(): Promise<void> {
  const deadline = Date.now() + NEO4J_START_MS;
  for (;;) {
    const failed = await readFile(join(inject('runLocks'), SCRATCH_FAILURE), 'utf8').catch(() => undefined);
    if (failed !== undefined) throw new Error(`the scratch Neo4j did not start: ${failed}`);
    const db = open();
    try {
      await db.read('scratch:ping', 'RETURN 1 AS one');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`the scratch Neo4j did not answer within ${NEO4J_START_MS / 1000} s`, { cause: error });
    } finally {
      await db.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function resetGraph(db: Database, graph: ScratchGraph): Promise<void> {
  // In batches: one transaction deleting a generated corpus would need more heap than a test Neo4j has.
  // The graph version's node stays: each batch moves it on (src/db/graph-version.ts), so deleting
  // it too would recreate it every time and the loop would never end.
  for (;;) {
    const [row] = await db.write(
      'reset:delete',
      'MATCH (n) WHERE NOT n:GraphVersion WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted',
    );
    if (!row?.['deleted']) break;
  }
  // The indexes go too, so the full-text index starts afresh: deleted documents count in its
  // scores, and the README examples compare scores.
  const names = async (query: string) => (await db.read('reset:schema', query)).map((row) => String(row['name'] as string));
  for (const name of await names('SHOW CONSTRAINTS YIELD name RETURN name')) {
    await db.write('reset:drop-constraint', `DROP CONSTRAINT \`${name}\``);
  }
  for (const name of await names("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")) {
    await db.write('reset:drop-index', `DROP INDEX \`${name}\``);
  }
  await db.write('reset:clear-query-caches', 'CALL db.clearQueryCaches()');
  if (graph === 'dataset') {
    await applySchema(db);
    await loadDataset(db, loadConfig({}, {}).dataDir, { force: true });
  }
}
