import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { CYPHER_DIR } from '../paths.js';
import { loadQueries, requireQueries } from './cypher.js';
import type { Database } from './database.js';
import { decodeProperties, encodeProperties, type TypedJson } from './typed-json.js';

/**
 * Backups of the whole graph: every node and relationship with its labels, type and properties,
 * so the dataset, curated entities, claims, provenance, the audit trail and the tokens' hashes
 * all come back. A backup is a JSON Lines file: a header, then one node or relationship a line,
 * values typed (src/db/typed-json.ts) so a restore gives back the same graph, not a similar one.
 * Indexes and constraints are not in the file: they come from cypher/schema, applied first.
 */
export const BACKUP_FORMAT = 'child-rights-graph-backup';

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: 1;
  createdAt: string;
  nodes: number;
  relationships: number;
}

interface NodeLine {
  node: string;
  labels: string[];
  props: Record<string, TypedJson>;
}
interface RelationshipLine {
  rel: string;
  from: string;
  to: string;
  props: Record<string, TypedJson>;
}

const QUERIES = requireQueries(loadQueries(join(CYPHER_DIR, 'backup')), [
  'export-nodes',
  'export-relationships',
  'count',
  'restore-index',
  'restore-nodes',
  'restore-relationships',
  'restore-finish',
  'restore-drop-index',
] as const);
const BATCH = 1000;

/** Writes the graph to `file`. Reads it in two statements: fine for graphs of up to millions of items. */
export async function backup(db: Database, file: string): Promise<BackupHeader> {
  const nodes = await db.readNative('backup-nodes', QUERIES['export-nodes'].text);
  const rels = await db.readNative('backup-relationships', QUERIES['export-relationships'].text);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: 1,
    createdAt: new Date().toISOString(),
    nodes: nodes.length,
    relationships: rels.length,
  };
  const out = createWriteStream(file, { encoding: 'utf8', mode: 0o600 });
  const write = async (line: unknown) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  };
  await write(header);
  for (const n of nodes) {
    const line: NodeLine = { node: String(n['key']), labels: n['labels'] as string[], props: encodeProperties(n['props']) };
    await write(line);
  }
  for (const r of rels) {
    const line: RelationshipLine = {
      rel: String(r['type']),
      from: String(r['from']),
      to: String(r['to']),
      props: encodeProperties(r['props']),
    };
    await write(line);
  }
  out.end();
  await once(out, 'finish');
  return header;
}

export class RestoreError extends Error {
  override readonly name = 'RestoreError';
}

/**
 * Restores a backup into an empty database, in one transaction: the whole backup or nothing.
 * The schema (constraints, indexes) must be applied first; it checks the restored data too.
 */
export async function restore(db: Database, file: string): Promise<BackupHeader> {
  const [count] = await db.read('restore-count', QUERIES['count'].text);
  const existing = Number(count?.['nodes'] ?? 0);
  if (existing > 0) {
    throw new RestoreError(`the database is not empty (${existing} nodes): restore into an empty Neo4j`);
  }
  const { header, nodes, rels } = await readBackup(file);
  await db.write('restore-index', QUERIES['restore-index'].text);
  await db.write('restore-await-index', 'CALL db.awaitIndexes(300)');
  try {
    await db.writeTransaction(async (tx) => {
      for (let i = 0; i < nodes.length; i += BATCH) {
        const rows = nodes.slice(i, i + BATCH).map((n) => ({ key: n.node, labels: n.labels, props: decodeProperties(n.props) }));
        await tx.runNative('restore-nodes', QUERIES['restore-nodes'].text, { rows });
      }
      for (let i = 0; i < rels.length; i += BATCH) {
        const rows = rels.slice(i, i + BATCH).map((r) => ({ type: r.rel, from: r.from, to: r.to, props: decodeProperties(r.props) }));
        const [created] = await tx.runNative('restore-relationships', QUERIES['restore-relationships'].text, { rows });
        if (Number(created?.['created']) !== rows.length)
          throw new RestoreError('a relationship refers to a node the backup does not hold');
      }
      await tx.run('restore-finish', QUERIES['restore-finish'].text);
    });
  } finally {
    await db.write('restore-drop-index', QUERIES['restore-drop-index'].text);
  }
  return header;
}

async function readBackup(file: string): Promise<{ header: BackupHeader; nodes: NodeLine[]; rels: RelationshipLine[] }> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let header: BackupHeader | undefined;
  const nodes: NodeLine[] = [];
  const rels: RelationshipLine[] = [];
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (!line.trim()) continue;
    const item = JSON.parse(line) as Partial<BackupHeader & NodeLine & RelationshipLine>;
    if (!header) {
      if (item.format !== BACKUP_FORMAT || item.version !== 1) throw new RestoreError(`${file} is not a backup of this service`);
      header = item as BackupHeader;
    } else if (typeof item.node === 'string') nodes.push(item as NodeLine);
    else if (typeof item.rel === 'string') rels.push(item as RelationshipLine);
    else throw new RestoreError(`${file}:${number}: neither a node nor a relationship`);
  }
  if (!header) throw new RestoreError(`${file} is empty`);
  if (nodes.length !== header.nodes || rels.length !== header.relationships) {
    throw new RestoreError(
      `${file} is incomplete: ${nodes.length}/${header.nodes} nodes, ${rels.length}/${header.relationships} relationships`,
    );
  }
  return { header, nodes, rels };
}
