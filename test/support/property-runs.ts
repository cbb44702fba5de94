import { randomInt } from 'node:crypto';
import fc from 'fast-check';
import { expect } from 'vitest';
import { currentTestFile } from './test-file.js';

/**
 * Property-based tests that can be replayed: each property runs twice, with a recorded seed (the
 * same cases on every run, so a failure there is a failure of the change under test) and with a
 * fresh one, printed when the file starts, that explores further. A failure names its seed and
 * the path of its shrunk counterexample, and the command that replays exactly that case.
 *
 * CRG_FUZZ_SEED replaces the fresh seed (to replay a failure); CRG_FUZZ_PATH then goes straight
 * to the failing case. CRG_FUZZ_RUNS sets the cases per seed.
 */
export interface PropertyRun {
  name: 'recorded seed' | 'fresh seed';
  seed: number;
  /** Only for the seed CRG_FUZZ_SEED named. */
  path?: string;
}

/** It once found a leak check matching the Cypher of the debug report, at its 158th case. */
export const RECORDED_SEED = 1531489897;

export const RUNS_PER_SEED = Number(process.env['CRG_FUZZ_RUNS'] ?? 100);

let runs: PropertyRun[] | undefined;

/** The recorded and the fresh seed, chosen (and printed) once per test file. */
export function propertyRuns(): PropertyRun[] {
  if (runs) return runs;
  const given = process.env['CRG_FUZZ_SEED'];
  const fresh = given === undefined ? randomInt(2 ** 31) : Number(given);
  const path = process.env['CRG_FUZZ_PATH'];
  const at = (seed: number) => (given !== undefined && seed === fresh && path ? { path } : {});
  runs = [{ name: 'recorded seed', seed: RECORDED_SEED, ...at(RECORDED_SEED) }];
  if (fresh !== RECORDED_SEED) runs.push({ name: 'fresh seed', seed: fresh, ...at(fresh) });
  console.log(
    `[property] seeds: recorded ${RECORDED_SEED}, fresh ${fresh}${given === undefined ? '' : ' (CRG_FUZZ_SEED)'}; ${RUNS_PER_SEED} cases each`,
  );
  return runs;
}

/** Checks a property with one run's seed; on failure, says how to replay the shrunk case. */
export async function checkProperty<Ts>(
  property: fc.IAsyncProperty<Ts>,
  run: PropertyRun,
  extra: Pick<fc.Parameters<Ts>, 'examples'> = {},
): Promise<void> {
  const details = await fc.check(property, { seed: run.seed, numRuns: RUNS_PER_SEED, ...(run.path ? { path: run.path } : {}), ...extra });
  if (!details.failed) return;
  // The test's name too: the path is that property's, another property's cases differ.
  const name = expect.getState().currentTestName?.split(' > ').at(-1) ?? '';
  const test = `"${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$"`;
  const replay = `CRG_FUZZ_SEED=${details.seed} CRG_FUZZ_PATH=${details.counterexamplePath ?? ''} npx vitest run ${currentTestFile()} -t ${test}`;
  const report = (await fc.asyncDefaultReportMessage(details)) ?? '';
  throw new Error(`${run.name} ${details.seed} failed; replay it with:\n  ${replay}\n${report}`, { cause: details.errorInstance });
}
