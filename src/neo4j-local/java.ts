import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Neo4j 5.26 runs on Java 17 or 21 (and newer releases start it too; see docs/getting-started.md). */
export const MIN_JAVA_MAJOR = 17;

export type Env = Record<string, string | undefined>;

/** The `java` and `javac` the project runs, chosen the way Maven chooses them. */
export interface JavaTools {
  java: string;
  javac: string;
  /** Where they were looked for: `JAVA_HOME=/usr/lib/jvm/x` or `PATH`. */
  origin: string;
  /** Absolute paths when found (executable files), null when not there. */
  javaPath: string | null;
  javacPath: string | null;
}

/**
 * JAVA_HOME wins when it is set, as with Maven and its wrapper; otherwise the first `java` and
 * `javac` on PATH. Using the same Java for Maven, javac and Neo4j means the version the preflight
 * checked is the one that runs.
 */
export function javaTools(env: Env = process.env): JavaTools {
  const exe = (name: string) => (process.platform === 'win32' ? `${name}.exe` : name);
  const javaHome = env['JAVA_HOME']?.trim();
  if (javaHome) {
    const java = join(javaHome, 'bin', exe('java'));
    const javac = join(javaHome, 'bin', exe('javac'));
    return { java, javac, origin: `JAVA_HOME=${javaHome}`, javaPath: executable(java), javacPath: executable(javac) };
  }
  const javaPath = findOnPath(exe('java'), env);
  const javacPath = findOnPath(exe('javac'), env);
  return { java: javaPath ?? 'java', javac: javacPath ?? 'javac', origin: 'PATH', javaPath, javacPath };
}

export function findOnPath(name: string, env: Env = process.env): string | null {
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (!dir) continue;
    const found = executable(join(dir, name));
    if (found) return found;
  }
  return null;
}

function executable(file: string): string | null {
  try {
    accessSync(file, constants.X_OK);
    return file;
  } catch {
    return null;
  }
}

export interface JavaVersion {
  /** As `java -version` prints it: `17.0.15`, `1.8.0_402`, `21`. */
  version: string;
  major: number;
}

/**
 * Reads `java -version` (written on stderr). The first line names the version in quotes after
 * `version`, whatever the vendor; Java 8 and older call themselves `1.x`. A `Picked up
 * JAVA_TOOL_OPTIONS` line may come first.
 */
export function parseJavaVersion(output: string): JavaVersion | null {
  const match = /\bversion "([^"]+)"/.exec(output);
  if (!match?.[1]) return null;
  const version = match[1];
  const parts = /^(\d+)(?:\.(\d+))?/.exec(version);
  if (!parts?.[1]) return null;
  const first = Number(parts[1]);
  const major = first === 1 && parts[2] ? Number(parts[2]) : first;
  return { version, major };
}
