import { MIN_JAVA_MAJOR } from './java.js';

/**
 * The one line a user reads for each missing prerequisite of the embedded Neo4j: what is missing
 * and why, how to install it on Debian/Ubuntu, macOS and Windows, and how to do without it. Pure
 * text, so the tests pin the exact wording.
 */

/** Who asks: `npm start` and the tools can use another Neo4j instead; `npm test` always starts its own. */
export type Audience = 'service' | 'tests';

const INSTALL_JDK =
  'Install a JDK: `sudo apt-get install openjdk-17-jdk-headless` (Debian/Ubuntu), `brew install --cask temurin@17` (macOS), ' +
  '`winget install EclipseAdoptium.Temurin.17.JDK` (Windows).';

const INSTALL_MAVEN =
  'install Maven: `sudo apt-get install maven` (Debian/Ubuntu), `brew install maven` (macOS), `winget install Apache.Maven` (Windows).';

const WITHOUT_EMBEDDED: Record<Audience, string> = {
  service:
    'Or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to use a Neo4j you already run: then none is embedded and none of this is needed.',
  tests: 'The tests always start their own Neo4j, whatever NEO4J_URI says.',
};

const needed = `the embedded Neo4j needs Java ${MIN_JAVA_MAJOR} or newer`;

export function javaMissing(origin: string, audience: Audience): string {
  const where = origin === 'PATH' ? 'there is no `java` on PATH' : `${origin} has no bin/java (fix or unset JAVA_HOME)`;
  return `Java ${MIN_JAVA_MAJOR}+ is missing: ${needed}, and ${where}. ${INSTALL_JDK} ${WITHOUT_EMBEDDED[audience]}`;
}

export function javaTooOld(version: string, java: string, origin: string, audience: Audience): string {
  const choose = origin === 'PATH' ? 'put it first on PATH or set JAVA_HOME to it' : 'set JAVA_HOME to it';
  return `Java ${version} (${java}, from ${origin}) is too old: ${needed}. ${INSTALL_JDK} Then ${choose}. ${WITHOUT_EMBEDDED[audience]}`;
}

export function javaVersionUnknown(java: string, output: string, audience: Audience): string {
  const said = output.trim().split('\n')[0]?.trim() || 'nothing';
  return `Java's version is unknown: ${needed}, and \`${java} -version\` said: ${said}. ${INSTALL_JDK} ${WITHOUT_EMBEDDED[audience]}`;
}

export function javacMissing(java: string, origin: string, audience: Audience): string {
  return (
    `javac (the Java compiler) is missing: the first start compiles a small launcher for the embedded Neo4j, ` +
    `and ${origin} has ${java} but no javac (a JRE, not a JDK). ${INSTALL_JDK} ${WITHOUT_EMBEDDED[audience]}`
  );
}

export function fetchImpossible(mavenVersion: string, reason: string, audience: Audience): string {
  return (
    `Cannot fetch Neo4j's jars (about 150 MB, first start only): the Maven wrapper could not download Maven ${mavenVersion} ` +
    `(${reason}) and there is no \`mvn\` on PATH. Check the connection to Maven Central (or set MVNW_REPOURL to a mirror of it), ` +
    `or ${INSTALL_MAVEN} ${WITHOUT_EMBEDDED[audience]}`
  );
}
