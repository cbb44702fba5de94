import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_VERSION } from '../../src/db/graph-version.js';
import { curator } from '../support/curation.js';
import { SERVICE_PROCESS_START_MS, spawnService, type SpawnedService } from '../support/service-process.js';
import { startService, type TestService } from '../support/service.js';
import { sharedNeo4j } from '../support/shared-graph.js';
import { BoltWire } from '../support/wire.js';

/**
 * The answer cache (src/server/answer-cache.ts) is never wrong: a hit runs only the graph-version
 * check, counted on the Bolt wire; every write, through this instance, another process or the
 * driver directly, is followed by a fresh answer; two service processes never disagree after a
 * write; callers with a token always run (and so every mutation: they need one).
 */
const test = curator();
const wire = new BoltWire();
let a: TestService;
let b: SpawnedService;

beforeAll(async () => {
  [a, b] = await Promise.all([
    startService({ answerCacheBytes: 8_000_000 }, sharedNeo4j(), { wireLog: wire.log }),
    spawnService(sharedNeo4j()).then((s) => s.ready()),
  ]);
  test.use(a.db);
}, SERVICE_PROCESS_START_MS + 60_000);
afterAll(async () => {
  await b?.stop();
  await test.cleanup();
  await a?.close();
});

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string }>;
  extensions?: { cypher?: { statements: number; answerCache?: string } };
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Answer;
  expect(body.errors).toBeUndefined();
  return body;
}

const ARTICLE = 'query Article($number: Int!) { crcArticle(number: $number) { id name } }';
const NODE = 'query Node($id: ID!) { node(id: $id) { id name version } }';
const CREATE = 'mutation($input: EntityInput!) { createEntity(input: $input) { version } }';
const UPDATE =
  'mutation($id: ID!, $v: Int!, $name: String!) { updateEntity(id: $id, expectedVersion: $v, set: { name: { en: $name } }) { version } }';

describe('the answer cache', () => {
  it('answers a repeated read with no statement beyond the version check', async () => {
    const first = await post(a.url, ARTICLE, { number: 28 });
    expect(first.extensions?.cypher).toMatchObject({ statements: 1, answerCache: 'miss' });
    wire.reset();
    // The same operation written differently: the key is the normalised document.
    const again = await post(
      a.url,
      `query Article($number: Int!) {\n  crcArticle(number: $number) {\n    id\n    name # a comment\n  }\n}`,
      {
        number: 28,
      },
    );
    expect(again.extensions?.cypher).toMatchObject({ statements: 0, answerCache: 'hit' });
    expect(again.data).toEqual(first.data);
    expect(wire.runs()).toEqual([GRAPH_VERSION.read.text]);
    // Other variables are another answer.
    const other = await post(a.url, ARTICLE, { number: 12 });
    expect(other.extensions?.cypher).toMatchObject({ statements: 1, answerCache: 'miss' });
    expect(other.data).toEqual({ crcArticle: { id: 'crc:art:12', name: 'Respect for the views of the child' } });
  });

  it('gives a fresh answer after each write, on this instance and on another process', async () => {
    const editor = await test.bearer('editor');
    const id = test.id('source');
    // Both instances cache "no such entity" first.
    for (const url of [a.url, b.url]) expect((await post(url, NODE, { id })).data).toEqual({ node: null });
    expect((await post(a.url, NODE, { id })).extensions?.cypher?.answerCache).toBe('hit');

    await post(b.url, CREATE, { input: { id, kind: 'SOURCE', name: { en: 'Written on B' } } }, editor);
    const afterCreate = { node: { id, name: 'Written on B', version: 1 } };
    expect((await post(a.url, NODE, { id })).data).toEqual(afterCreate);
    expect((await post(b.url, NODE, { id })).data).toEqual(afterCreate);

    await post(a.url, UPDATE, { id, v: 1, name: 'Renamed on A' }, editor);
    const afterUpdate = { node: { id, name: 'Renamed on A', version: 2 } };
    expect((await post(b.url, NODE, { id })).data).toEqual(afterUpdate);
    expect((await post(a.url, NODE, { id })).data).toEqual(afterUpdate);

    // A write that goes around the service, straight through the driver, moves the version on too.
    await a.db.write('test-rename', 'MATCH (n:Entity {id: $id}) SET n.name_en = $name', { id, name: 'Renamed by the driver' });
    for (const url of [a.url, b.url])
      expect((await post(url, NODE, { id })).data).toMatchObject({ node: { name: 'Renamed by the driver' } });
  });

  it('is bypassed by callers with a token', async () => {
    const editor = await test.bearer('editor', `${test.prefix}-bypass`);
    await post(a.url, ARTICLE, { number: 3 });
    const asEditor = await post(a.url, ARTICLE, { number: 3 }, editor);
    expect(asEditor.extensions?.cypher?.statements).toBe(1);
    expect(asEditor.extensions?.cypher?.answerCache).toBeUndefined();
  });

  it('reports hits and misses in /metrics', async () => {
    const text = await (await fetch(`${a.url}/metrics`)).text();
    const value = (name: string) => Number(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1]);
    expect(value('crg_answer_cache_hits_total')).toBeGreaterThanOrEqual(2);
    expect(value('crg_answer_cache_misses_total')).toBeGreaterThanOrEqual(3);
    expect(value('crg_answer_cache_bytes')).toBeGreaterThan(0);
    expect(value('crg_answer_cache_bytes')).toBeLessThanOrEqual(8_000_000);
  });
});

describe('the answer cache, bounded and switched off', () => {
  it('keeps no answer larger than its bound', async () => {
    const small = await startService({ answerCacheBytes: 200 }, sharedNeo4j());
    try {
      const query = '{ crcArticle(number: 28) { id name implementedBy { basis } } }';
      await post(small.url, query);
      expect((await post(small.url, query)).extensions?.cypher).toMatchObject({ statements: 1, answerCache: 'miss' });
    } finally {
      await small.close();
    }
  });

  it('CRG_ANSWER_CACHE_BYTES=0: no version check, every request runs', async () => {
    const off = new BoltWire();
    const service = await startService({ answerCacheBytes: 0 }, sharedNeo4j(), { wireLog: off.log });
    try {
      await post(service.url, ARTICLE, { number: 28 });
      off.reset();
      const again = await post(service.url, ARTICLE, { number: 28 });
      expect(again.extensions?.cypher?.statements).toBe(1);
      expect(again.extensions?.cypher?.answerCache).toBeUndefined();
      expect(off.runs()).not.toContain(GRAPH_VERSION.read.text);
    } finally {
      await service.close();
    }
  });
});
