import { delimiter } from 'node:path';
import { loadConfig } from '../config.js';
import { ensureNeo4jInstalled } from '../neo4j-local/install.js';
import { assertPrerequisites } from '../neo4j-local/preflight.js';
import { fail } from './database.js';

/** `npm run neo4j:fetch`: fetches the embedded Neo4j's jars into the cache now (otherwise the first start does). */
const { cacheDir } = loadConfig().localNeo4j;
const log = (message: string) => console.log(message);
await assertPrerequisites({ cacheDir, audience: 'service', log })
  .then((maven) => ensureNeo4jInstalled(cacheDir, log, maven))
  .then((installation) => console.log(`Neo4j is ready in ${cacheDir} (classpath ${installation.classpath.split(delimiter)[0]})`))
  .catch(fail);
