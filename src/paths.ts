import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The checkout the service runs from: the nearest folder above this module holding the project's
 * package.json. Found by searching, not by a fixed `..`, because this module runs from src/ under
 * tsx and from the compiled bundle (dist/, or a test's own build folder) under `npm start`.
 */
export const PROJECT_ROOT = findProjectRoot(import.meta.dirname);

/** Cypher statements, one file each (cypher/queries for the read path, others for writes and tools). */
export const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');

/** The schema's sources: schema/types (the contract, by type) and schema/mapping.graphql. */
export const SCHEMA_DIR = join(PROJECT_ROOT, 'schema');

export const DOCS_DIR = join(PROJECT_ROOT, 'docs');

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'schema'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no project folder (package.json and schema/) above ${from}`);
  }
}
