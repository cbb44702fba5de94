import type { BaseLogger } from 'pino';
import type { Config } from './config.js';
import type { StatementStats } from './db/stats.js';
import type { GraphReader } from './graph/reader.js';

/** Built once per request. */
export interface Context {
  config: Config;
  reader: GraphReader;
  stats: StatementStats;
  logger: Pick<BaseLogger, 'debug' | 'info' | 'warn' | 'error'>;
  requestId: string;
}
