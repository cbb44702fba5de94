import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/paths.js';
import { checkMigrations, migrationStatements } from '../../src/store/migration.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'migrations');

describe('the list of migrations', () => {
  it("is this release's: numbered from 1 without gaps, each with its Cypher file", () => {
    expect(() => checkMigrations(MIGRATIONS)).not.toThrow();
    for (const migration of MIGRATIONS) expect(migrationStatements(migration).length).toBeGreaterThan(0);
  });

  it('refuses a gap, a wrong order, a bad name and a missing file, naming the migration', () => {
    const one = { version: 1, name: 'record-model-version', summary: '' };
    const two = { version: 2, name: 'mark-entities', summary: '' };
    expect(() => checkMigrations([two], FIXTURES)).toThrow('migration "mark-entities" has version 2; expected 1');
    expect(() => checkMigrations([two, one], FIXTURES)).toThrow('expected 1');
    expect(() => checkMigrations([one, { ...two, version: 3 }], FIXTURES)).toThrow('expected 2');
    expect(() => checkMigrations([{ ...one, name: 'Record model' }], FIXTURES)).toThrow('lower-case words joined by dashes');
    expect(() => checkMigrations([one, { ...two, name: 'nowhere' }], FIXTURES)).toThrow('0002-nowhere.cypher is missing');
  });

  it('reads a file of several statements as several statements', () => {
    expect(migrationStatements({ version: 3, name: 'fails-halfway', summary: '' }, FIXTURES)).toHaveLength(2);
  });
});
