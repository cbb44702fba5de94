import { stringify } from 'csv-stringify/sync';
import type { Plain } from '../db/convert.js';
import type { Language } from '../model/languages.js';
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
 * Excel and LibreOffice run a cell that starts with one of these as a formula (OWASP's "CSV
 * injection"): `=HYPERLINK(…)` in a programme's name would become a live link in a researcher's
 * spreadsheet. `-5` in a name is text too, so it is covered; numbers stored as numbers are not.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * A value as a CSV cell. Text that starts with a formula trigger gets a single quote in front,
 * which spreadsheets read as "this cell is text" and do not show; the rest of the value is kept
 * as it is. Numbers (a stored `position`, `year` or `version`) stay numbers, even negative ones.
 */
export function csvCell(value: Plain | undefined): string {
  const cell = asText(value);
  if (typeof value === 'number') return cell;
  return FORMULA_TRIGGERS.has(cell.charAt(0)) ? `'${cell}` : cell;
}
