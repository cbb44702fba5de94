import { join, resolve } from 'node:path';

/** The checkout the service runs from: the folders below are fixed parts of the project's layout. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

/** Cypher statements, one file each (cypher/queries for the read path, others for writes and tools). */
export const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');

/** The schema's sources: schema/types (the contract, by type) and schema/mapping.graphql. */
export const SCHEMA_DIR = join(PROJECT_ROOT, 'schema');

export const DOCS_DIR = join(PROJECT_ROOT, 'docs');
