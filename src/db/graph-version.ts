import { join } from 'node:path';
import type { ManagedTransaction, QueryResult, QueryStatistics } from 'neo4j-driver';
import { CYPHER_DIR } from '../paths.js';
import { loadQueries, requireQueries } from './cypher.js';

/**
 * The graph version: one value in Neo4j that every write transaction changing data changes in the
 * same transaction (cypher/graph-version/bump.cypher). Answers cached under a version read before
 * they were computed can then never be served after a write that any instance committed: the
 * write moved the version on, so its key is no longer asked for. See docs/performance.md.
 */
export const GRAPH_VERSION = requireQueries(loadQueries(join(CYPHER_DIR, 'graph-version')), ['bump', 'read'] as const);

/** What a write transaction's unit of work may do: run statements, each watched for data changes. */
export interface WatchedTransaction {
  run(text: string, params?: Record<string, unknown>): Promise<QueryResult>;
}

/**
 * Runs `work` in `tx`, then moves the graph version on if any of its statements changed data.
 * Only data counts: a transaction that changed only the schema could not also write the version
 * (Neo4j refuses to mix the two), and changes no answer.
 */
export async function withGraphVersionBump<T>(tx: ManagedTransaction, work: (tx: WatchedTransaction) => Promise<T>): Promise<T> {
  let changed = false;
  const value = await work({
    run: async (text, params) => {
      const result = await tx.run(text, params);
      if (changesData(result.summary.counters)) changed = true;
      return result;
    },
  });
  if (changed) await tx.run(GRAPH_VERSION.bump.text);
  return value;
}

function changesData(counters: QueryStatistics): boolean {
  const u = counters.updates();
  return (
    u.nodesCreated + u.nodesDeleted + u.relationshipsCreated + u.relationshipsDeleted + u.propertiesSet + u.labelsAdded + u.labelsRemoved >
    0
  );
}
