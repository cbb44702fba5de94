import type { TestProject } from 'vitest/node';
import { Database } from '../../src/db/database.js';
import { applySchema } from '../../src/db/schema.js';
import { loadDataset } from '../../src/data/load.js';
import { createLogger } from '../../src/logger.js';
import { loadConfig } from '../../src/config.js';
import { startTestNeo4j, type Neo4jAccess } from './neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jAccess;
  }
}

/** One real Neo4j for the integration run, with the schema applied and the dataset loaded. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const neo4j = await startTestNeo4j();
  const db = new Database({ ...neo4j, database: 'neo4j', queryTimeoutMs: 30_000, logger: createLogger({ logLevel: 'warn' }) });
  try {
    await applySchema(db);
    await loadDataset(db, loadConfig().dataDir, { force: true });
  } finally {
    await db.close();
  }
  console.log(`[global-setup] Neo4j at ${neo4j.uri} with the dataset loaded in ${Date.now() - started} ms`);
  project.provide('neo4j', { uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  return () => neo4j.dispose();
}
