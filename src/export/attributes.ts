import type { Plain } from '../db/convert.js';
import { textIn, type Language } from '../model/languages.js';
import type { EdgeRow, EntityRow, SubgraphRow } from '../read/rows.js';

export type Attributes = Record<string, Plain>;
export type AttributeType = 'boolean' | 'integer' | 'double' | 'string' | 'liststring';

/** Stored for the search index only; not a fact about the entity. */
const INTERNAL = new Set(['aliasText']);

/**
 * A node as a flat record for a file: `id`, `label` (its name in the language asked), `kind`,
 * then every stored property. Relationship fields a GraphQL selection added (`@…`) are left out,
 * so a file holds the same whatever the query around it selected.
 */
export function nodeAttributes(node: EntityRow, lang: Language): Attributes {
  const out: Attributes = { id: node.id, label: textIn(node, 'name', lang) ?? node.id, kind: node.kind };
  for (const [key, value] of Object.entries(node)) {
    if (key in out || key.startsWith('@') || INTERNAL.has(key) || value === null) continue;
    out[key] = value;
  }
  return out;
}

/** A link as a flat record: `id`, `source`, `target`, `relation` (its type), `label`, then its properties. */
export function edgeAttributes(edge: EdgeRow): Attributes {
  const out: Attributes = { id: edge.id, source: edge.__from, target: edge.__to, relation: edge.__type, label: edge.__type };
  for (const [key, value] of Object.entries(edge)) {
    if (key in out || key.startsWith('__') || value === null) continue;
    out[key] = value;
  }
  return out;
}

/** Both record lists of a subgraph, with the union of their keys (fixed ones first, then by name). */
export function tables(subgraph: SubgraphRow, lang: Language) {
  const nodes = subgraph.nodes.map((n) => nodeAttributes(n, lang));
  const edges = subgraph.edges.map(edgeAttributes);
  return {
    nodes,
    edges,
    nodeColumns: columns(nodes, ['id', 'label', 'kind']),
    edgeColumns: columns(edges, ['id', 'source', 'target', 'relation', 'label']),
  };
}

function columns(records: readonly Attributes[], leading: readonly string[]): string[] {
  const rest = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) if (!leading.includes(key)) rest.add(key);
  return [...leading, ...[...rest].sort()];
}

/** The narrowest type every value of a column fits (dates are ISO strings; lists of strings are `liststring`). */
export function columnType(records: readonly Attributes[], key: string): AttributeType {
  const values = records.map((r) => r[key]).filter((v) => v !== undefined && v !== null);
  if (values.length === 0) return 'string';
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number' && Number.isSafeInteger(v))) return 'integer';
  if (values.every((v) => typeof v === 'number')) return 'double';
  if (values.every((v) => Array.isArray(v) && v.every((item) => typeof item === 'string'))) return 'liststring';
  return 'string';
}

/** A value as text for XML and CSV: lists and maps as JSON, so nothing is lost or ambiguous. */
export function asText(value: Plain | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
