import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadStatements } from '../db/cypher.js';
import { CYPHER_DIR } from '../paths.js';

/**
 * One step of the store's model: from `version - 1` to `version`. Its Cypher is the file
 * `cypher/migrations/<version, 4 digits>-<name>.cypher` (one or more statements), run in one write
 * transaction with the version it reaches, so a step is applied whole or not at all.
 */
export interface Migration {
  version: number;
  /** Lower-case words joined by dashes: the file's name after the number. */
  name: string;
  /** What changes in the model, and what happens to data already written. */
  summary: string;
}

export const MIGRATIONS_DIR = join(CYPHER_DIR, 'migrations');

export function migrationFile(migration: Migration, dir = MIGRATIONS_DIR): string {
  return join(dir, `${String(migration.version).padStart(4, '0')}-${migration.name}.cypher`);
}

export function migrationStatements(migration: Migration, dir = MIGRATIONS_DIR): string[] {
  return loadStatements(migrationFile(migration, dir));
}

/**
 * A list of migrations the service can run: numbered 1, 2, 3... in order with no gap, each with
 * its Cypher file. Checked at start: a mistake here must stop the service, not half-upgrade a store.
 */
export function checkMigrations(migrations: readonly Migration[], dir = MIGRATIONS_DIR): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration "${migration.name}" has version ${migration.version}; expected ${index + 1} (numbered from 1, no gaps)`);
    }
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(migration.name)) {
      throw new Error(`migration ${migration.version}: name "${migration.name}" must be lower-case words joined by dashes`);
    }
    if (!existsSync(migrationFile(migration, dir))) {
      throw new Error(`migration ${migration.version}: ${migrationFile(migration, dir)} is missing`);
    }
  });
}
