import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { curator } from '../support/curation.js';
import { startService, type TestService } from '../support/service.js';

/** Writes need a bearer token with the right role; reads stay public; tokens are stored as hashes. */
let service: TestService;
const test = curator();
let editor: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  service = await startService();
  test.use(service.db);
  editor = await test.bearer('editor');
  admin = await test.bearer('admin');
});
afterAll(async () => {
  await test.cleanup();
  await service.close();
});

const CreateSource = graphql(`
  mutation AuthCreateSource($input: EntityInput!) {
    createEntity(input: $input) {
      version
      entity {
        id
      }
    }
  }
`);
const CreateToken = graphql(`
  mutation AuthCreateToken($name: String!, $role: Role!) {
    createToken(name: $name, role: $role) {
      token
      info {
        id
        name
        role
        createdBy
      }
    }
  }
`);
const RevokeToken = graphql(`
  mutation AuthRevokeToken($id: ID!) {
    revokeToken(id: $id) {
      id
      revokedAt
      revokedBy
    }
  }
`);
const Tokens = graphql(`
  query AuthTokens {
    tokens {
      id
      name
      role
    }
  }
`);

const source = (name: string) => ({ id: test.id(name), kind: 'SOURCE' as const, name: { en: `Source ${name}` } });

describe('authentication', () => {
  it('answers a write without a token with 401 UNAUTHENTICATED, whatever its input', async () => {
    const valid = await service.query(CreateSource, { input: source('anonymous') });
    expect(valid.status).toBe(401);
    expect(valid.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    // Input that validation would reject (a variable of the wrong type, an unknown field): the
    // caller is still told only that they must authenticate.
    for (const body of [
      { query: 'mutation($i: EntityInput!) { createEntity(input: $i) { version } }', variables: { i: 42 } },
      { query: 'mutation { createEntity(input: {id: "x", kind: NOPE}) { nope } }' },
    ]) {
      const { status, json } = await service.post(JSON.stringify(body));
      expect(status).toBe(401);
      expect(json?.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
    expect((await service.query(Tokens)).body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('answers a malformed, unknown or revoked token with 401 UNAUTHENTICATED, for reads too', async () => {
    for (const authorization of ['Bearer nope', 'Basic dXNlcjpwYXNz', `Bearer crg_${'A'.repeat(43)}`]) {
      const { status, body } = await service.query(Tokens, undefined, { authorization });
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
  });

  it('answers a write with the wrong role with 403 FORBIDDEN, and an admin may do what an editor may', async () => {
    const byEditor = await service.query(CreateToken, { name: `${test.prefix}-x`, role: 'EDITOR' }, editor);
    expect(byEditor.status).toBe(403);
    expect(byEditor.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', needed: 'admin' });
    const tokens = await service.query(Tokens, undefined, editor);
    expect(tokens.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    const byAdmin = await service.query(CreateSource, { input: source('by-admin') }, admin);
    expect(byAdmin.body.errors).toBeUndefined();
    expect(byAdmin.body.data?.createEntity.entity.id).toBe(test.id('by-admin'));
  });

  it('keeps reads public, with or without a valid token', async () => {
    const Read = graphql(`
      query AuthRead {
        crcArticle(number: 3) {
          id
        }
      }
    `);
    expect((await service.query(Read)).body.data).toEqual({ crcArticle: { id: 'crc:art:3' } });
    expect((await service.query(Read, undefined, editor)).body.data).toEqual({ crcArticle: { id: 'crc:art:3' } });
  });
});

describe('token management', () => {
  it('creates a token once, lists it without its hash, and revokes it', async () => {
    const created = await service.query(CreateToken, { name: `${test.prefix}-carol`, role: 'EDITOR' }, admin);
    expect(created.body.errors).toBeUndefined();
    const { token, info } = created.body.data!.createToken;
    expect(token).toMatch(/^crg_[A-Za-z0-9_-]{43}$/);
    expect(info).toMatchObject({ name: `${test.prefix}-carol`, role: 'EDITOR', createdBy: `${test.prefix}-admin` });

    const carol = { authorization: `Bearer ${token}` };
    expect((await service.query(CreateSource, { input: source('by-carol') }, carol)).body.errors).toBeUndefined();

    const listed = await service.query(Tokens, undefined, admin);
    expect(listed.body.data?.tokens).toContainEqual({ id: info.id, name: `${test.prefix}-carol`, role: 'EDITOR' });
    const [stored] = await service.db.read('stored-token', 'MATCH (t:ApiToken {id: $id}) RETURN properties(t) AS t', { id: info.id });
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored?.['t']).toMatchObject({ hash: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown });

    const revoked = await service.query(RevokeToken, { id: info.id }, admin);
    expect(revoked.body.data?.revokeToken).toMatchObject({ id: info.id, revokedBy: `${test.prefix}-admin` });
    const after = await service.query(CreateSource, { input: source('after-revoke') }, carol);
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('answers bad token input with BAD_USER_INPUT or NOT_FOUND', async () => {
    const blank = await service.query(CreateToken, { name: '   ', role: 'EDITOR' }, admin);
    expect(blank.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'name' });
    const missing = await service.query(RevokeToken, { id: 'no-such-token' }, admin);
    expect(missing.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
