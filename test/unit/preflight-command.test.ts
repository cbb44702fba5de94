import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installationPaths } from '../../src/neo4j-local/install.js';
import { findOnPath } from '../../src/neo4j-local/java.js';
import { cleanEnv, fakeJdk, pathWithout, removeTempDirs, runEntryPoint, tempDir } from '../support/prerequisites.js';

/**
 * The preflight as a user meets it: the real command (`npm run preflight`, the first step of
 * `npm test`) and `npm start` itself, in child processes, on a PATH that lacks Java or Maven, with
 * fake `java` commands for Java versions this machine does not have. Nothing is downloaded: the
 * Maven wrapper is pointed at a closed port, and an empty cache stands for a fresh clone. Not in
 * the integration tier, because no Neo4j is started.
 */
const JDK =
  'Install a JDK: `sudo apt-get install openjdk-17-jdk-headless` (Debian/Ubuntu), `brew install --cask temurin@17` (macOS), `winget install EclipseAdoptium.Temurin.17.JDK` (Windows).';
const WITHOUT =
  'Or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to use a Neo4j you already run: then none is embedded and none of this is needed.';
const UNREACHABLE_MAVEN = 'http://127.0.0.1:1/maven2';
const WRAPPER_URL = `${UNREACHABLE_MAVEN}/org/apache/maven/apache-maven/3.9.16/apache-maven-3.9.16-bin.zip`;

let noJava: string;
let noMaven: string;
/** A fresh clone's environment: an empty cache, a Maven user home without the wrapper's Maven. */
const freshClone = async (extra: Record<string, string>) =>
  cleanEnv({ CRG_CACHE_DIR: await tempDir('cache'), MAVEN_USER_HOME: await tempDir('m2'), ...extra });

beforeAll(async () => {
  noJava = await pathWithout(['java', 'javac']);
  noMaven = await pathWithout(['mvn']);
});
afterAll(removeTempDirs);

describe('preflight', { timeout: 60_000 }, () => {
  it('npm start without Java: one line, before any JSON log, and exit code 1', async () => {
    const result = await runEntryPoint('src/main.ts', [], await freshClone({ PATH: noJava }));
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'child-rights-graph could not start: Java 17+ is missing: the embedded Neo4j needs Java 17 or newer, and there is no `java` on PATH. ' +
        `${JDK} ${WITHOUT}\n`,
    });
  });

  it('npm test without Java: the same line, for tests, even with NEO4J_URI set (the tests start their own Neo4j)', async () => {
    const env = await freshClone({ PATH: noJava, NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_PASSWORD: 'x' });
    const result = await runEntryPoint('src/cli/preflight.ts', ['--for-tests'], env);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'Java 17+ is missing: the embedded Neo4j needs Java 17 or newer, and there is no `java` on PATH. ' +
        `${JDK} The tests always start their own Neo4j, whatever NEO4J_URI says.\n`,
    });
  });

  it('refuses Java 11 and names it', async () => {
    const jdk = await fakeJdk('openjdk version "11.0.22" 2024-01-16\nOpenJDK Runtime Environment (build 11.0.22+7-post-Debian-1deb11u1)');
    const result = await runEntryPoint('src/cli/preflight.ts', [], await freshClone({ PATH: `${jdk}:${noJava}` }));
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `Java 11.0.22 (${jdk}/java, from PATH) is too old: the embedded Neo4j needs Java 17 or newer. ${JDK} Then put it first on PATH or set JAVA_HOME to it. ${WITHOUT}\n`,
    });
  });

  it('accepts Java 21 (from JAVA_HOME, which wins over PATH as with Maven)', async () => {
    const jdk = await fakeJdk('openjdk version "21.0.2" 2024-01-16\nOpenJDK Runtime Environment (build 21.0.2+13-58)');
    const env = await freshClone({ PATH: noJava, JAVA_HOME: dirname(jdk) });
    // The jars are cached already, so only Java is needed.
    const { done } = await installationPaths(env['CRG_CACHE_DIR']!);
    await mkdir(dirname(done), { recursive: true });
    await writeFile(done, 'test');
    const result = await runEntryPoint('src/cli/preflight.ts', [], env);
    expect(result).toEqual({
      code: 0,
      stdout: `preflight: Java 21.0.2 (${jdk}/java, from JAVA_HOME=${dirname(jdk)}); Neo4j's jars are in ${env['CRG_CACHE_DIR']}\n`,
      stderr: '',
    });
  });

  const fetcher = findOnPath('wget') ? 'wget' : findOnPath('curl') ? 'curl' : null;
  it.skipIf(!fetcher)('without Maven, when the wrapper cannot download it: one line, exit code 1', async () => {
    const env = await freshClone({ PATH: noMaven, MVNW_REPOURL: UNREACHABLE_MAVEN });
    const result = await runEntryPoint('src/cli/preflight.ts', [], env);
    expect(result).toEqual({
      code: 1,
      stdout: `preflight: Fetching Maven 3.9.16 for the Maven wrapper into ${env['MAVEN_USER_HOME']}/wrapper (about 9 MB, first run only)...\n`,
      stderr:
        `Cannot fetch Neo4j's jars (about 150 MB, first start only): the Maven wrapper could not download Maven 3.9.16 (${fetcher}: Failed to fetch ${WRAPPER_URL}) ` +
        'and there is no `mvn` on PATH. Check the connection to Maven Central (or set MVNW_REPOURL to a mirror of it), or install Maven: ' +
        '`sudo apt-get install maven` (Debian/Ubuntu), `brew install maven` (macOS), `winget install Apache.Maven` (Windows). ' +
        `${WITHOUT}\n`,
    });
  });

  it.skipIf(!fetcher)('npm start without Maven: the same line, still before any JSON log', async () => {
    const env = await freshClone({ PATH: noMaven, MVNW_REPOURL: UNREACHABLE_MAVEN });
    const result = await runEntryPoint('src/main.ts', [], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      `preflight: Fetching Maven 3.9.16 for the Maven wrapper into ${env['MAVEN_USER_HOME']}/wrapper (about 9 MB, first run only)...`,
      expect.stringMatching(
        /^child-rights-graph could not start: Cannot fetch Neo4j's jars \(about 150 MB, first start only\): the Maven wrapper could not download Maven 3\.9\.16 /,
      ),
      '',
    ]);
  });

  it.skipIf(!fetcher || !findOnPath('mvn'))('uses a mvn on PATH when the wrapper cannot download its Maven, and says so', async () => {
    const env = await freshClone({ MVNW_REPOURL: UNREACHABLE_MAVEN });
    const result = await runEntryPoint('src/cli/preflight.ts', [], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `preflight: The Maven wrapper could not download Maven 3.9.16 (${fetcher}: Failed to fetch ${WRAPPER_URL}): using ${findOnPath('mvn')} instead\n`,
    );
    expect(result.stdout).toMatch(/Neo4j's jars will be fetched through mvn on PATH \(Apache Maven [\d.]+\)\n$/);
  });

  it('with NEO4J_URI set, nothing embedded is checked, so no Java is needed', async () => {
    const env = await freshClone({ PATH: noJava, NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_PASSWORD: 'x' });
    const result = await runEntryPoint('src/cli/preflight.ts', [], env);
    expect(result).toEqual({
      code: 0,
      stdout: 'preflight: NEO4J_URI is set (bolt://127.0.0.1:7687): no embedded Neo4j, so neither Java nor Maven is needed\n',
      stderr: '',
    });
  });
});
