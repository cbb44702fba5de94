import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

/** Structured JSON logs on stdout (pino). Cypher and parameters are logged at debug level only. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'child-rights-graph' },
    redact: ['req.headers.authorization', 'password', '*.password'],
  });
}
