import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { fetchJars } from './fetch-jars.js';
import { javaTools } from './java.js';
import { findMaven, type Maven } from './maven.js';
import { EMBEDDED_POM, LAUNCHER_SOURCE } from './paths.js';
import { run } from './run.js';

export interface Neo4jInstallation {
  /** Java classpath holding Neo4j's jars and the compiled launcher. */
  classpath: string;
  mainClass: string;
}

export type Log = (message: string) => void;

/** The folders of one install, and its INSTALLED marker, written last. */
export async function installationPaths(cacheDir: string): Promise<{ dir: string; lib: string; classes: string; done: string }> {
  const dir = join(cacheDir, `neo4j-${await installKey()}`);
  return { dir, lib: join(dir, 'lib'), classes: join(dir, 'classes'), done: join(dir, 'INSTALLED') };
}

/**
 * Makes sure Neo4j's jars are in the cache folder and the launcher is compiled, fetching them
 * through Maven the first time (123 MB of jars; about 150 MB to download into an empty ~/.m2,
 * with Maven's own plugins). The install is keyed by a hash of the pom and the launcher source,
 * so editing either rebuilds it, and a half-finished install is never used.
 * `maven` is the one the preflight found; without it, it is looked up here.
 */
export async function ensureNeo4jInstalled(cacheDir: string, log: Log, maven?: Maven): Promise<Neo4jInstallation> {
  const { dir, lib, classes, done } = await installationPaths(cacheDir);
  const installation = {
    classpath: [classes, join(lib, '*')].join(delimiter),
    mainClass: 'org.childrightsgraph.neo4j.EmbeddedNeo4j',
  };
  if (existsSync(done)) return installation;

  const found = maven ?? (await requireMaven(log));
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  log(`Fetching Neo4j Community through ${found.label} into ${lib} (first run only, about 150 MB to download)...`);
  await fetchJars(found, lib, log);
  log('Compiling the launcher...');
  await run(javaTools().javac, ['-d', classes, '-cp', join(lib, '*'), LAUNCHER_SOURCE]);
  await writeFile(done, new Date().toISOString());
  return installation;
}

async function requireMaven(log: Log): Promise<Maven> {
  const lookup = await findMaven(process.env, log);
  if ('maven' in lookup) return lookup.maven;
  throw new Error(
    `the Maven wrapper could not download Maven ${lookup.wrapperVersion} (${lookup.wrapperError}) and there is no mvn on PATH`,
  );
}

async function installKey(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(EMBEDDED_POM));
  hash.update(await readFile(LAUNCHER_SOURCE));
  return hash.digest('hex').slice(0, 12);
}
