import { join } from 'node:path';
import { loadQueries, requireQueries } from '../db/cypher.js';
import { CYPHER_DIR } from '../paths.js';
import type { Database } from '../db/database.js';
import { Progress } from './progress.js';
import { generateState, stateId, type GeneratedState } from './generate.js';

/**
 * Loads synthetic States into Neo4j in batches: each batch is one `UNWIND $rows` statement in
 * its own transaction, entities first (CREATE), then links (both ends found by the id index).
 * States already present are kept, so growing a corpus from 10 to 200 States adds 190.
 */
export interface GenerateOptions {
  states: number;
  /** Rows per UNWIND batch (one transaction each). */
  batchSize?: number;
  /** States generated and loaded together (bounds memory; entities of a group go before its links). */
  groupSize?: number;
  log?: (message: string) => void;
  out?: NodeJS.WriteStream;
}

export interface LoadRate {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

export interface GenerateResult extends LoadRate {
  added: number;
  kept: number;
  entities: number;
  links: number;
  graph: GraphSize;
}

export interface GraphSize {
  nodes: number;
  relationships: number;
}

const QUERY_NAMES = [
  'create-entities',
  'create-links',
  'generated-states',
  'clear-batch',
  'delete-ids',
  'graph-size',
  'refresh-statistics',
] as const;
type Queries = Record<(typeof QUERY_NAMES)[number], { text: string }>;

export const DEFAULT_BATCH_SIZE = 5_000;

function queries(): Queries {
  return requireQueries(loadQueries(join(CYPHER_DIR, 'generate')), QUERY_NAMES);
}

export async function generateStates(db: Database, options: GenerateOptions): Promise<GenerateResult> {
  const log = options.log ?? (() => undefined);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const q = queries();
  await requireDataset(db);
  const present = new Set(
    (await db.read('generated-states', q['generated-states'].text))
      .map((row) => row['id'])
      .filter((id): id is string => typeof id === 'string'),
  );
  const wanted = Array.from({ length: options.states }, (_, i) => i + 1);
  const missing = wanted.filter((n) => !present.has(stateId(n)));
  const beyond = [...present].filter((id) => !wanted.some((n) => stateId(n) === id));
  if (beyond.length) log(`${beyond.length} generated States beyond ${options.states} are kept (use --clear to start over)`);
  if (missing.length === 0) {
    log(`All ${options.states} generated States are already loaded`);
    return { added: 0, kept: present.size, entities: 0, links: 0, rows: 0, seconds: 0, rowsPerSecond: 0, graph: await graphSize(db) };
  }

  // A counting pass first (generation is cheap: about 10 ms a State), so the bar knows its total.
  let entities = 0;
  let links = 0;
  for (const n of missing) {
    const state = generateState(n);
    entities += state.entities.length;
    links += state.links.length;
  }
  log(
    `Generating ${missing.length} State${missing.length === 1 ? '' : 's'} (${stateId(missing[0] as number)}…${stateId(missing.at(-1) as number)}): ${entities.toLocaleString('en')} entities, ${links.toLocaleString('en')} links, in batches of ${batchSize.toLocaleString('en')} rows`,
  );
  const progress = new Progress('generate', entities + links, options.out);
  const groupSize = options.groupSize ?? 5;
  for (let i = 0; i < missing.length; i += groupSize) {
    const group = missing.slice(i, i + groupSize).map(generateState);
    await loadRows(db, q, group, batchSize, (rows) => progress.add(rows));
  }
  const rate = progress.finish();
  await refreshStatistics(db);
  return { added: missing.length, kept: present.size, entities, links, ...rate, graph: await graphSize(db) };
}

async function loadRows(
  db: Database,
  q: Queries,
  states: GeneratedState[],
  batchSize: number,
  done: (rows: number) => void,
): Promise<void> {
  const entities = states.flatMap((s) => s.entities);
  const links = states.flatMap((s) => s.links);
  for (let i = 0; i < entities.length; i += batchSize) {
    const rows = entities.slice(i, i + batchSize);
    await expectWritten(db.write('generate-entities', q['create-entities'].text, { rows }), rows.length, 'entities');
    done(rows.length);
  }
  for (let i = 0; i < links.length; i += batchSize) {
    const rows = links.slice(i, i + batchSize);
    await expectWritten(db.write('generate-links', q['create-links'].text, { rows }), rows.length, 'links');
    done(rows.length);
  }
}

/** A link whose end is missing would be skipped silently by MATCH: fail loudly instead. */
async function expectWritten(result: Promise<Array<Record<string, unknown>>>, expected: number, what: string): Promise<void> {
  const [row] = await result;
  const written = Number(row?.['written'] ?? 0);
  if (written !== expected) throw new Error(`wrote ${written} of ${expected} generated ${what}: an end of a link is missing`);
}

async function requireDataset(db: Database): Promise<void> {
  const [row] = await db.read('generate-check', "OPTIONAL MATCH (a:Entity {id: 'crc:art:1'}) RETURN a IS NOT NULL AS loaded");
  if (row?.['loaded'] !== true) throw new Error('the CRC is not in the graph: load the dataset first (npm start or npm run data:load)');
}

/** Removes every generated entity and link, in batches; the dataset stays as loaded. */
export async function clearGenerated(db: Database, log: (message: string) => void = () => undefined): Promise<number> {
  const q = queries();
  let total = 0;
  for (;;) {
    const [row] = await db.write('generate-clear', q['clear-batch'].text, { limit: 10_000 });
    const deleted = Number(row?.['deleted'] ?? 0);
    if (deleted === 0) break;
    total += deleted;
    log(`  removed ${total.toLocaleString('en')} generated entities`);
  }
  return total;
}

/**
 * Right after a bulk load Neo4j's index statistics are stale, and the planner may scan a whole
 * index where it should seek (seen here: 2,400 database hits instead of 3 for an id lookup).
 * Resamples the indexes and clears the query caches, so every query is planned on fresh figures.
 */
export async function refreshStatistics(db: Database): Promise<void> {
  await db.write('generate-refresh-statistics', queries()['refresh-statistics'].text);
}

export async function graphSize(db: Database): Promise<GraphSize> {
  const [row] = await db.read('graph-size', queries()['graph-size'].text);
  return { nodes: Number(row?.['nodes'] ?? 0), relationships: Number(row?.['relationships'] ?? 0) };
}

/**
 * The same rows (one synthetic State, numbered beyond the corpus) loaded twice: one row per
 * transaction, then in UNWIND batches; each load is removed afterwards. Same statements, same
 * rows, same database: only the batching differs. An untimed batched load first warms both up
 * (plans compiled, JIT, page cache), so neither pays for being first.
 */
export async function compareBatchWithSingleRows(
  db: Database,
  options: { sampleState?: number; batchSize?: number; out?: NodeJS.WriteStream } = {},
): Promise<{ rows: number; single: LoadRate; batched: LoadRate; ratio: number }> {
  const q = queries();
  await requireDataset(db);
  const state = generateState(options.sampleState ?? 999);
  const rows = state.entities.length + state.links.length;
  const remove = () => db.write('generate-delete-sample', q['delete-ids'].text, { ids: state.entities.map((e) => e.id) });
  await remove();
  await loadRows(db, q, [state], options.batchSize ?? DEFAULT_BATCH_SIZE, () => undefined);
  await remove();

  const single = new Progress('one row per transaction', rows, options.out);
  await loadRows(db, q, [state], 1, (n) => single.add(n));
  const singleRate = single.finish();
  await remove();

  const batched = new Progress('UNWIND batches', rows, options.out);
  await loadRows(db, q, [state], options.batchSize ?? DEFAULT_BATCH_SIZE, (n) => batched.add(n));
  const batchedRate = batched.finish();
  await remove();
  return { rows, single: singleRate, batched: batchedRate, ratio: batchedRate.rowsPerSecond / singleRate.rowsPerSecond };
}
