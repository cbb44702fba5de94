import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { READY_PROBE_MS } from '../../src/server/health.js';
import { graphql } from '../generated/index.js';
import { DATASET_LOAD_MS, NEO4J_RESTART_MS, NEO4J_START_MS } from '../support/budgets.js';
import { curator } from '../support/curation.js';
import { freePort } from '../support/free-port.js';
import { QUICK_START_JVM, startTestNeo4jWithDataset, testCacheDir, type TestNeo4j } from '../support/neo4j.js';
import { startService, type TestService } from '../support/service.js';
import { declareSharedGraphUse } from '../support/shared-graph.js';
import { until } from '../support/until.js';

/**
 * A Neo4j that hangs: its JVM frozen with SIGSTOP (as a long GC pause, a frozen VM or a network
 * partition would leave it: connections open, nothing answered), then thawed with SIGCONT.
 * Answers come by the deadline, then at once while the breaker is open, and the service
 * recovers by itself. Its own Neo4j, which it freezes.
 * And a Neo4j that dies under `npm start` (src/main.ts, in a process of its own, with the
 * Neo4j it starts itself in a folder of the test's): restarted, answers again, and once its
 * restarts are used up, the service exits 1 with a clear message.
 */
declareSharedGraphUse('none');
const READ_DEADLINE_MS = 5_000;
/** A generous multiple of the deadline: a bound on behaviour on a busy machine, not a speed. */
const BOUND_MS = 3 * READ_DEADLINE_MS;
let neo4j: TestNeo4j;
let service: TestService;
let frozen = false;
const test = curator();
let editor: Record<string, string>;

beforeAll(async () => {
  neo4j = await startTestNeo4jWithDataset({}, { jvmOptions: QUICK_START_JVM });
  service = await startService({ readDeadlineMs: READ_DEADLINE_MS, writeDeadlineMs: 2 * READ_DEADLINE_MS }, neo4j);
  test.use(service.db);
  editor = await test.bearer('editor');
}, NEO4J_RESTART_MS);
afterAll(async () => {
  if (frozen) neo4j.signal('SIGCONT');
  await service.close();
  await neo4j.dispose();
});

const QUERY = graphql(`
  query FaultsArticle12 {
    crcArticle(number: 12) {
      id
    }
  }
`);
const Create = graphql(`
  mutation FaultsCreate($input: EntityInput!) {
    createEntity(input: $input) {
      version
    }
  }
`);

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

const ready = () =>
  fetch(`${service.url}/ready`).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));
const metric = async (name: string) => {
  const text = await (await fetch(`${service.url}/metrics`)).text();
  return Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);
};
const answers = async () => (await service.query(QUERY)).body.data?.crcArticle?.id === 'crc:art:12';

describe('when Neo4j hangs and comes back', { timeout: NEO4J_RESTART_MS }, () => {
  it('answers within the deadline, then at once with the breaker open, and recovers after SIGCONT', async () => {
    // On a busy machine a cold read can outlast the deadline: wait until reads answer.
    await until(answers, 'reads answering before the fault');
    expect(await metric('crg_neo4j_breaker_open')).toBe(0);

    neo4j.signal('SIGSTOP');
    frozen = true;
    const first = await timed(() => service.query(QUERY));
    expect(first.value.body.errors?.[0]?.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
    expect(first.value.headers.get('retry-after')).toBe('2');
    expect(first.ms).toBeLessThan(BOUND_MS);

    // The deadline made the breaker probe Neo4j; the probe got no answer, so it opened.
    await until(async () => (await metric('crg_neo4j_breaker_open')) === 1, 'the breaker opening', 30);
    const probe = await timed(ready);
    expect(probe.value).toEqual({ status: 503, body: { ready: false, neo4j: false, dataLoaded: false, breaker: 'open' } });
    expect(probe.ms).toBeLessThan(2 * READY_PROBE_MS);

    // Known unreachable: new requests are refused at once, far sooner than the deadline.
    const burst = await Promise.all(Array.from({ length: 10 }, () => timed(() => service.query(QUERY))));
    for (const { value, ms } of burst) {
      expect(value.body.errors?.[0]?.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
      expect(ms).toBeLessThan(READ_DEADLINE_MS);
    }
    // A write with a token: the token cannot be checked, HTTP 503 with Retry-After.
    const write = await timed(() => service.query(Create, { input: { id: test.id('frozen'), kind: 'SOURCE', name: { en: 'x' } } }, editor));
    expect(write.value.status).toBe(503);
    expect(write.value.headers.get('retry-after')).toBe('2');
    expect(write.ms).toBeLessThan(READ_DEADLINE_MS);
    expect(await metric('crg_neo4j_deadlines_total{kind="read"}')).toBeGreaterThanOrEqual(1);

    neo4j.signal('SIGCONT');
    frozen = false;
    await until(async () => (await ready()).status === 200, 'ready again after SIGCONT');
    expect((await ready()).body).toEqual({ ready: true, neo4j: true, dataLoaded: true, breaker: 'closed' });
    expect(await answers()).toBe(true);
    expect(await metric('crg_neo4j_breaker_opens_total')).toBe(1);
  });
});

describe('when the Neo4j that the service started dies', () => {
  let child: ChildProcess | undefined;
  let home: string | undefined;
  let output = '';
  afterAll(async () => {
    // Its Neo4j stops by itself when its standard input, a pipe from the service, closes.
    if (child && child.exitCode === null) child.kill('SIGKILL');
    if (home) await rm(home, { recursive: true, force: true });
  });

  const logged = () =>
    output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => (JSON.parse(line) as { msg: string }).msg);
  const pidIn = (pattern: RegExp) => {
    const pid = Number(
      logged()
        .map((msg) => pattern.exec(msg)?.[1])
        .find(Boolean),
    );
    if (!pid) throw new Error(`no pid in the log:\n${output.slice(-3000)}`);
    return pid;
  };

  it(
    'restarts it, answers again without a restart of the service, and exits 1 once its restarts are used up',
    { timeout: NEO4J_START_MS + DATASET_LOAD_MS + 2 * NEO4J_RESTART_MS },
    async () => {
      home = await mkdtemp(join(tmpdir(), 'crg-supervised-'));
      const port = await freePort();
      const { NEO4J_URI: _uri, NEO4J_PASSWORD: _password, ...env } = process.env;
      child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src', 'main.ts')], {
        cwd: PROJECT_ROOT,
        env: {
          ...env,
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'info',
          CRG_CACHE_DIR: testCacheDir(),
          CRG_NEO4J_HOME: home,
          CRG_NEO4J_HEAP: '768m',
          CRG_NEO4J_PAGECACHE: '128m',
          CRG_NEO4J_RESTARTS: '1',
          // Generous: the machine is busy, and this test is about a dead Neo4j, not a slow one.
          CRG_READ_DEADLINE_MS: '30000',
          CRG_QUERY_TIMEOUT_MS: '60000',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = once(child, 'close');
      const url = `http://127.0.0.1:${port}`;
      const isReady = () =>
        fetch(`${url}/ready`).then(
          (r) => r.status === 200,
          () => false,
        );
      await until(
        () => Promise.resolve(output.includes('GraphQL at')),
        `the service started\n${output}`,
        (NEO4J_START_MS + DATASET_LOAD_MS) / 1000,
      );
      const answer = async () => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ crcArticle(number: 12) { id } }' }),
        });
        return JSON.stringify(await response.json());
      };
      expect(await answer()).toBe('{"data":{"crcArticle":{"id":"crc:art:12"}}}');

      process.kill(pidIn(/Neo4j is listening on .*, pid (\d+)\)/), 'SIGKILL');
      // Not ready at once: the dying JVM may still answer the first probe of all.
      await until(
        () => Promise.resolve(logged().some((msg) => msg.startsWith('Neo4j restarted'))),
        `a restart\n${output.slice(-3000)}`,
        NEO4J_RESTART_MS / 1000,
      );
      await until(isReady, `ready again after the kill\n${output.slice(-3000)}`, NEO4J_RESTART_MS / 1000);
      expect(await answer()).toBe('{"data":{"crcArticle":{"id":"crc:art:12"}}}');
      const lines = logged();
      const count = (what: (msg: string) => boolean) => lines.filter(what).length;
      const log = lines.join('\n');
      expect(
        count((msg) => msg.includes('exited unexpectedly (signal SIGKILL): restarting it')),
        log,
      ).toBe(1);
      expect(
        count((msg) => msg.startsWith('Neo4j restarted')),
        log,
      ).toBe(1);
      // Open only if a request came while Neo4j was away; once at most, and closed again.
      const opened = count((msg) => msg.includes('circuit breaker open'));
      expect(opened, log).toBeLessThanOrEqual(1);
      expect(
        count((msg) => msg.includes('circuit breaker closed')),
        log,
      ).toBe(opened);
      // Its data was kept: the dataset is not loaded again.
      expect(
        count((msg) => msg.startsWith('Loaded ')),
        log,
      ).toBe(1);

      process.kill(pidIn(/^Neo4j restarted \(pid (\d+)/), 'SIGKILL');
      const [code] = (await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve(['timeout']), 120_000))])) as [unknown];
      expect(code, output.slice(-3000)).toBe(1);
      expect(logged()).toContainEqual(
        expect.stringMatching(
          /exited unexpectedly \(signal SIGKILL\) and the restarts allowed \(CRG_NEO4J_RESTARTS=1\) are used up: exiting$/,
        ),
      );
    },
  );
});
