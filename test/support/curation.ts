import { randomBytes } from 'node:crypto';
import { TokenStore } from '../../src/auth/tokens.js';
import type { Role } from '../../src/auth/roles.js';
import type { Database } from '../../src/db/database.js';
import { declareSharedGraphUse } from './shared-graph.js';

/**
 * Curation tests on the shared Neo4j write only under their own id prefix and token names, and
 * remove all of it afterwards, so the dataset other test files read stays as loaded.
 */
export interface Curator {
  /** Unique per test file: `test-<random>`. Ids are `<prefix>:<name>`. */
  prefix: string;
  id(name: string): string;
  /** A bearer header for a new token with this role (named `<prefix>-<role>`). */
  bearer(role: Role, name?: string): Promise<Record<string, string>>;
  /** Removes every entity, link, audit entry and token this file wrote (ids with the prefix, or written by its tokens). */
  cleanup(): Promise<void>;
  /** The database the tokens go to and the cleanup runs on (set in beforeAll). */
  use(db: Database): void;
}

/**
 * Made at module level, so test tables can use its ids; `use(db)` once the service runs. A file
 * with a curator writes, so it never runs beside a file that reads the whole shared graph.
 */
export function curator(): Curator {
  declareSharedGraphUse('writes');
  const prefix = `test-${randomBytes(4).toString('hex')}`;
  let database: Database | undefined;
  const db = () => {
    if (!database) throw new Error('call curator.use(db) in beforeAll first');
    return database;
  };
  return {
    prefix,
    id: (name) => `${prefix}:${name}`,
    use: (value) => {
      database = value;
    },
    bearer: async (role, name = `${prefix}-${role}`) => {
      const { token } = await new TokenStore(db()).create(name, role, null);
      return { authorization: `Bearer ${token}` };
    },
    cleanup: async () => {
      if (!database) return;
      await database.write(
        'test-cleanup',
        `CALL () {
           MATCH (a:AuditEntry {operation: 'CREATE_ENTITY'}) WHERE a.actor STARTS WITH $prefix
           MATCH (n:Entity {id: a.subject}) DETACH DELETE n
         }
         CALL () {
           MATCH (a:AuditEntry {operation: 'LINK'}) WHERE a.actor STARTS WITH $prefix
           MATCH ()-[r {id: a.subject}]->() DELETE r
         }
         CALL () { MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n }
         CALL () { MATCH ()-[r]->() WHERE r.id STARTS WITH $prefix OR r.id CONTAINS ('|' + $prefix) DELETE r }
         CALL () { MATCH (a:AuditEntry) WHERE a.actor STARTS WITH $prefix OR a.subject STARTS WITH $prefix DELETE a }
         CALL () { MATCH (m:CurationRemoval) WHERE m.id STARTS WITH $prefix OR m.id CONTAINS ('|' + $prefix) DELETE m }
         CALL () { MATCH (t:ApiToken) WHERE t.name STARTS WITH $prefix DELETE t }`,
        { prefix },
      );
    },
  };
}
