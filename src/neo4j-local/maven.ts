import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { findOnPath, type Env } from './java.js';
import { mavenFailure, mavenVersionLine } from './maven-output.js';
import { MAVEN_WRAPPER, MAVEN_WRAPPER_PROPERTIES } from './paths.js';
import { capture } from './run.js';

/** How to run Maven: the command and its leading arguments, and a name for the log. */
export interface Maven {
  command: string;
  args: string[];
  /** `the Maven wrapper (Maven 3.9.16)` or `mvn on PATH (Apache Maven 3.8.7)`. */
  label: string;
}

export type MavenLookup = { maven: Maven } | { wrapperError: string; wrapperVersion: string };

// The wrapper downloads about 9 MB once; a slow line gets minutes before the lookup gives up.
const WRAPPER_TIMEOUT_MS = 10 * 60_000;
const VERSION_TIMEOUT_MS = 60_000;

/**
 * Maven for fetching Neo4j's jars. The Maven Wrapper (`mvnw`, checked in) comes first: it needs
 * only Java, and downloads the pinned Maven from Maven Central the first time (this call does
 * that download, so a failure shows up here, before anything starts). Only when it cannot, a
 * `mvn` on PATH is used instead: a Maven installed with a mirror in its settings.xml still works
 * where Maven Central itself is out of reach.
 */
export async function findMaven(env: Env, log: (message: string) => void): Promise<MavenLookup> {
  const wrapperVersion = wrapperMavenVersion();
  if (!wrapperMavenDownloaded(wrapperVersion, env)) {
    log(`Fetching Maven ${wrapperVersion} for the Maven wrapper into ${mavenUserHome(env)}/wrapper (about 9 MB, first run only)...`);
  }
  const wrapper = wrapperCommand();
  const tried = await capture(wrapper.command, [...wrapper.args, '-B', '-v'], { env, timeout: WRAPPER_TIMEOUT_MS });
  if (tried.code === 0) return { maven: { ...wrapper, label: `the Maven wrapper (Maven ${wrapperVersion})` } };

  const wrapperError = mavenFailure(tried.output.split('\n'));
  const mvn = findOnPath(process.platform === 'win32' ? 'mvn.cmd' : 'mvn', env);
  if (mvn) {
    const installed = await capture(mvn, ['-B', '-v'], { env, timeout: VERSION_TIMEOUT_MS });
    if (installed.code === 0) {
      log(`The Maven wrapper could not download Maven ${wrapperVersion} (${wrapperError}): using ${mvn} instead`);
      return { maven: { command: mvn, args: [], label: `mvn on PATH (${mavenVersionLine(installed.output)})` } };
    }
  }
  return { wrapperError, wrapperVersion };
}

function wrapperCommand(): Pick<Maven, 'command' | 'args'> {
  // Through the shell rather than by its executable bit, which a zip download or a Windows
  // checkout may have lost.
  if (process.platform === 'win32') return { command: 'cmd.exe', args: ['/d', '/c', MAVEN_WRAPPER] };
  return { command: 'sh', args: [MAVEN_WRAPPER] };
}

/** The Maven version pinned in `.mvn/wrapper/maven-wrapper.properties` (its distributionUrl). */
export function wrapperMavenVersion(): string {
  const properties = readFileSync(MAVEN_WRAPPER_PROPERTIES, 'utf8');
  return /apache-maven-([^/\s]+)-bin\.zip/.exec(properties)?.[1] ?? 'unknown';
}

function mavenUserHome(env: Env): string {
  return env['MAVEN_USER_HOME'] ?? join(env['HOME'] ?? homedir(), '.m2');
}

/**
 * Whether the wrapper has unpacked this Maven version already (in
 * `<MAVEN_USER_HOME>/wrapper/dists/apache-maven-<version>/<hash of its URL>/`). Only decides
 * whether to announce the download; the wrapper itself decides whether to download.
 */
function wrapperMavenDownloaded(version: string, env: Env): boolean {
  const dists = join(mavenUserHome(env), 'wrapper', 'dists', `apache-maven-${version}`);
  if (!existsSync(dists)) return false;
  return readdirSync(dists).some((hash) => existsSync(join(dists, hash, 'bin', 'mvn')));
}
