import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { loadQueries, requireQueries } from '../db/cypher.js';
import { CYPHER_DIR } from '../paths.js';
import type { Database } from '../db/database.js';
import type { StatementStats } from '../db/stats.js';
import { badUserInput } from '../errors.js';
import { isRole, type Principal, type Role } from './roles.js';

/** A token as listed to admins: never the token, never its hash. */
export interface TokenInfo {
  id: string;
  name: string;
  role: Role;
  createdBy: string | null;
  createdAt: string;
  revokedBy?: string | null;
  revokedAt?: string | null;
}

const PREFIX = 'crg_';
/** 32 random bytes, base64url: 256 bits, so a plain SHA-256 of the token is a safe thing to store. */
const TOKEN_PATTERN = /^crg_[A-Za-z0-9_-]{43}$/;

export function generateToken(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

const MAX_NAME_LENGTH = 200;

/** Who will hold a new token, as given to `createToken(name:)`: trimmed, 1 to 200 characters. */
export function checkHolderName(name: string): string {
  const holder = name.trim();
  if (!holder || holder.length > MAX_NAME_LENGTH) {
    throw badUserInput(`name must be 1 to ${MAX_NAME_LENGTH} characters`, {
      argument: 'name',
      allowed: `1..${MAX_NAME_LENGTH} characters`,
    });
  }
  return holder;
}

export function looksLikeToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/**
 * Tokens are random and long, so a fast hash is enough (no salt or slow KDF needed: there is no
 * dictionary to guess from); the database holds only hashes, and a backup leaks no usable token.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** API tokens in the graph (`:ApiToken` nodes). Used by the service and by `npm run token:create`. */
export class TokenStore {
  private readonly queries = requireQueries(loadQueries(join(CYPHER_DIR, 'auth')), ['token-create', 'token-find', 'token-revoke'] as const);

  constructor(private readonly db: Database) {}

  /** Creates a token and returns it: the only time the token itself is ever seen. */
  async create(name: string, role: Role, createdBy: string | null, stats?: StatementStats): Promise<{ token: string; info: TokenInfo }> {
    const token = generateToken();
    const params = { id: randomUUID(), name, role, hash: hashToken(token), createdBy };
    const [row] = await this.db.write('token-create', this.queries['token-create'].text, params, stats);
    return { token, info: row?.['token'] as unknown as TokenInfo };
  }

  /** The holder of a token, or null when it is unknown or revoked. */
  async find(token: string): Promise<Principal | null> {
    if (!looksLikeToken(token)) return null;
    const [row] = await this.db.read('token-find', this.queries['token-find'].text, { hash: hashToken(token) });
    if (!row || typeof row['id'] !== 'string' || typeof row['name'] !== 'string' || !isRole(row['role'])) return null;
    return { tokenId: row['id'], name: row['name'], role: row['role'] };
  }

  async revoke(id: string, revokedBy: string, stats?: StatementStats): Promise<TokenInfo | null> {
    const [row] = await this.db.write('token-revoke', this.queries['token-revoke'].text, { id, revokedBy }, stats);
    return (row?.['token'] as unknown as TokenInfo | undefined) ?? null;
  }
}
