import { loadConfig } from '../config.js';
import { ensureNeo4jInstalled } from '../neo4j-local/install.js';
import { fail } from './database.js';

/** `npm run neo4j:fetch`: fetches the embedded Neo4j's jars into the cache now (otherwise the first start does). */
const { cacheDir } = loadConfig().localNeo4j;
await ensureNeo4jInstalled(cacheDir, (message) => console.log(message))
  .then((installation) => console.log(`Neo4j is ready in ${cacheDir} (classpath ${installation.classpath.split(':')[0]})`))
  .catch(fail);
