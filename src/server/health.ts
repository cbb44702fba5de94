import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import { retryAfterHeaders, ErrorCode } from '../errors.js';

/**
 * How long `/ready` waits for Neo4j: a load balancer's probe gets its answer within 2 s, even
 * from a Neo4j that does not answer at all (that is then "not ready").
 */
export const READY_PROBE_MS = 1_500;

interface Readiness {
  ready: boolean;
  neo4j: boolean;
  dataLoaded: boolean;
  /** The circuit breaker in front of Neo4j: `open` while it is known not to answer. */
  breaker: 'closed' | 'open';
}

/**
 * `/health`: the process lives. `/ready`: Neo4j answers and the dataset is loaded; load balancers
 * and the tests wait on it. Neither touches GraphQL.
 */
export function registerHealthRoutes(app: FastifyInstance, db: Database): void {
  app.get('/health', (_request, reply) => reply.send({ status: 'ok' }));
  app.get('/ready', async (_request, reply) => {
    const state = await readiness(db);
    if (!state.neo4j) void reply.headers(retryAfterHeaders(ErrorCode.SERVICE_UNAVAILABLE));
    return reply.code(state.ready ? 200 : 503).send(state);
  });
}

async function readiness(db: Database): Promise<Readiness> {
  try {
    const [row] = await db.readWithin(
      READY_PROBE_MS,
      'ready',
      "OPTIONAL MATCH (m:DatasetMeta {id: 'dataset'}) RETURN m IS NOT NULL AS loaded",
    );
    const dataLoaded = row?.['loaded'] === true;
    return { ready: dataLoaded, neo4j: true, dataLoaded, breaker: db.guard.breaker.state };
  } catch {
    return { ready: false, neo4j: false, dataLoaded: false, breaker: db.guard.breaker.state };
  }
}
