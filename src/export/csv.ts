import { stringify } from 'csv-stringify/sync';
import type { Plain } from '../db/convert.js';
import type { Language } from '../model/languages.js';
import { asSpreadsheetText } from '../model/spreadsheet-text.js';
import type { SubgraphRow } from '../read/rows.js';
import { asText, tables, type Attributes } from './attributes.js';

/**
 * CSV (RFC 4180) with a header row: the nodes (`id,label,kind,…`) or the edges
 * (`id,source,target,relation,label,…`), the columns Gephi's and pandas' importers expect.
 * Every cell goes through `csvCell`, the one place the formula rule is applied.
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
    records.map((record) => columns.map((column) => csvCell(record[column]))),
    { header: true, columns: columns.map(csvCell), record_delimiter: 'windows' },
  );
}

/**
 * A value as a CSV cell: text goes through the spreadsheet rule (src/model/spreadsheet-text.ts);
 * numbers (a stored `position`, `year` or `version`) stay numbers, even negative ones.
 */
export function csvCell(value: Plain | undefined): string {
  const cell = asText(value);
  return typeof value === 'number' ? cell : asSpreadsheetText(cell);
}
