/**
 * What one request did in the database: counted at the single place statements are sent, so
 * tests can check "one statement per root field" and the debug extension can report it.
 */
export interface StatementStats {
  statements: number;
  dbTimeMs: number;
  log: StatementLogEntry[];
  /** Causal consistency across instances (src/server/bookmark.ts), when the request takes part in it. */
  causal?: CausalBookmarks;
  /** Whether the answer cache held the answer (src/server/answer-cache.ts); unset when it was not asked. */
  answerCache?: 'hit' | 'miss';
}

/**
 * Neo4j bookmarks of one request: those the client sent back, which every transaction of the
 * request waits for (on a cluster member that lags, until it has caught up), and those its last
 * write left, for the response.
 */
export interface CausalBookmarks {
  after: string[];
  written: string[];
}

/** One statement sent: its query name, time, and (for the debug extension) its exact text and parameters. */
export interface StatementLogEntry {
  query: string;
  ms: number;
  cypher: string;
  params: Record<string, unknown>;
}

export function newStatementStats(after?: string[]): StatementStats {
  return { statements: 0, dbTimeMs: 0, log: [], ...(after === undefined ? {} : { causal: { after, written: [] } }) };
}
