import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { QUERY_TIMEOUT_MS } from '../support/budgets.js';
import { curator } from '../support/curation.js';
import { freePort } from '../support/free-port.js';
import { sharedNeo4j } from '../support/shared-graph.js';

/**
 * SIGTERM to the real service process (`tsx src/main.ts`): it stops taking requests, lets those
 * in flight finish and answer, then closes the driver and exits 0. The requests are made slow
 * for sure, not by luck: this test holds the write locks of the entities they update.
 */
const neo4j = sharedNeo4j();
const db = new Database({ ...neo4j, database: 'neo4j', queryTimeoutMs: QUERY_TIMEOUT_MS, logger: createLogger({ logLevel: 'silent' }) });
const test = curator();
let child: ChildProcess | undefined;
let output = '';

beforeAll(() => {
  test.use(db);
});
afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await test.cleanup();
  await db.close();
});

async function until(check: () => Promise<boolean>, what: string, seconds = 30): Promise<void> {
  for (let i = 0; i < seconds * 10; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what}: not within ${seconds} s\n${output.slice(-3000)}`);
}

function timeout(seconds: number, what: string): Promise<never> {
  return new Promise((_resolve, reject) =>
    setTimeout(() => reject(new Error(`${what}: not within ${seconds} s\n${output.slice(-3000)}`)), seconds * 1000),
  );
}

const UPDATE = `mutation($id: ID!) { updateEntity(id: $id, expectedVersion: 1, set: { note: "from a slow request" }) { version } }`;

describe('SIGTERM', () => {
  // Starting the service process compiles its TypeScript: slow on a busy machine.
  it('drains the requests in flight, then closes the driver and exits 0', { timeout: 180_000 }, async () => {
    const ids = [test.id('a'), test.id('b')];
    await db.write(
      'shutdown-setup',
      `UNWIND $ids AS id CREATE (n:Entity:Source {id: id, kind: 'SOURCE', name_en: id, origin: 'curated', version: 1})`,
      { ids },
    );
    const editor = await test.bearer('editor');

    const port = await freePort();
    const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };
    // One process (node with tsx's loader), so signals reach the service itself.
    child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src', 'main.ts')], {
      cwd: PROJECT_ROOT,
      env: { ...env, PORT: String(port), HOST: '127.0.0.1', CRG_LOAD_DATA: 'never', LOG_LEVEL: 'info', CRG_SHUTDOWN_TIMEOUT_MS: '30000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // 'close' comes once the process has exited and its output has all been read.
    const exited = once(child, 'close');
    const url = `http://127.0.0.1:${port}`;
    await until(() => Promise.resolve(output.includes('GraphQL at')), 'the service started', 90);

    // Hold the entities' write locks in a transaction of our own until we let go.
    // The requests are sent only once the locks are held, so they cannot slip in before them.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked = () => {};
    const lockHeld = new Promise<void>((resolve) => (locked = resolve));
    const holding = db.writeTransaction(async (tx) => {
      await tx.run('hold', 'MATCH (n:Entity) WHERE n.id IN $ids SET n._held = true REMOVE n._held', { ids });
      locked();
      await released;
    });
    await lockHeld;

    const send = (id: string) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...editor },
        body: JSON.stringify({ query: UPDATE, variables: { id } }),
      });
    const inFlight = ids.map(send);
    // Our two updates, waiting: found by their parameters (other test files share this Neo4j).
    const blocked = async () => {
      const rows = await db.read(
        'blocked',
        "SHOW TRANSACTIONS YIELD status, parameters WHERE status STARTS WITH 'Blocked' AND parameters.id IN $ids RETURN count(*) AS n",
        { ids },
      );
      return rows[0]?.['n'] === 2;
    };
    await until(blocked, 'both updates waiting for the locks');

    child.kill('SIGTERM');
    await until(() => Promise.resolve(output.includes('draining those in flight')), 'the service began to stop');
    // No new requests: the listening socket is closed.
    await expect(fetch(`${url}/health`)).rejects.toThrow();
    expect(output).not.toContain('Neo4j driver closed');

    release();
    await holding;
    const responses = await Promise.all(inFlight);
    for (const response of responses) {
      expect(response.status).toBe(200);
      // Each acknowledged write also hands back its bookmark (docs/operations.md, "Bookmarks").
      const body = (await response.json()) as { data: unknown; extensions?: { bookmark?: unknown } };
      expect(body.data).toEqual({ updateEntity: { version: 2 } });
      expect(typeof body.extensions?.bookmark).toBe('string');
    }
    const [code] = (await Promise.race([exited, timeout(30, 'the service to exit')])) as [number | null];
    expect(code).toBe(0);
    // The log says the order: draining, HTTP closed, then the driver, then the end.
    const logged = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { time: number; msg: string });
    const when = (text: string) => logged.find((line) => line.msg.includes(text))?.time ?? NaN;
    const times = ['draining those in flight', 'HTTP server closed', 'Neo4j driver closed', 'stopped'].map(when);
    expect(
      times.every((time) => Number.isFinite(time)),
      output,
    ).toBe(true);
    expect(
      [...times].sort((x, y) => x - y),
      output,
    ).toEqual(times);

    const rows = await db.read('after', 'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.version AS version, n.note AS note', { ids });
    expect(rows).toEqual([
      { version: 2, note: 'from a slow request' },
      { version: 2, note: 'from a slow request' },
    ]);
  });
});
