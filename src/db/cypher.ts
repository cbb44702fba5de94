import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { expandInForce } from '../model/in-force.js';
import { PROJECT_ROOT } from '../neo4j-local/install.js';

export const CYPHER_DIR = resolve(PROJECT_ROOT, 'cypher');

/** A Cypher statement from `cypher/queries/<name>.cypher`. */
export interface CypherQuery {
  name: string;
  text: string;
  /** True when the text holds `{{n}}`, where the compiled projection of `n` goes. */
  projects: boolean;
  /** True when the text holds `{{edgeProperties}}`: its links carry only the properties selected. */
  projectsEdges: boolean;
}

const PROJECTION = '{{n}}';
/** Where a subgraph's links list their stored properties: `r { {{edgeProperties}}, __type: type(r) }`. */
const EDGE_PROPERTIES = '{{edgeProperties}}';

/**
 * Loads every `.cypher` file of a folder once, at start. Asking for a query that has no file is
 * a programming error and fails at start (see `requireQueries`), not on the first request.
 * `{{inForce(n, $asOf)}}` is replaced by the in-force rule of src/model/in-force.ts, so the rule
 * is written once for root fields and relationship fields alike.
 */
export function loadQueries(dir = join(CYPHER_DIR, 'queries')): Map<string, CypherQuery> {
  const queries = new Map<string, CypherQuery>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()) {
    const text = expandInForce(stripComments(readFileSync(join(dir, file), 'utf8')));
    const name = basename(file, '.cypher');
    const count = text.split(PROJECTION).length - 1;
    if (count > 1) throw new Error(`${file}: ${PROJECTION} may appear once, found ${count} times`);
    queries.set(name, { name, text, projects: count === 1, projectsEdges: text.includes(EDGE_PROPERTIES) });
  }
  return queries;
}

/** Fails fast, naming every missing file. */
export function requireQueries<const N extends string>(queries: Map<string, CypherQuery>, names: readonly N[]): Record<N, CypherQuery> {
  const missing = names.filter((name) => !queries.has(name));
  if (missing.length) throw new Error(`missing Cypher files in cypher/queries: ${missing.map((m) => `${m}.cypher`).join(', ')}`);
  return Object.fromEntries(names.map((name) => [name, queries.get(name)])) as Record<N, CypherQuery>;
}

/**
 * The statement with a compiled projection in place of `{{n}}`, and the links' property items
 * (`.id, .basis`, or `.*`) in place of `{{edgeProperties}}`.
 */
export function withProjection(query: CypherQuery, projection: string, edgeProperties = '.*'): string {
  return query.text.replace(PROJECTION, projection).replaceAll(EDGE_PROPERTIES, edgeProperties);
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
