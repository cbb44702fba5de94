import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths.js';
import { run } from './run.js';

const EMBEDDED_DIR = join(PROJECT_ROOT, 'neo4j', 'embedded');
const POM = join(EMBEDDED_DIR, 'pom.xml');
const LAUNCHER = join(EMBEDDED_DIR, 'src/main/java/org/childrightsgraph/neo4j/EmbeddedNeo4j.java');

export interface Neo4jInstallation {
  /** Java classpath holding Neo4j's jars and the compiled launcher. */
  classpath: string;
  mainClass: string;
}

export type Log = (message: string) => void;

/**
 * Makes sure Neo4j's jars are in the cache folder and the launcher is compiled, fetching them
 * through Maven the first time (about 120 MB). The install is keyed by a hash of the pom and the
 * launcher source, so editing either rebuilds it, and a half-finished install is never used.
 */
export async function ensureNeo4jInstalled(cacheDir: string, log: Log): Promise<Neo4jInstallation> {
  const key = await installKey();
  const dir = join(cacheDir, `neo4j-${key}`);
  const lib = join(dir, 'lib');
  const classes = join(dir, 'classes');
  const done = join(dir, 'INSTALLED');
  const installation = {
    classpath: `${classes}:${lib}/*`,
    mainClass: 'org.childrightsgraph.neo4j.EmbeddedNeo4j',
  };
  if (existsSync(done)) return installation;

  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  log(`Fetching Neo4j Community through Maven into ${lib} (first run only, about 120 MB)...`);
  await run('mvn', ['-B', '-q', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${lib}`, '-DincludeScope=runtime']);
  const jars = (await readdir(lib)).filter((f) => f.endsWith('.jar'));
  log(`Fetched ${jars.length} jars; compiling the launcher...`);
  await run('javac', ['-d', classes, '-cp', `${lib}/*`, LAUNCHER]);
  await writeFile(done, new Date().toISOString());
  return installation;
}

async function installKey(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(POM));
  hash.update(await readFile(LAUNCHER));
  return hash.digest('hex').slice(0, 12);
}
