import { loadConfig } from '../config.js';
import { checkPrerequisites } from '../neo4j-local/preflight.js';
import { fail } from './database.js';

/**
 * `npm run preflight`, and the first step of `npm test` (with --for-tests): checks what the
 * embedded Neo4j needs (Java 17+, and until the jars are cached, javac and a Maven that can
 * fetch them). Prints one line per missing piece and exits 1, or one line saying what will be used.
 * `npm start` and the tools run the same check themselves (src/db/connect.ts).
 */
const forTests = process.argv.includes('--for-tests');
const config = (() => {
  try {
    // The tests start their own Neo4j whatever NEO4J_URI says, so for them it is not read.
    return loadConfig(forTests ? { neo4jUri: null } : {}, process.env);
  } catch (error) {
    return fail(error);
  }
})();

if (config.neo4jUri) {
  console.log(`preflight: NEO4J_URI is set (${config.neo4jUri}): no embedded Neo4j, so neither Java nor Maven is needed`);
} else {
  const preflight = await checkPrerequisites({
    cacheDir: config.localNeo4j.cacheDir,
    audience: forTests ? 'tests' : 'service',
    log: (message) => console.log(`preflight: ${message}`),
  });
  if (preflight.problems.length > 0) {
    for (const problem of preflight.problems) console.error(problem);
    process.exit(1);
  }
  const java = preflight.java
    ? `Java ${preflight.java.version.version} (${preflight.java.command}, from ${preflight.java.origin})`
    : 'Java';
  const jars = preflight.installed
    ? `Neo4j's jars are in ${config.localNeo4j.cacheDir}`
    : `Neo4j's jars will be fetched through ${preflight.maven?.label}`;
  console.log(`preflight: ${java}; ${jars}`);
}
