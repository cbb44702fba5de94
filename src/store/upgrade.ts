import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadQueries, requireQueries } from '../db/cypher.js';
import type { Database, Row, WriteTransaction } from '../db/database.js';
import { StartupError, StartupErrorCode } from '../errors.js';
import { CYPHER_DIR, PROJECT_ROOT } from '../paths.js';
import { checkMigrations, migrationStatements, MIGRATIONS_DIR, type Migration } from './migration.js';
import { MIGRATIONS } from './migrations/index.js';

/** This release, as the version node records it next to the model version. */
export const RELEASE = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const QUERIES = requireQueries(loadQueries(join(CYPHER_DIR, 'store')), ['read-model', 'lock-model', 'record-model'] as const);

/** A migration may rewrite every curated entity: longer than one request's statement timeout. */
const MIGRATION_TIMEOUT_MS = 600_000;

export interface UpgradeOptions {
  /** The steps of the model; the project's own unless a test gives others. */
  migrations?: readonly Migration[];
  /** Where their Cypher files are. */
  dir?: string;
  progress?: (message: string) => void;
}

export interface UpgradeResult {
  /** The version found: 0 for a store of release 0.2.0 (data, no version), null for an empty store. */
  from: number | null;
  to: number;
  /** The migrations this start applied (another instance may have applied some of them). */
  applied: string[];
}

/** The model version of this release: the last migration's. */
export function modelVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.length;
}

/**
 * Refuses, before anything is written, a store of a later release (a model this release cannot
 * read or write safely). Read-only: run it before the schema is applied.
 */
export async function refuseNewerStore(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number | null> {
  const [row] = await db.read('store-read-model', QUERIES['read-model'].text);
  return storedVersion(row, modelVersion(migrations));
}

/**
 * Brings the store to this release's model, one migration per write transaction, each recording
 * the version it reaches; an empty store is stamped with the current version. Each transaction
 * first locks the version node, so instances starting together apply each step once.
 */
export async function upgradeStore(db: Database, options: UpgradeOptions = {}): Promise<UpgradeResult> {
  const migrations = options.migrations ?? MIGRATIONS;
  const dir = options.dir ?? MIGRATIONS_DIR;
  checkMigrations(migrations, dir);
  const target = modelVersion(migrations);
  const progress = options.progress ?? (() => undefined);
  const from = await refuseNewerStore(db, migrations);
  const applied: string[] = [];
  for (;;) {
    const step = await db.writeTransaction(
      async (tx) => {
        const [row] = await tx.run('store-lock-model', QUERIES['lock-model'].text);
        const version = storedVersion(row, target);
        if (version === null) {
          await record(tx, target, 'created');
          return 'created' as const;
        }
        const next = migrations[version];
        if (!next) return 'current' as const;
        for (const statement of migrationStatements(next, dir)) await tx.run(`migration:${next.name}`, statement);
        await record(tx, next.version, next.name);
        return next;
      },
      undefined,
      MIGRATION_TIMEOUT_MS,
    );
    if (step === 'current') break;
    if (step === 'created') {
      progress(`New store: recorded model version ${target}`);
      break;
    }
    applied.push(step.name);
    progress(`Upgraded the store to model version ${step.version} (migration ${step.name})`);
  }
  return { from, to: target, applied };
}

async function record(tx: WriteTransaction, version: number, step: string): Promise<void> {
  await tx.run('store-record-model', QUERIES['record-model'].text, { version, release: RELEASE, step: `${version}:${step}` });
}

/** Null: an empty store with no version yet. 0: release 0.2.0's store (data, no version). */
function storedVersion(row: Row | undefined, target: number): number | null {
  const version = row?.['version'] ?? null;
  if (version === null) return row?.['hasData'] === true ? 0 : null;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new StartupError(
      StartupErrorCode.STORE_MODEL_INVALID,
      `the store records model version ${JSON.stringify(version)}, which is not a whole number from 1 up: restore a backup`,
    );
  }
  if (version > target) {
    throw new StartupError(
      StartupErrorCode.STORE_MODEL_TOO_NEW,
      `the store holds model version ${version}, written by a later release; this release (${RELEASE}) knows models up to ${target}. ` +
        'Run the release that wrote it, or restore a backup made for this one',
    );
  }
  return version;
}
