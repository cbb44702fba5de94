import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

/** A Cypher statement from a `<name>.cypher` file of a folder of cypher/. */
export interface CypherQuery {
  name: string;
  text: string;
}

/**
 * Loads every `.cypher` file of a folder once, at start. Asking for a query that has no file is
 * a programming error and fails at start (see `requireQueries`), not on the first request.
 */
export function loadQueries(dir: string): Map<string, CypherQuery> {
  const queries = new Map<string, CypherQuery>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()) {
    const name = basename(file, '.cypher');
    queries.set(name, { name, text: stripComments(readFileSync(join(dir, file), 'utf8')) });
  }
  return queries;
}

/** Fails fast, naming every missing file. */
export function requireQueries<const N extends string>(queries: Map<string, CypherQuery>, names: readonly N[]): Record<N, CypherQuery> {
  const missing = names.filter((name) => !queries.has(name));
  if (missing.length) throw new Error(`missing Cypher files: ${missing.map((m) => `${m}.cypher`).join(', ')}`);
  return Object.fromEntries(names.map((name) => [name, queries.get(name)])) as Record<N, CypherQuery>;
}

/**
 * Statements files: several statements separated by `;` at the end of a line (schema files).
 */
export function loadStatements(file: string): string[] {
  return stripComments(readFileSync(file, 'utf8'))
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Drops `//` line comments (the files explain themselves to readers; Neo4j needs none of it). */
function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}
