import { existsSync } from 'node:fs';
import { installationPaths, type Log } from './install.js';
import { javaTools, MIN_JAVA_MAJOR, parseJavaVersion, type Env, type JavaVersion } from './java.js';
import { findMaven, type Maven } from './maven.js';
import * as lines from './prerequisite-lines.js';
import { capture } from './run.js';

export interface Preflight {
  /** One line per missing prerequisite, for the user; empty when everything is there. */
  problems: string[];
  /** The Java that will run Neo4j, when one was found. */
  java?: { command: string; origin: string; version: JavaVersion };
  /** The Maven that will fetch the jars; undefined when they are installed already (or none works). */
  maven?: Maven;
  /** Whether the jars and the launcher are in the cache already (then neither Maven nor javac is needed). */
  installed: boolean;
}

export interface PreflightOptions {
  cacheDir: string;
  audience: lines.Audience;
  env?: Env;
  log?: Log;
}

const JAVA_VERSION_TIMEOUT_MS = 30_000;

/**
 * What the embedded Neo4j needs, checked before anything starts: a Java 17 or newer (JAVA_HOME's,
 * else PATH's, as Maven picks it) and, until the jars are in the cache, javac and a Maven that can
 * fetch them. Never throws for a missing piece: each one is a line in `problems`.
 */
export async function checkPrerequisites(options: PreflightOptions): Promise<Preflight> {
  const env = options.env ?? process.env;
  const { audience } = options;
  const tools = javaTools(env);
  const installed = existsSync((await installationPaths(options.cacheDir)).done);
  if (!tools.javaPath) return { problems: [lines.javaMissing(tools.origin, audience)], installed };

  const said = await capture(tools.javaPath, ['-version'], { env, timeout: JAVA_VERSION_TIMEOUT_MS });
  const version = said.code === 0 ? parseJavaVersion(said.output) : null;
  if (!version) return { problems: [lines.javaVersionUnknown(tools.javaPath, said.output, audience)], installed };
  const java = { command: tools.javaPath, origin: tools.origin, version };
  if (version.major < MIN_JAVA_MAJOR) {
    return { problems: [lines.javaTooOld(version.version, tools.javaPath, tools.origin, audience)], java, installed };
  }
  if (installed) return { problems: [], java, installed };

  const problems: string[] = [];
  if (!tools.javacPath) problems.push(lines.javacMissing(tools.javaPath, tools.origin, audience));
  const lookup = await findMaven(env, options.log ?? (() => undefined));
  if ('maven' in lookup) return { problems, java, maven: lookup.maven, installed };
  problems.push(lines.fetchImpossible(lookup.wrapperVersion, lookup.wrapperError, audience));
  return { problems, java, installed };
}

/** A start that cannot happen: its message is the lines of the missing prerequisites. */
export class PrerequisitesMissing extends Error {
  override readonly name = 'PrerequisitesMissing';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** `checkPrerequisites`, throwing PrerequisitesMissing when something is missing; else the Maven to fetch with. */
export async function assertPrerequisites(options: PreflightOptions): Promise<Maven | undefined> {
  const preflight = await checkPrerequisites(options);
  if (preflight.problems.length > 0) throw new PrerequisitesMissing(preflight.problems);
  return preflight.maven;
}
