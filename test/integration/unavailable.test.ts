import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEO4J_RESTART_MS } from '../support/budgets.js';
import { graphql } from '../generated/index.js';
import { curator } from '../support/curation.js';
import { expectNoLeak } from '../support/leaks.js';
import { QUICK_START_JVM, startTestNeo4jWithDataset, type TestNeo4j } from '../support/neo4j.js';
import { startService, type TestService, type GraphQLResponse } from '../support/service.js';
import { declareSharedGraphUse } from '../support/shared-graph.js';

/**
 * Neo4j goes away while the service runs, then comes back: no restart of the service needed.
 * Its own Neo4j, which it stops, kills and starts again; each test gets a budget for a restart.
 */
declareSharedGraphUse('none');
let neo4j: TestNeo4j;
let service: TestService;
const test = curator();
let editor: Record<string, string>;

beforeAll(async () => {
  neo4j = await startTestNeo4jWithDataset({}, { jvmOptions: QUICK_START_JVM });
  service = await startService({}, neo4j);
  test.use(service.db);
  editor = await test.bearer('editor');
});
afterAll(async () => {
  await service.close();
  await neo4j.dispose();
});

const QUERY = graphql(`
  query Article12 {
    crcArticle(number: 12) {
      id
    }
  }
`);

async function until(check: () => Promise<boolean>, seconds: number): Promise<void> {
  for (let i = 0; i < seconds * 4; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`not within ${seconds} s`);
}

/** What the service says about Neo4j being away: never where it is, nor how the driver failed. */
const expectNothingOfNeo4j = (down: GraphQLResponse) =>
  expectNoLeak({ headers: down.headers, text: JSON.stringify(down.body) }, /127\.0\.0\.1|bolt|ECONNREFUSED|stack/i);

const Create = graphql(`
  mutation UnavailableCreate($input: EntityInput!) {
    createEntity(input: $input) {
      version
    }
  }
`);
const Import = graphql(`
  mutation UnavailableImport($input: ImportInput!) {
    importGraph(input: $input) {
      entities
    }
  }
`);
const source = (name: string) => ({ id: test.id(name), kind: 'SOURCE' as const, name: { en: name } });
const count = async (prefix: string) => {
  const [row] = await service.db.read(
    'count',
    'CALL () { MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN count(n) AS entities } CALL () { MATCH (a:AuditEntry) WHERE a.subject STARTS WITH $p RETURN count(a) AS audit } RETURN entities, audit',
    { p: prefix },
  );
  return row;
};

// Each test stops or kills Neo4j and starts it again.
describe('when Neo4j stops and comes back', { timeout: NEO4J_RESTART_MS }, () => {
  // Reads and writes in one outage: each outage costs a restart of Neo4j.
  it('answers reads and writes SERVICE_UNAVAILABLE, turns /ready to 503, and recovers by itself', async () => {
    expect((await service.query(QUERY)).body.data).toEqual({ crcArticle: { id: 'crc:art:12' } });
    expect((await service.query(Create, { input: source('before') }, editor)).body.errors).toBeUndefined();

    await neo4j.stop();
    const read = await service.query(QUERY);
    expect(read.status).toBe(200);
    expect(read.body.errors?.[0]?.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
    expectNothingOfNeo4j(read);
    expect((await fetch(`${service.url}/ready`)).status).toBe(503);
    expect((await fetch(`${service.url}/health`)).status).toBe(200);
    const write = await service.query(Create, { input: source('during') }, editor);
    expect(write.status).toBe(503);
    expect(write.body.errors?.[0]?.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
    expectNothingOfNeo4j(write);
    // Without a token the answer needs no database: still UNAUTHENTICATED.
    expect((await service.query(Create, { input: source('anonymous') })).status).toBe(401);

    await neo4j.restart();
    await until(async () => (await fetch(`${service.url}/ready`)).status === 200, 60);
    expect((await service.query(QUERY)).body.data).toEqual({ crcArticle: { id: 'crc:art:12' } });
    expect((await service.query(Create, { input: source('after') }, editor)).body.errors).toBeUndefined();
    expect(await count(test.id(''))).toEqual({ entities: 2, audit: 2 });
  });
});

describe('imports when Neo4j stops or crashes', { timeout: NEO4J_RESTART_MS }, () => {
  /** Starts an import of 50 entities and holds it at its commit, with every statement run. */
  async function heldImport(name: string) {
    const prefix = test.id(`${name}:`);
    const held = test.id(`${name}-source`);
    expect((await service.query(Create, { input: source(`${name}-source`) }, editor)).body.errors).toBeUndefined();
    const entities = Array.from({ length: 50 }, (_, i) => ({
      id: `${prefix}${i}`,
      kind: 'PROGRAM' as const,
      name: { en: `Programme ${i}` },
      sources: [held],
    }));
    // Hold the source's write lock. Neo4j takes the locks for new relationships when it commits
    // (a new source, not a hub: a node with many links is linked without its lock), so the
    // import runs all its statements and waits at its commit.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const holding = service.db
      .writeTransaction(async (tx) => {
        await tx.run('hold', 'MATCH (s:Entity {id: $held}) SET s._held = true REMOVE s._held', { held });
        await released;
      })
      .catch(() => 'ended with Neo4j');
    const answer = service.query(Import, { input: { entities } }, editor);
    await until(async () => {
      const rows = await service.db.read(
        'blocked',
        "SHOW TRANSACTIONS YIELD status, metaData WHERE metaData.query = 'transaction' RETURN status",
      );
      return rows.some((row) => typeof row['status'] === 'string' && /^(Blocked|Closing)/.test(row['status']));
    }, 30);
    return { prefix, entities, answer, release: async () => (release(), await holding) };
  }

  it('leaves no trace of an import cut by a crash of Neo4j', async () => {
    const { prefix, entities, answer, release } = await heldImport('crash');
    await neo4j.crash();
    await release();
    const { body } = await answer;
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');

    await neo4j.restart();
    await until(async () => (await fetch(`${service.url}/ready`)).status === 200, 60);
    expect(await count(prefix)).toEqual({ entities: 0, audit: 0 });
    // The same import, uninterrupted, writes all of it.
    expect((await service.query(Import, { input: { entities } }, editor)).body.errors).toBeUndefined();
    expect(await count(prefix)).toEqual({ entities: 50, audit: 50 });
  });

  it('keeps an import caught by a clean stop of Neo4j whole or not at all', async () => {
    const { prefix, answer, release } = await heldImport('stop');
    // A clean stop lets running transactions end (it terminates the one holding the lock), so
    // the import may commit before Neo4j is gone, while its answer is lost on the way.
    await neo4j.stop();
    await release();
    const { body } = await answer;
    await neo4j.restart();
    await until(async () => (await fetch(`${service.url}/ready`)).status === 200, 60);
    const after = await count(prefix);
    expect([
      { entities: 0, audit: 0 },
      { entities: 50, audit: 50 },
    ]).toContainEqual(after);
    if (body.data) expect(after).toEqual({ entities: 50, audit: 50 });
  });
});
