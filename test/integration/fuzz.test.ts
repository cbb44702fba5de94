import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/errors.js';
import { curator } from '../support/curation.js';
import { expectNoLeak } from '../support/leaks.js';
import { checkProperty, propertyRuns } from '../support/property-runs.js';
import { startService, type TestService } from '../support/service.js';

/**
 * Generated garbage, as bodies, documents and variables, with and without a token: the service
 * answers each with a client error or data, never a 5xx, never INTERNAL_SERVER_ERROR, never a
 * stack trace or other internals in what it says about errors, and is healthy afterwards. Each
 * property runs with the recorded seed and a fresh one (test/support/property-runs.ts).
 */
let service: TestService;
const test = curator();
let editor: Record<string, string>;
let sent = 0;

beforeAll(async () => {
  service = await startService();
  test.use(service.db);
  editor = await test.bearer('editor', `${test.prefix}-fuzzer`);
});
afterAll(async () => {
  console.log(`[fuzz] ${sent} generated requests`);
  await test.cleanup();
  await service.close();
});

/** Valid documents of the schema, to mutate and to send with generated variables. */
const DOCUMENTS = [
  'query($id: ID!) { node(id: $id) { id name links { id to { id } } } }',
  'query($q: String!, $first: Int, $kinds: [EntityKind!]) { search(query: $q, first: $first, kinds: $kinds) { score entity { id } } }',
  'query($n: Int!, $asOf: Date) { crcArticle(number: $n, asOf: $asOf) { id implementedBy { by { id } sources { id } } } }',
  'query($id: ID!, $first: Int, $offset: Int) { history(id: $id, first: $first, offset: $offset) { id before after } }',
  'mutation($input: EntityInput!) { createEntity(input: $input) { version entity { id } } }',
  'mutation($id: ID!, $v: Int!, $set: EntityPatch!) { updateEntity(id: $id, expectedVersion: $v, set: $set) { version } }',
  'mutation($id: ID!, $v: Int!, $d: Date!) { retireEntity(id: $id, expectedVersion: $v, validTo: $d) { version } }',
  'mutation($input: LinkInput!) { link(input: $input) { id } }',
  'mutation($id: ID!) { unlink(id: $id) { id } }',
  'mutation($input: ImportInput!) { importGraph(input: $input) { batch } }',
  'mutation($name: String!, $role: Role!) { createToken(name: $name, role: $role) { token } }',
];

const key = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('id', 'kind', 'name', 'en', 'sources', 'partOf', 'type', 'from', 'to', 'basis', 'entities', 'links', 'adopted', 'note'),
);

/** Values that look almost right: the shapes the schema expects, with wrong or hostile contents. */
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.string(),
    fc.constantFrom(
      'crc:art:1',
      'src:seed-paper',
      'kz:law:education',
      'LAW',
      'SOURCE',
      'IMPLEMENTS',
      'EDITORIAL',
      '2024-02-30',
      '2024-01-01',
      '',
    ),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
  ),
  node: fc.oneof({ maxDepth: 3 }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 5 })),
})).node;

/** A valid document, damaged: characters cut, inserted or repeated. */
const damaged = fc
  .tuple(fc.constantFrom(...DOCUMENTS), fc.nat(), fc.nat(), fc.string({ maxLength: 6 }), fc.nat({ max: 3 }))
  .map(([doc, a, b, insert, how]) => {
    const [i, j] = [a % doc.length, b % doc.length].sort((x, y) => x - y) as [number, number];
    if (how === 0) return doc.slice(0, i) + doc.slice(j);
    if (how === 1) return doc.slice(0, i) + insert + doc.slice(i);
    if (how === 2) return doc.slice(0, j) + doc.slice(i, j).repeat(20) + doc.slice(j);
    return doc.slice(0, i);
  });

const body = fc.oneof(
  fc.string(),
  fc.json(),
  fc.record({ query: fc.oneof(damaged, fc.string()), variables: fc.option(value) }).map((b) => JSON.stringify(b)),
  fc
    .record({ query: fc.constantFrom(...DOCUMENTS), variables: value, operationName: fc.option(fc.string()) })
    .map((b) => JSON.stringify(b)),
  fc.array(fc.record({ query: fc.constantFrom(...DOCUMENTS) }), { maxLength: 3 }).map((b) => JSON.stringify(b)),
);

const PUBLIC_CODES = new Set<string>([...Object.values(ErrorCode), 'FST_ERR_CTP_INVALID_MEDIA_TYPE', 'FST_ERR_CTP_EMPTY_JSON_BODY']);

async function send(text: string, contentType: string, headers: Record<string, string>): Promise<void> {
  sent += 1;
  const { status, headers: answerHeaders, text: answer, json } = await service.post(text, contentType, headers);
  expect(status, answer.slice(0, 300)).toBeLessThan(500);
  expectNoLeak({ headers: answerHeaders, text: answer });
  for (const error of json?.errors ?? []) {
    const code = error.extensions?.['code'];
    expect(code, answer.slice(0, 300)).not.toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(PUBLIC_CODES.has(String(code)), answer.slice(0, 300)).toBe(true);
  }
}

describe('fuzzing the GraphQL endpoint', () => {
  it.each(propertyRuns())('answers generated bodies with client errors or data, anonymously and with a token ($name)', async (run) => {
    await checkProperty(
      fc.asyncProperty(
        body,
        fc.constantFrom('application/json', 'application/graphql', 'text/plain', 'application/json; charset=utf-8'),
        fc.boolean(),
        async (text, contentType, withToken) => send(text, contentType, withToken ? editor : {}),
      ),
      run,
    );
  });

  it.each(propertyRuns())('answers every document of the schema with generated variables, as an editor ($name)', async (run) => {
    await checkProperty(
      fc.asyncProperty(fc.constantFrom(...DOCUMENTS), value, async (query, variables) =>
        send(JSON.stringify({ query, variables }), 'application/json', editor),
      ),
      run,
      // A node that exists, with links: its answer carries Cypher in the debug report, which the
      // leak check once took for a leak (the recorded seed reaches it only at its 158th case).
      { examples: [[DOCUMENTS[0]!, { id: 'crc:art:1' }]] },
    );
  });

  it('is healthy and ready afterwards, and answers a normal query', async () => {
    expect((await fetch(`${service.url}/health`)).status).toBe(200);
    expect((await fetch(`${service.url}/ready`)).status).toBe(200);
    const { json } = await service.post(JSON.stringify({ query: '{ crcArticle(number: 19) { id } }' }));
    expect(json?.data).toEqual({ crcArticle: { id: 'crc:art:19' } });
  });
});
