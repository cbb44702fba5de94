import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restore } from '../../src/db/backup.js';
import { Database } from '../../src/db/database.js';
import { applySchema } from '../../src/db/schema.js';
import { createLogger } from '../../src/logger.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import type { Migration } from '../../src/store/migration.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { modelVersion, upgradeStore } from '../../src/store/upgrade.js';
import { QUERY_TIMEOUT_MS } from '../support/budgets.js';
import { useScratchNeo4j } from '../support/scratch.js';
import { SERVICE_PROCESS_START_MS, spawnService } from '../support/service-process.js';

/**
 * A store written by release 0.2.0 survives the upgrade. The fixture is a backup made with that
 * release's code (`npm run backup`) of a store with five curated entities, two curated links (one
 * since removed), nine audit entries and three tokens, and no recorded model version.
 */
const FIXTURE = join(PROJECT_ROOT, 'test', 'fixtures', 'release-0.2.0.jsonl');
const TEST_MIGRATIONS = join(PROJECT_ROOT, 'test', 'fixtures', 'migrations');
const scratch = useScratchNeo4j('empty');
let db: Database;

beforeAll(() => {
  db = new Database({
    ...scratch.access,
    database: 'neo4j',
    queryTimeoutMs: QUERY_TIMEOUT_MS,
    logger: createLogger({ logLevel: 'silent' }),
  });
});
afterAll(async () => {
  await db.close();
});

async function restoreFixture(): Promise<void> {
  await scratch.reset('empty');
  await applySchema(db);
  await restore(db, FIXTURE);
}

async function storeModel() {
  const [row] = await db.read('test-store-model', 'MATCH (m:StoreModel) RETURN m.version AS version, m.steps AS steps, count(*) AS nodes');
  return row;
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

describe('a store of release 0.2.0', { timeout: SERVICE_PROCESS_START_MS + 120_000 }, () => {
  it('is upgraded when the current service starts on it, keeping curated data, links and the audit trail', async () => {
    await restoreFixture();
    expect(await storeModel()).toBeUndefined();
    const service = await spawnService(scratch.access).then((s) => s.ready());
    try {
      expect(service.output()).toContain('Upgraded the store to model version 1 (migration record-model-version)');
      const answer = await post(
        service.url,
        `{
          law: node(id: "fx:law:a") { id name ... on Instrument { adopted entryIntoForce note version } }
          article: node(id: "fx:law:a:art:1") { ... on Provision { implements { article { id } basis sources { id } } } }
          history(id: "fx:law:a") { operation version reason }
        }`,
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual({
        law: {
          id: 'fx:law:a',
          name: 'Law on the rights of the child',
          adopted: '2002-08-08',
          entryIntoForce: '2002-08-20',
          note: 'amended in 2021',
          version: 2,
        },
        article: { implements: [{ article: { id: 'fx:crc:art:3' }, basis: 'EDITORIAL', sources: [{ id: 'fx:src:report' }] }] },
        history: [
          { operation: 'UNLINK', version: null, reason: 'the article-level link says it' },
          { operation: 'UPDATE_ENTITY', version: 2, reason: 'checked the register' },
          { operation: 'LINK', version: null, reason: 'seed paper' },
          { operation: 'CREATE_ENTITY', version: 1, reason: 'first curated batch' },
        ],
      });
      const [counts] = await db.read(
        'test-counts',
        'RETURN COUNT { (:Entity) } AS entities, COUNT { ()-[:IMPLEMENTS]->() } AS links, COUNT { (:AuditEntry) } AS audit, COUNT { (:ApiToken) } AS tokens',
      );
      expect(counts).toEqual({ entities: 5, links: 1, audit: 9, tokens: 3 });
      expect(await storeModel()).toEqual({ version: modelVersion(), steps: ['1:record-model-version'], nodes: 1 });
    } finally {
      expect(await service.stop()).toBe(0);
    }
    // A second start finds the current model and migrates nothing.
    const again = await spawnService(scratch.access).then((s) => s.ready());
    expect(again.output()).not.toContain('Upgraded the store');
    expect(await again.stop()).toBe(0);
    expect((await storeModel())?.['steps']).toEqual(['1:record-model-version']);
  });

  it('refuses to start on a store of a later release, with a code, and writes nothing to it', async () => {
    await db.write('test-newer', "MERGE (m:StoreModel {id: 'store'}) SET m.version = $version, m.steps = ['7:from-the-future']", {
      version: modelVersion() + 6,
    });
    const service = await spawnService(scratch.access);
    const code = await service.exited;
    expect(code).toBe(1);
    expect(service.output()).toContain('child-rights-graph could not start (STORE_MODEL_TOO_NEW): the store holds model version 7');
    expect(service.output()).not.toMatch(/\n\s+at /); // no stack trace
    expect(await storeModel()).toEqual({ version: 7, steps: ['7:from-the-future'], nodes: 1 });
  });
});

describe('migrations', () => {
  const testMigrations: Migration[] = [
    ...MIGRATIONS,
    { version: 2, name: 'mark-entities', summary: 'every entity is marked' },
    { version: 3, name: 'fails-halfway', summary: 'fails after writing' },
  ];

  it('run in order, once each, when two instances start together', async () => {
    await restoreFixture();
    const options = { migrations: testMigrations.slice(0, 2), dir: TEST_MIGRATIONS };
    const [a, b] = await Promise.all([upgradeStore(db, options), upgradeStore(db, options)]);
    expect([...a.applied, ...b.applied].sort()).toEqual(['mark-entities', 'record-model-version']);
    expect(a.from).toBe(0);
    expect(await storeModel()).toEqual({ version: 2, steps: ['1:record-model-version', '2:mark-entities'], nodes: 1 });
    const [marked] = await db.read('test-marked', 'MATCH (n:Entity) RETURN count(n) AS all, count(n.markedByModel2) AS marked');
    expect(marked).toEqual({ all: 5, marked: 5 });
  });

  it('leave no trace of a step that fails, and the store keeps the version it had', async () => {
    await expect(upgradeStore(db, { migrations: testMigrations, dir: TEST_MIGRATIONS })).rejects.toThrow(/divide by zero|\/ by zero/i);
    expect((await storeModel())?.['version']).toBe(2);
    const [marked] = await db.read('test-marked-3', 'MATCH (n:Entity) RETURN count(n.markedByModel3) AS marked');
    expect(marked).toEqual({ marked: 0 });
    // This release's own list stops at 1: the store is now newer than it.
    await expect(upgradeStore(db)).rejects.toMatchObject({ code: 'STORE_MODEL_TOO_NEW' });
  });

  it('stamp an empty store with the current version, without running any', async () => {
    await scratch.reset('empty');
    await applySchema(db);
    expect(await upgradeStore(db)).toEqual({ from: null, to: modelVersion(), applied: [] });
    expect(await storeModel()).toEqual({ version: modelVersion(), steps: [`${modelVersion()}:created`], nodes: 1 });
  });
});
