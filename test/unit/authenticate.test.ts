import { describe, expect, it } from 'vitest';
import { roleNeeded } from '../../src/auth/authenticate.js';
import { hasRole, requireRole } from '../../src/auth/roles.js';
import { hashToken, looksLikeToken, generateToken } from '../../src/auth/tokens.js';

const limits = { tokens: 2000 };

describe('the role a request needs, found before validation', () => {
  it.each<[string, string | undefined, string | null]>([
    ['{ crcArticle(number: 1) { id } }', undefined, null],
    ['query { search(query: "mutation") { score } }', undefined, null],
    ['mutation { createEntity(input: {}) { version } }', undefined, 'editor'],
    ['mutation { createToken(name: "x", role: EDITOR) { token } }', undefined, 'admin'],
    ['mutation { link(input: {}) { id } createToken(name: "x", role: ADMIN) { token } }', undefined, 'admin'],
    ['mutation { somethingNew }', undefined, 'admin'],
    ['mutation { __typename }', undefined, null],
    ['mutation M { ...F } fragment F on Mutation { unlink(id: "x") { id } }', undefined, 'editor'],
    ['mutation { ... on Mutation { revokeToken(id: "x") { id } } }', undefined, 'admin'],
    ['query A { node(id: "x") { id } } mutation B { unlink(id: "x") { id } }', 'A', null],
    ['query A { node(id: "x") { id } } mutation B { unlink(id: "x") { id } }', 'B', 'editor'],
    ['mutation { createEntity(input: {', undefined, null],
  ])('%s (operation %s) needs %s', (query, operationName, role) => {
    expect(roleNeeded(query, operationName, limits)).toBe(role);
  });

  it('does not parse past the token limit', () => {
    expect(roleNeeded(`mutation { ${'unlink(id: "x") { id } '.repeat(500)} }`, undefined, { tokens: 100 })).toBeNull();
  });
});

describe('roles and tokens', () => {
  it('orders roles: an admin may do what an editor may', () => {
    const admin = { tokenId: '1', name: 'a', role: 'admin' as const };
    const editor = { tokenId: '2', name: 'e', role: 'editor' as const };
    expect(hasRole(admin, 'editor')).toBe(true);
    expect(hasRole(editor, 'admin')).toBe(false);
    expect(() => requireRole(null, 'editor')).toThrow(expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } }) as Error);
    expect(() => requireRole(editor, 'admin')).toThrow(
      expect.objectContaining({ extensions: { code: 'FORBIDDEN', needed: 'admin' } }) as Error,
    );
  });

  it('makes long random tokens and stores only their SHA-256', () => {
    const token = generateToken();
    expect(looksLikeToken(token)).toBe(true);
    expect(generateToken()).not.toBe(token);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token.slice(4, 20));
    expect(looksLikeToken('crg_short')).toBe(false);
  });
});
