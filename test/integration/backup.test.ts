import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import { GRAPH_VERSION } from '../../src/db/graph-version.js';
import { encodeProperties } from '../../src/db/typed-json.js';
import { createLogger } from '../../src/logger.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { graphql } from '../generated/index.js';
import { QUERY_TIMEOUT_MS } from '../support/budgets.js';
import { curator } from '../support/curation.js';
import type { Neo4jAccess } from '../support/neo4j.js';
import { useScratchNeo4j } from '../support/scratch.js';
import { startService } from '../support/service.js';

/**
 * `npm run backup` then `npm run restore` into a fresh, empty Neo4j gives back the same graph:
 * the same nodes with the same labels and typed properties, the same relationships, provenance,
 * claims, curated entities, audit trail and tokens. On the scratch Neo4j: backed up from the
 * dataset, then reset to empty (no data, no schema, as a new Neo4j) and restored into.
 */
const scratch = useScratchNeo4j('dataset');
let dir: string;
const test = curator();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crg-backup-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const database = (neo4j: Neo4jAccess) =>
  new Database({ ...neo4j, database: 'neo4j', queryTimeoutMs: QUERY_TIMEOUT_MS, logger: createLogger({ logLevel: 'silent' }) });

/**
 * The graph, independent of internal ids: nodes by labels and properties, relationships by their
 * ends. Without the graph version's node, which a restore replaces on purpose (checked below).
 */
async function dump(db: Database): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await db.readNative(
    'dump-nodes',
    'MATCH (n) WHERE NOT n:GraphVersion RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props',
  );
  const signature = new Map(nodes.map((n) => [n['key'], JSON.stringify([[...(n['labels'] as string[])].sort(), sorted(n['props'])])]));
  const rels = await db.readNative(
    'dump-rels',
    'MATCH (a)-[r]->(b) RETURN elementId(a) AS from, type(r) AS type, elementId(b) AS to, properties(r) AS props',
  );
  return {
    nodes: [...signature.values()].sort(),
    relationships: rels
      .map((r) => JSON.stringify([signature.get(r['from']), r['type'], signature.get(r['to']), sorted(r['props'])]))
      .sort(),
  };
}

async function graphVersion(db: Database): Promise<unknown> {
  const [row] = await db.read('graph-version', GRAPH_VERSION.read.text);
  return row?.['version'];
}

function sorted(props: unknown) {
  const encoded = encodeProperties(props);
  return Object.fromEntries(
    Object.keys(encoded)
      .sort()
      .map((key) => [key, encoded[key]]),
  );
}

const run = promisify(execFile);
function cli(script: string, args: string[], neo4j: Neo4jAccess) {
  const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, LOG_LEVEL: 'warn' };
  const command = ['--import', 'tsx', join(PROJECT_ROOT, 'src', 'cli', script), ...args];
  return run(process.execPath, command, { env, cwd: PROJECT_ROOT, timeout: 300_000 });
}

const Curate = graphql(`
  mutation BackupCurate($input: EntityInput!, $link: LinkInput!) {
    createEntity(input: $input) {
      version
    }
    link(input: $link) {
      id
    }
  }
`);
const Update = graphql(`
  mutation BackupUpdate($id: ID!) {
    updateEntity(id: $id, expectedVersion: 1, set: { note: "amended", validTo: "2030-01-01" }) {
      version
    }
    unlink(id: "kz:law:education|IMPLEMENTS|crc:art:28") {
      id
    }
  }
`);

// Three command-line runs, each a tsx start that compiles the sources: up to a minute each on a busy machine.
describe('backup and restore', { timeout: 240_000 }, () => {
  it('restores into an empty Neo4j exactly the graph that was backed up, and the restored tokens still work', async () => {
    const source = scratch.access;
    const sourceDb = database(source);
    const service = await startService({}, source);
    test.use(service.db);
    const editor = await test.bearer('editor');
    const input = {
      id: test.id('law'),
      kind: 'LAW' as const,
      name: { en: 'A law', kk: 'Заң' },
      adopted: '2024-05-01',
      sources: ['src:seed-paper'],
    };
    const link = {
      type: 'IMPLEMENTS' as const,
      from: test.id('law'),
      to: 'crc:art:3',
      basis: 'EDITORIAL' as const,
      sources: ['src:seed-paper'],
    };
    expect((await service.query(Curate, { input, link }, editor)).body.errors).toBeUndefined();
    expect((await service.query(Update, { id: test.id('law') }, editor)).body.errors).toBeUndefined();
    await service.close();

    const file = join(dir, 'graph.jsonl');
    const backedUp = await cli('backup.ts', ['--out', file], source);
    expect(backedUp.stdout).toMatch(/^Backed up \d+ nodes and \d+ relationships to /);
    const before = await dump(sourceDb);
    const versionBefore = await graphVersion(sourceDb);
    await sourceDb.close();
    // Everything the issue names is in the backup: entities, links, claims, audit trail, tokens.
    for (const label of ['"Entity"', '"Claim"', '"AuditEntry"', '"ApiToken"', '"CurationRemoval"', '"DatasetMeta"']) {
      expect(before.nodes.some((n) => n.includes(label))).toBe(true);
    }

    await scratch.reset('empty');
    const target = scratch.access;
    const restored = await cli('restore.ts', ['--in', file], target);
    expect(restored.stdout).toMatch(/^Restored \d+ nodes and \d+ relationships from /);
    const targetDb = database(target);
    const after = await dump(targetDb);
    expect(after.nodes.length).toBe(before.nodes.length);
    expect(after.relationships.length).toBe(before.relationships.length);
    expect(after).toEqual(before);
    // The restored graph has a version of its own: no answer cached before can be served for it.
    const versionAfter = await graphVersion(targetDb);
    expect(versionAfter).toEqual(expect.any(String));
    expect(versionAfter).not.toBe(versionBefore);

    // A second restore into a database that is no longer empty is refused.
    await expect(cli('restore.ts', ['--in', file], target)).rejects.toMatchObject({
      stderr: expect.stringContaining('not empty') as unknown,
    });

    // The restored service accepts the restored token and continues the audit trail.
    const again = await startService({}, target);
    const History = graphql(`
      query BackupHistory($id: ID!) {
        history(id: $id) {
          operation
          version
        }
      }
    `);
    const retire = await again.query(
      graphql(`
        mutation BackupRetire($id: ID!) {
          retireEntity(id: $id, expectedVersion: 2, validTo: "2031-01-01") {
            version
          }
        }
      `),
      { id: test.id('law') },
      editor,
    );
    expect(retire.body.errors).toBeUndefined();
    expect((await again.query(History, { id: test.id('law') })).body.data?.history.map((h) => h.operation)).toEqual([
      'RETIRE_ENTITY',
      'UPDATE_ENTITY',
      'LINK',
      'CREATE_ENTITY',
    ]);
    await again.close();
    await targetDb.close();
  });
});
