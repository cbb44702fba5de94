import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { graphql } from '../generated/index.js';
import { QUERY_TIMEOUT_MS } from '../support/budgets.js';
import { curator } from '../support/curation.js';
import { startService, type TestService } from '../support/service.js';
import { sharedNeo4j } from '../support/shared-graph.js';
import { until } from '../support/until.js';

/**
 * A write that Neo4j does not answer by the write deadline, after it was sent: the answer says
 * its outcome is unknown and how to check, Neo4j stops it by the same bound, and retrying it with
 * the same `expectedVersion` applies it once, never twice. The write is made to wait for sure,
 * not by luck: this test holds the entity's write lock in a transaction of its own.
 */
// Long enough for a plain write on a loaded machine; the held one waits for ever without it.
const WRITE_DEADLINE_MS = 10_000;
let service: TestService;
const test = curator();
let editor: Record<string, string>;
// The lock holder's own connection, with no short deadline.
const holder = new Database({
  ...sharedNeo4j(),
  database: 'neo4j',
  queryTimeoutMs: QUERY_TIMEOUT_MS,
  logger: createLogger({ logLevel: 'silent' }),
});

beforeAll(async () => {
  service = await startService({ writeDeadlineMs: WRITE_DEADLINE_MS });
  // Tokens are made and removed on the holder's connection: not bounded by the short deadline.
  test.use(holder);
  editor = await test.bearer('editor');
});
afterAll(async () => {
  await test.cleanup();
  await service.close();
  await holder.close();
});

const Create = graphql(`
  mutation DeadlineCreate($input: EntityInput!) {
    createEntity(input: $input) {
      version
    }
  }
`);
const Update = graphql(`
  mutation DeadlineUpdate($id: ID!, $expected: Int!, $set: EntityPatch!) {
    updateEntity(id: $id, expectedVersion: $expected, set: $set) {
      version
    }
  }
`);
const History = graphql(`
  query DeadlineHistory($id: ID!) {
    history(id: $id) {
      operation
      version
    }
  }
`);

/** Transactions of the service still running on Neo4j for this entity (found by their parameters). */
async function serviceTransactions(id: string): Promise<number> {
  // Not `$id`: this statement's own parameters would match.
  const rows = await holder.read('running', 'SHOW TRANSACTIONS YIELD parameters WHERE parameters.id = $entity RETURN count(*) AS n', {
    entity: id,
  });
  return Number(rows[0]?.['n'] ?? 0);
}

describe('a write past its deadline', { timeout: 240_000 }, () => {
  it('answers WRITE_OUTCOME_UNKNOWN, is stopped by Neo4j, and a retry with the same expectedVersion applies once', async () => {
    const id = test.id('held');
    const created = await service.query(Create, { input: { id, kind: 'SOURCE', name: { en: 'held' } } }, editor);
    expect(created.body.data?.createEntity.version).toBe(1);

    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked = () => {};
    const lockHeld = new Promise<void>((resolve) => (locked = resolve));
    const holding = holder.writeTransaction(async (tx) => {
      await tx.run('hold', 'MATCH (n:Entity {id: $held}) SET n._held = true REMOVE n._held', { held: id });
      locked();
      await released;
    });
    // Awaited below; handled now too, so a failure before then is not also an unhandled rejection.
    holding.catch(() => undefined);
    await lockHeld;

    const change = { id, expected: 1, set: { note: 'sent once' } };
    const started = performance.now();
    const first = await service.query(Update, change, editor);
    const waited = performance.now() - started;
    const error = first.body.errors?.[0];
    expect(error?.extensions?.['code']).toBe('WRITE_OUTCOME_UNKNOWN');
    expect(error?.message).toContain('history');
    expect(error?.message).toContain('expectedVersion');
    // A bound on behaviour, not speed: it answered by its deadline, not when the lock was let go.
    expect(waited).toBeLessThan(5 * WRITE_DEADLINE_MS);
    // Neo4j's transaction timeout is held to the deadline: the abandoned write does not wait on.
    await until(async () => (await serviceTransactions(id)) === 0, 'Neo4j stopping the abandoned write');
    // A write that merely waited is no fault of Neo4j: the breaker stays closed.
    expect(await (await fetch(`${service.url}/ready`)).json()).toMatchObject({ breaker: 'closed' });

    release();
    await holding;
    const retry = await service.query(Update, change, editor);
    const again = await service.query(Update, change, editor);
    // The first try was stopped, so the retry applies it; had the first one committed, the retry
    // would have been the CONFLICT. Either way one of them is, and the change is applied once.
    expect(retry.body.errors).toBeUndefined();
    expect(retry.body.data).toEqual({ updateEntity: { version: 2 } });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const history = await service.query(History, { id });
    expect(history.body.data?.history).toEqual([
      { operation: 'UPDATE_ENTITY', version: 2 },
      { operation: 'CREATE_ENTITY', version: 1 },
    ]);
  });
});
