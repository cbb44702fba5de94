import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths.js';

export const EXAMPLES_DIR = join(PROJECT_ROOT, 'docs', 'examples');

export interface Example {
  /** The file name without `.graphql`, e.g. `01-who-implements-article-28`. */
  name: string;
  query: string;
}

/**
 * The example operations, one `.graphql` file each in docs/examples, in file-name order: the one
 * place they live. GraphiQL opens each as a tab; a test runs each against the service.
 */
export function loadExamples(dir = EXAMPLES_DIR): Example[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({ name: file.replace(/\.graphql$/, ''), query: readFileSync(join(dir, file), 'utf8') }));
}
