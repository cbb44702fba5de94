import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { applySchema } from '../../src/db/schema.js';
import { DatasetError, loadDataset } from '../../src/data/load.js';
import { createLogger } from '../../src/logger.js';
import { useScratchNeo4j } from '../support/scratch.js';

/** Loading is idempotent and keeps the graph equal to the files. On the scratch Neo4j, empty: it rewrites data. */
const scratch = useScratchNeo4j('empty');
let db: Database;
let dataDir: string;

beforeAll(async () => {
  db = new Database({ ...scratch.access, database: 'neo4j', queryTimeoutMs: 30_000, logger: createLogger({ logLevel: 'silent' }) });
  await applySchema(db);
  dataDir = await mkdtemp(join(tmpdir(), 'crg-data-'));
  await cp(loadConfig({}, {}).dataDir, dataDir, { recursive: true });
});
afterAll(async () => {
  await db.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function dump(): Promise<string> {
  // The graph version is bookkeeping for caches: every write moves it, so it is not part of the graph.
  const nodes = await db.read(
    'dump-nodes',
    'MATCH (n) WHERE NOT n:GraphVersion RETURN labels(n) AS labels, properties(n) AS props ORDER BY coalesce(n.id, "")',
  );
  const rels = await db.read(
    'dump-rels',
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY from, type, to, coalesce(r.id, "")',
  );
  return JSON.stringify({ nodes: nodes.map(withoutLoadTime), rels });
}

function withoutLoadTime(row: Record<string, unknown>) {
  const props = { ...(row['props'] as Record<string, unknown>) };
  delete props['loadedAt'];
  return { ...row, props };
}

describe('loading the dataset', () => {
  it('gives the same graph when loaded twice', async () => {
    const first = await loadDataset(db, dataDir, { force: true });
    expect(first.skipped).toBe(false);
    expect(first.entities).toBeGreaterThan(100);
    const before = await dump();
    const second = await loadDataset(db, dataDir, { force: true });
    expect(second.removed).toEqual({ entities: 0, links: 0, claims: 0 });
    expect(await dump()).toBe(before);
  });

  it('skips a load when the files have not changed', async () => {
    const result = await loadDataset(db, dataDir);
    expect(result.skipped).toBe(true);
  });

  it('removes what the files no longer hold', async () => {
    const file = join(dataDir, '10-crc.yaml');
    const original = await readFile(file, 'utf8');
    // A reviewer deletes the principle of life, survival and development and its links (no other
    // file refers to it: the challenges refer to the other principles).
    const edited = original.replace(/\n {2}- id: principle:survival-and-development[\s\S]*?(?=\n {2}- id: )/, '');
    expect(edited).not.toBe(original);
    await writeFile(
      file,
      edited.replace(/\n {2}- type: EMBODIES\n(?: {4}.*\n)*? {4}to: principle:survival-and-development\n(?: {4}.*\n)*/g, '\n'),
    );
    try {
      const result = await loadDataset(db, dataDir);
      expect(result.removed.entities).toBe(1);
      const [row] = await db.read('check', "MATCH (n:Entity {id: 'principle:survival-and-development'}) RETURN count(n) AS n");
      expect(row?.['n']).toBe(0);
    } finally {
      await writeFile(file, original);
    }
  });

  it('refuses a broken dataset and leaves the graph as it was', async () => {
    await loadDataset(db, dataDir, { force: true });
    const before = await dump();
    const broken = join(dataDir, '99-broken.yaml');
    await writeFile(
      broken,
      'entities:\n  - id: kz:law:broken\n    kind: LAW\n    name: { en: Broken }\n    sources: [src:does-not-exist]\n',
    );
    try {
      await expect(loadDataset(db, dataDir, { force: true })).rejects.toThrow(DatasetError);
      await expect(loadDataset(db, dataDir, { force: true })).rejects.toThrow(
        /99-broken.yaml:2: error: kz:law:broken: sources refers to "src:does-not-exist"/,
      );
      expect(await dump()).toBe(before);
    } finally {
      await rm(broken);
    }
  });
});
