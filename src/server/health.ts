import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';

/**
 * `/health`: the process lives. `/ready`: Neo4j answers and the dataset is loaded; load balancers
 * and the tests wait on it. Neither touches GraphQL.
 */
export function registerHealthRoutes(app: FastifyInstance, db: Database): void {
  app.get('/health', (_request, reply) => reply.send({ status: 'ok' }));
  app.get('/ready', async (_request, reply) => {
    const state = await readiness(db);
    return reply.code(state.ready ? 200 : 503).send(state);
  });
}

async function readiness(db: Database): Promise<{ ready: boolean; neo4j: boolean; dataLoaded: boolean }> {
  try {
    const [row] = await db.read('ready', "OPTIONAL MATCH (m:DatasetMeta {id: 'dataset'}) RETURN m IS NOT NULL AS loaded");
    const dataLoaded = row?.['loaded'] === true;
    return { ready: dataLoaded, neo4j: true, dataLoaded };
  } catch {
    return { ready: false, neo4j: false, dataLoaded: false };
  }
}
