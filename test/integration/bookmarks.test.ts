import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBookmark } from '../../src/server/bookmark.js';
import { curator } from '../support/curation.js';
import { sharedNeo4j } from '../support/shared-graph.js';
import { SERVICE_PROCESS_START_MS, spawnService, type SpawnedService } from '../support/service-process.js';
import { startService, type TestService } from '../support/service.js';
import { BoltWire } from '../support/wire.js';

/**
 * A client's write carried to another instance: instance A (a service process of its own) and
 * instance B (a service in this process, whose Bolt messages the test sees) over one Neo4j. The
 * write's response carries its bookmark; sent back to B, B's read waits for it (the bookmark is
 * in B's RUN message) and sees the write.
 */
const test = curator();
const wire = new BoltWire();
let a: SpawnedService;
let b: TestService;

beforeAll(async () => {
  [a, b] = await Promise.all([spawnService(sharedNeo4j()).then((s) => s.ready()), startService({}, sharedNeo4j(), { wireLog: wire.log })]);
  test.use(b.db);
}, SERVICE_PROCESS_START_MS + 60_000);
afterAll(async () => {
  await a?.stop();
  await test.cleanup();
  await b?.close();
});

async function post(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, { id?: string; version?: number } | null> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    extensions?: Record<string, unknown>;
  };
  return { status: response.status, bookmark: response.headers.get('crg-bookmark'), body };
}

const CREATE = 'mutation($input: EntityInput!) { createEntity(input: $input) { version } }';
const READ = 'query($id: ID!) { node(id: $id) { id version } }';

describe('bookmarks for clients', () => {
  it('carry a write made on one instance to a read on another', async () => {
    const editor = await test.bearer('editor');
    const id = test.id('source');
    const input = { id, kind: 'SOURCE', name: { en: 'A source written on instance A' } };
    const written = await post(a.url, CREATE, { input }, editor);
    expect(written.body.errors).toBeUndefined();
    expect(written.bookmark).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(written.body.extensions?.['bookmark']).toBe(written.bookmark);

    wire.reset();
    const read = await post(b.url, READ, { id }, { 'crg-bookmark': written.bookmark as string });
    expect(read.body).toEqual({ data: { node: { id, version: 1 } }, extensions: expect.anything() as unknown });
    // The read's transaction waited for the write: its RUN names the write's bookmark.
    const neo4jBookmarks = JSON.parse(Buffer.from(written.bookmark as string, 'base64url').toString()) as string[];
    const reads = wire.sent().filter((m) => m.startsWith('RUN ') && m.includes('"mode":"r"'));
    expect(reads.length).toBeGreaterThan(0);
    for (const bookmark of neo4jBookmarks) expect(reads.every((m) => m.includes(bookmark))).toBe(true);
    // A read that wrote nothing gives no bookmark.
    expect(read.bookmark).toBeNull();
  });

  it('chain: a write sent with a bookmark waits for it and returns a newer one', async () => {
    const editor = await test.bearer('editor', `${test.prefix}-chain`);
    const first = await post(a.url, CREATE, { input: { id: test.id('first'), kind: 'SOURCE', name: { en: 'First' } } }, editor);
    const second = await post(
      b.url,
      'mutation($id: ID!) { updateEntity(id: $id, expectedVersion: 1, set: { note: "second" }) { version } }',
      { id: test.id('first') },
      { ...editor, 'crg-bookmark': first.bookmark as string },
    );
    expect(second.body.errors).toBeUndefined();
    expect(second.bookmark).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(second.bookmark).not.toBe(first.bookmark);
    const read = await post(a.url, READ, { id: test.id('first') }, { 'crg-bookmark': second.bookmark as string });
    expect(read.body.data).toEqual({ node: { id: test.id('first'), version: 2 } });
  });

  it.each([
    ['not base64url', 'FB:kcwQ!!'],
    ['not JSON', Buffer.from('FB:kcwQ').toString('base64url')],
    ['an empty list', encodeBookmark([])],
    ['not strings', Buffer.from(JSON.stringify([1, 2])).toString('base64url')],
    ['too long', 'A'.repeat(5000)],
  ])('refuse a malformed bookmark (%s) with 400 BAD_USER_INPUT, on each instance', async (_case, header) => {
    for (const url of [a.url, b.url]) {
      const response = await post(url, READ, { id: 'crc:art:3' }, { 'crg-bookmark': header });
      expect(response.status).toBe(400);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'crg-bookmark' });
      expect(response.body.errors?.[0]?.message).toContain('not a bookmark this service sent');
    }
  });

  it('refuse a well-formed bookmark the database does not know as BAD_USER_INPUT, not a 500', async () => {
    const response = await post(b.url, READ, { id: 'crc:art:3' }, { 'crg-bookmark': encodeBookmark(['not-a-neo4j-bookmark']) });
    expect(response.status).toBeLessThan(500);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'crg-bookmark' });
  });
});
