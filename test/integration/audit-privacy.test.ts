import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curator } from '../support/curation.js';
import { startService, type TestService } from '../support/service.js';

/**
 * The audit trail is public but does not name people: anonymous readers see what changed, when
 * and by which role; editors and admins also see who. No token secret is ever shown again.
 */
const test = curator();
let service: TestService;
let editor: Record<string, string>;
let admin: Record<string, string>;
const secrets: string[] = [];

const tokenOf = (headers: Record<string, string>) => (headers['authorization'] ?? '').replace(/^Bearer /, '');

beforeAll(async () => {
  service = await startService();
  test.use(service.db);
  editor = await test.bearer('editor');
  admin = await test.bearer('admin');
  secrets.push(tokenOf(editor), tokenOf(admin));
});
afterAll(async () => {
  await test.cleanup();
  await service.close();
});

const HISTORY = `query ($id: ID!) { history(id: $id) { id at actor role operation subject version before after changedFields reason } }`;
const send = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
  const answer = await service.post(JSON.stringify({ query, variables }), 'application/json', headers);
  expect(answer.status).toBe(200);
  expect(answer.json?.errors).toBeUndefined();
  return answer;
};

describe('the audit trail', () => {
  const id = test.id('audited');

  beforeAll(async () => {
    await send(
      'mutation ($input: EntityInput!) { createEntity(input: $input, reason: "first") { version } }',
      { input: { id, kind: 'SOURCE', name: { en: 'Audited source' } } },
      editor,
    );
    await send(
      'mutation ($id: ID!) { updateEntity(id: $id, expectedVersion: 1, set: { note: "checked" }, reason: "second") { version } }',
      { id },
      admin,
    );
  });

  it('shows anonymous readers what changed, when and the role, but not who', async () => {
    const { json } = await send(HISTORY, { id });
    const entries = (json?.data as { history: Array<Record<string, unknown>> }).history;
    expect(entries.map((e) => [e['operation'], e['role'], e['actor']])).toEqual([
      ['UPDATE_ENTITY', 'ADMIN', null],
      ['CREATE_ENTITY', 'EDITOR', null],
    ]);
    expect(entries[0]).toMatchObject({ subject: id, version: 2, changedFields: ['note'], reason: 'second' });
    expect(entries[0]?.['at']).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(JSON.parse(String(entries[0]?.['after']))).toMatchObject({ note: 'checked' });
    // Not hidden elsewhere in the answer either.
    expect(JSON.stringify(json)).not.toContain(test.prefix + '-');
  });

  it.each([
    ['an editor', () => editor],
    ['an admin', () => admin],
  ])('names who made each change to %s', async (_who, headers) => {
    const { json } = await send(HISTORY, { id }, headers());
    const entries = (json?.data as { history: Array<Record<string, unknown>> }).history;
    expect(entries.map((e) => e['actor'])).toEqual([`${test.prefix}-admin`, `${test.prefix}-editor`]);
  });
});

describe('token secrets', () => {
  it('are shown once, when created, and never again: not in answers, errors, metrics or the graph', async () => {
    const created = await send(
      `mutation { createToken(name: "${test.prefix}-made", role: EDITOR) { token info { id name createdBy } } }`,
      {},
      admin,
    );
    const made = (created.json?.data as { createToken: { token: string } }).createToken.token;
    expect(made).toMatch(/^crg_/);
    secrets.push(made);
    const used = { authorization: `Bearer ${made}` };
    await send(
      'mutation ($input: EntityInput!) { createEntity(input: $input) { version audit { actor } } }',
      { input: { id: test.id('by-made'), kind: 'SOURCE', name: { en: 'By made' } } },
      used,
    );

    const seen: string[] = [];
    seen.push((await send('{ tokens { id name role createdBy createdAt revokedBy revokedAt } }', {}, admin)).text);
    seen.push((await send(HISTORY, { id: test.id('by-made') }, admin)).text);
    seen.push((await send(HISTORY, { id: test.id('by-made') })).text);
    // A revoked token, used again: the refusal does not echo it.
    const tokenId = (JSON.parse(seen[0] ?? '{}') as { data: { tokens: Array<{ id: string; name: string }> } }).data.tokens.find(
      (t) => t.name === `${test.prefix}-made`,
    )?.id;
    await send(`mutation { revokeToken(id: "${tokenId}") { id } }`, {}, admin);
    const refused = await service.post(JSON.stringify({ query: '{ __typename }' }), 'application/json', used);
    expect(refused.status).toBe(401);
    seen.push(refused.text, [...refused.headers].join('\n'));
    seen.push(await (await fetch(`${service.url}/metrics`)).text());
    // Every property of every node and relationship in the graph (what a backup holds).
    const rows = await service.db.read(
      'test-everything',
      'MATCH (n) RETURN properties(n) AS p UNION ALL MATCH ()-[r]->() RETURN properties(r) AS p',
      {},
    );
    seen.push(JSON.stringify(rows));

    for (const secret of secrets) {
      for (const text of seen) expect(text.includes(secret)).toBe(false);
    }
    // The graph does hold the tokens, as hashes: the check above looked at real data.
    expect(seen.at(-1)).toContain(`${test.prefix}-made`);
  });
});
