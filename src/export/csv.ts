import { stringify } from 'csv-stringify/sync';
import type { Language } from '../model/languages.js';
import type { SubgraphRow } from '../read/rows.js';
import { asText, tables, type Attributes } from './attributes.js';

/**
 * CSV (RFC 4180) with a header row: the nodes (`id,label,kind,…`) or the edges
 * (`id,source,target,relation,label,…`), the columns Gephi's and pandas' importers expect.
 */
export function toNodesCsv(subgraph: SubgraphRow, lang: Language): string {
  const { nodes, nodeColumns } = tables(subgraph, lang);
  return csv(nodes, nodeColumns);
}

export function toEdgesCsv(subgraph: SubgraphRow, lang: Language): string {
  const { edges, edgeColumns } = tables(subgraph, lang);
  return csv(edges, edgeColumns);
}

function csv(records: readonly Attributes[], columns: readonly string[]): string {
  return stringify(
    records.map((record) => columns.map((column) => asText(record[column]))),
    { header: true, columns: [...columns], record_delimiter: 'windows' },
  );
}
