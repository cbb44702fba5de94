import { join } from 'node:path';
import { loadQueries, requireQueries } from '../db/cypher.js';
import { CYPHER_DIR } from '../paths.js';
import type { Database, WriteTransaction } from '../db/database.js';
import { ENTITY_TYPE_NAMES } from '../model/kinds.js';
import { prepareDataset } from './prepare.js';
import { readDataset, type Problem } from './read.js';

export interface LoadResult {
  skipped: boolean;
  entities: number;
  links: number;
  claims: number;
  removed: { entities: number; links: number; claims: number };
  /** What curation keeps over the files: ids, for the maintainers to fold into the files. */
  curated: CuratedReport;
  ms: number;
}

export interface CuratedReport {
  /** Entities the files define that editors changed through the API: not overwritten. */
  entities: string[];
  /** Links of the files that editors removed or re-created: not restored or overwritten. */
  links: string[];
  /** Entities gone from the files, kept because curated links point to them. */
  keptEntities: string[];
}

const NOTHING_CURATED: CuratedReport = { entities: [], links: [], keptEntities: [] };

export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(readonly problems: Problem[]) {
    super(`the dataset has ${problems.length} error(s):\n${problems.map(formatProblem).join('\n')}`);
  }
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.severity}: ${p.message}`;
}

const BATCH = 500;
/**
 * The whole load is one transaction so a reader never sees half a dataset; it writes thousands of
 * rows, which on a cold or busy machine outlasts the per-statement timeout (CRG_QUERY_TIMEOUT_MS,
 * 10 s) that guards requests. Measured: about 20 s for 800 entities at load average 10 on 2 cores.
 */
const LOAD_TIMEOUT_MS = 300_000;

/**
 * Loads the dataset files into Neo4j in one write transaction: all of it or nothing. Idempotent
 * (MERGE on ids, properties replaced), and what the files no longer hold is removed. With
 * `force` false, a dataset whose files hash the same as the last load is not loaded again.
 */
export async function loadDataset(
  db: Database,
  dir: string,
  options: { force?: boolean; progress?: (message: string) => void } = {},
): Promise<LoadResult> {
  const started = performance.now();
  const progress = options.progress ?? (() => undefined);
  const queries = requireQueries(loadQueries(join(CYPHER_DIR, 'load')), [
    'upsert-entities',
    'upsert-links',
    'upsert-claims',
    'delete-stale',
    'read-meta',
    'write-meta',
    'curation-report',
  ] as const);
  const { dataset, problems } = prepareDataset(readDataset(dir));
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new DatasetError(errors);

  const [meta] = await db.read('read-meta', queries['read-meta'].text);
  const counts = { entities: dataset.entities.length, links: dataset.links.length, claims: dataset.claims.length };
  if (!options.force && meta?.['hash'] === dataset.hash) {
    const loadedAt = typeof meta['loadedAt'] === 'string' ? meta['loadedAt'] : 'an earlier start';
    progress(`Dataset unchanged since it was loaded at ${loadedAt}; not loading again`);
    return {
      skipped: true,
      ...counts,
      removed: { entities: 0, links: 0, claims: 0 },
      curated: NOTHING_CURATED,
      ms: performance.now() - started,
    };
  }

  const ids = {
    entityIds: dataset.entities.map((e) => e.id),
    linkIds: dataset.links.map((l) => l.id),
    claimIds: dataset.claims.map((c) => c.id),
  };
  const { removed, curated } = await db.writeTransaction(
    async (tx) => {
      await inBatches(tx, 'entities', queries['upsert-entities'].text, dataset.entities, progress, { typeLabels: ENTITY_TYPE_NAMES });
      await inBatches(tx, 'links', queries['upsert-links'].text, dataset.links, progress);
      await inBatches(tx, 'claims', queries['upsert-claims'].text, dataset.claims, progress);
      const [stale] = await tx.run('delete-stale', queries['delete-stale'].text, ids);
      const [report] = await tx.run('curation-report', queries['curation-report'].text, ids);
      await tx.run('write-meta', queries['write-meta'].text, { hash: dataset.hash, ...counts });
      return {
        removed: {
          entities: Number(stale?.['entities'] ?? 0),
          links: Number(stale?.['links'] ?? 0),
          claims: Number(stale?.['claims'] ?? 0),
        },
        curated: {
          entities: strings(report?.['entities']),
          links: strings(report?.['links']),
          keptEntities: strings(report?.['keptEntities']),
        },
      };
    },
    undefined,
    LOAD_TIMEOUT_MS,
  );
  const ms = performance.now() - started;
  progress(
    `Loaded ${counts.entities} entities, ${counts.links} links and ${counts.claims} claims in ${Math.round(ms)} ms` +
      (removed.entities + removed.links + removed.claims
        ? ` (removed ${removed.entities} entities, ${removed.links} links, ${removed.claims} claims no longer in the files)`
        : ''),
  );
  reportCurated(curated, progress);
  return { skipped: false, ...counts, removed, curated, ms };
}

/**
 * Curation wins over the files; the load says where, so the maintainers can copy the editors'
 * changes into the files (docs/curation.md "Curation and the dataset files").
 */
function reportCurated(curated: CuratedReport, progress: (message: string) => void): void {
  const list = (ids: string[]) => ids.slice(0, 20).join(', ') + (ids.length > 20 ? `, ... (${ids.length} in all)` : '');
  const count = (ids: string[], one: string, many: string) => `${ids.length} ${ids.length === 1 ? one : many}`;
  if (curated.entities.length) {
    progress(`Kept ${count(curated.entities, 'entity', 'entities')} as editors curated them: ${list(curated.entities)}`);
  }
  if (curated.links.length) {
    progress(`Kept ${count(curated.links, 'link', 'links')} as editors curated or removed them: ${list(curated.links)}`);
  }
  if (curated.keptEntities.length) {
    const kept = count(curated.keptEntities, 'entity', 'entities');
    progress(`Kept ${kept} gone from the files because curated links point to them: ${list(curated.keptEntities)}`);
  }
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

async function inBatches(
  tx: WriteTransaction,
  what: string,
  text: string,
  rows: unknown[],
  progress: (message: string) => void,
  extra: Record<string, unknown> = {},
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx.run(`load-${what}`, text, { rows: rows.slice(i, i + BATCH), ...extra });
    progress(`  ${what}: ${Math.min(i + BATCH, rows.length)}/${rows.length}`);
  }
}
