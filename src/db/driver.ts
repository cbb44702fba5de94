import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { Breaker } from './breaker.js';

/** The driver's own bounds: how long to connect and to wait for a pooled connection. */
const CONNECTION_TIMEOUT_MS = 3_000;
const ACQUISITION_TIMEOUT_MS = 5_000;

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
  app: string;
  maxPoolSize: number;
  deadlines: { readMs: number; writeMs: number };
  logger: Logger;
  breaker: Breaker;
  wireLog?: (line: string) => void;
}

/**
 * The one neo4j-driver Driver of a Database. Connecting and acquiring a connection fail fast
 * (never later than a read's deadline), so a Neo4j that is away answers SERVICE_UNAVAILABLE in
 * seconds, and the pool reconnects by itself once it is back. While the breaker is open, the
 * driver's warnings (one per failed connection of the probe) go to the debug level: the
 * breaker has said it once.
 */
export function createDriver(options: DriverOptions): Driver {
  const connectionTimeout = Math.min(CONNECTION_TIMEOUT_MS, options.deadlines.readMs);
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    userAgent: `${options.app}/0.1`,
    maxConnectionPoolSize: options.maxPoolSize,
    connectionTimeout,
    connectionAcquisitionTimeout: Math.max(connectionTimeout, Math.min(ACQUISITION_TIMEOUT_MS, options.deadlines.readMs)),
    maxTransactionRetryTime: 2_000,
    logging: {
      level: options.wireLog ? 'debug' : 'warn',
      logger: (level, message) => {
        if ((level === 'warn' || level === 'error') && options.breaker.state === 'closed') options.logger[level](message);
        else if (level === 'warn' || level === 'error') options.logger.debug(message);
        else options.wireLog?.(message);
      },
    },
  });
}
