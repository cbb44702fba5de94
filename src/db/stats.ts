/**
 * What one request did in the database: counted at the single place statements are sent, so
 * tests can check "one statement per root field" and the debug extension can report it.
 */
export interface StatementStats {
  statements: number;
  dbTimeMs: number;
  log: StatementLogEntry[];
}

/** One statement sent: its query name, time, and (for the debug extension) its exact text and parameters. */
export interface StatementLogEntry {
  query: string;
  ms: number;
  cypher: string;
  params: Record<string, unknown>;
}

export function newStatementStats(): StatementStats {
  return { statements: 0, dbTimeMs: 0, log: [] };
}
