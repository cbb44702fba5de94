import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { FetchProgress } from './fetch-progress.js';
import type { Maven } from './maven.js';
import { mavenFailure } from './maven-output.js';
import { EMBEDDED_POM } from './paths.js';

// Often enough that a first fetch never looks stuck, seldom enough to stay readable.
const PROGRESS_EVERY_MS = 5_000;
const KEPT_LINES = 300;

/**
 * Copies Neo4j's jars (the runtime dependencies of neo4j/embedded/pom.xml) into `lib`, Maven
 * downloading what its local repository lacks. Says every few seconds how far it got, and on
 * failure gives Maven's reason in a line.
 */
export async function fetchJars(maven: Maven, lib: string, log: (message: string) => void): Promise<void> {
  const args = [
    ...maven.args,
    '-B',
    '-f',
    EMBEDDED_POM,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${lib}`,
    '-DincludeScope=runtime',
  ];
  const child = spawn(maven.command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const progress = new FetchProgress();
  const lines: string[] = [];
  const keep = (line: string) => {
    lines.push(line);
    if (lines.length > KEPT_LINES) lines.shift();
  };
  createInterface({ input: child.stdout }).on('line', (line) => {
    keep(line);
    progress.record(line);
  });
  createInterface({ input: child.stderr }).on('line', keep);

  const started = performance.now();
  const ticker = setInterval(() => log(progress.report(performance.now() - started)), PROGRESS_EVERY_MS);
  try {
    const code = await new Promise<number | null>((resolvePromise, reject) => {
      child.on('error', (error) => reject(new Error(`could not run ${maven.label}: ${error.message}`)));
      child.on('close', resolvePromise);
    });
    if (code !== 0) throw new Error(`fetching Neo4j's jars through ${maven.label} failed (exit code ${code}): ${mavenFailure(lines)}`);
  } finally {
    clearInterval(ticker);
  }
  const jars = (await readdir(lib)).filter((file) => file.endsWith('.jar'));
  log(progress.done(jars.length, performance.now() - started));
}
