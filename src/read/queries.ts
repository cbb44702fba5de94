import { join } from 'node:path';
import { loadQueries, requireQueries } from '../db/cypher.js';
import { CYPHER_DIR } from '../paths.js';
import { parseTemplate, type Template } from './template.js';

/** Every file of cypher/queries, each the statement of one or more root fields (src/read/fields). */
export const QUERY_NAMES = [
  'crcArticle',
  'crcArticles',
  'history',
  'implementationCoverage',
  'institutions',
  'institutionsConnection',
  'instrument',
  'instruments',
  'instrumentsConnection',
  'neighborhood',
  'node',
  'paths',
  'recommendations',
  'recommendationsConnection',
  'search',
  'searchConnection',
  'subgraph',
  'timeline',
  'tokens',
  'wholeGraph',
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

export type Queries = Readonly<Record<QueryName, Template>>;

/**
 * The read path's statements, loaded and checked when the service starts: every name above has
 * its file, every file is one of them (a file no code uses is a mistake too), and every slot in
 * them is one the renderer knows (template.ts).
 */
export function loadReadQueries(dir = join(CYPHER_DIR, 'queries')): Queries {
  const files = loadQueries(dir);
  const unused = [...files.keys()].filter((name) => !(QUERY_NAMES as readonly string[]).includes(name));
  if (unused.length) throw new Error(`cypher/queries: no root field uses ${unused.map((n) => `${n}.cypher`).join(', ')} (see QUERY_NAMES)`);
  const queries = requireQueries(files, QUERY_NAMES);
  return Object.fromEntries(QUERY_NAMES.map((name) => [name, parseTemplate(name, queries[name].text)])) as Record<QueryName, Template>;
}
