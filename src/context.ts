import type { BaseLogger } from 'pino';
import type { Principal } from './auth/roles.js';
import type { TokenStore } from './auth/tokens.js';
import type { Curation } from './curation/curation.js';
import type { Config } from './config.js';
import type { StatementStats } from './db/stats.js';
import type { Reader } from './read/reader.js';

/** Built once per request. */
export interface Context {
  config: Config;
  reader: Reader;
  stats: StatementStats;
  logger: Pick<BaseLogger, 'debug' | 'info' | 'warn' | 'error'>;
  requestId: string;
  /** The holder of the request's bearer token; null for an anonymous caller. */
  principal: Principal | null;
  /** Whom the request counts against in the per-client budgets (src/server/client-limits.ts). */
  client: string;
  curation: Curation;
  tokens: TokenStore;
}
