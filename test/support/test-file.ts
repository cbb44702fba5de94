import { relative } from 'node:path';
import { expect } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';

/** The test file running in this worker, from the project root: for messages and locks. */
export function currentTestFile(): string {
  const path = expect.getState().testPath;
  return path ? relative(PROJECT_ROOT, path) : 'an unknown test file';
}
