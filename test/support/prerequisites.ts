import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { PROJECT_ROOT } from '../../src/paths.js';

const created: string[] = [];

/** A fresh temporary folder for one test; removeTempDirs() deletes them all. */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `crg-${prefix}-`));
  created.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/**
 * This machine's PATH without some commands, as on a machine that lacks them: every PATH folder
 * holding one of them is replaced by a folder of links to everything else in it.
 */
export async function pathWithout(commands: string[], path = process.env['PATH'] ?? ''): Promise<string> {
  const folders: string[] = [];
  for (const folder of path.split(delimiter).filter(Boolean)) {
    const entries = await readdir(folder).catch(() => [] as string[]);
    if (!entries.some((entry) => commands.includes(entry))) {
      folders.push(folder);
      continue;
    }
    const copy = await tempDir('path');
    await Promise.all(entries.filter((entry) => !commands.includes(entry)).map((entry) => symlink(join(folder, entry), join(copy, entry))));
    folders.push(copy);
  }
  return folders.join(delimiter);
}

/**
 * A folder with a `java` that prints the given `java -version` output (on stderr, as Java does)
 * and a `javac` beside it: to try Java versions this machine does not have.
 */
export async function fakeJdk(versionOutput: string): Promise<string> {
  const bin = join(await tempDir('fake-jdk'), 'bin');
  await mkdir(bin);
  const java = join(bin, 'java');
  await writeFile(java, `#!/bin/sh\ncat >&2 <<'END'\n${versionOutput}\nEND\n`);
  await writeFile(join(bin, 'javac'), '#!/bin/sh\nexit 0\n');
  await Promise.all([chmod(java, 0o755), chmod(join(bin, 'javac'), 0o755)]);
  return bin;
}

/** The environment of this process without anything that would tell a child which Java or Neo4j to use. */
export function cleanEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  const dropped = /^(JAVA_HOME|NEO4J_|MVNW_|MAVEN_|CRG_|LOG_LEVEL$)/;
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !dropped.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's TypeScript entry points (`src/cli/preflight.ts`, `src/main.ts`) as `npm` would, in a child Node. */
export function runEntryPoint(file: string, args: string[], env: Record<string, string>): Promise<CommandResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}
