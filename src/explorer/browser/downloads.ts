// Downloads of the current view: the service's exports of the entities on screen as of the view's
// day (a GET link, or a posted form when the URL would be too long), a PNG drawn by Cytoscape
// itself, and the matrix as CSV.
import type { Core } from 'cytoscape';
import { asSpreadsheetText } from '../../model/spreadsheet-text.js';
import { element } from './dom.js';
import type { ExplorerCoverageQuery } from './generated/graphql.js';
import { followedTypes, type ViewState } from './state.js';

const MAX_GET_URL = 6000;
/** Print resolution: three times the screen's pixels. */
const PNG_SCALE = 3;

export function exportUrl(format: string, ids: readonly string[], state: ViewState): string {
  const params = new URLSearchParams({ ids: ids.join(','), lang: state.lang });
  if (state.asOf) params.set('asOf', state.asOf);
  const types = followedTypes(state);
  if (types) params.set('relationTypes', types.join(','));
  return `/export/${format}?${params.toString()}`;
}

/** Gephi Lite opens a graph file from its address (`?file=`); the export routes allow any origin (CORS). */
const GEPHI_LITE = 'https://gephi.org/gephi-lite/';

export function updateDownloads(ids: readonly string[], state: ViewState): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#downloads a[data-format]')) {
    const url = exportUrl(a.dataset.format ?? '', ids, state);
    a.href = ids.length ? url : '#';
    a.toggleAttribute('aria-disabled', ids.length === 0);
    a.dataset.post = String(url.length > MAX_GET_URL);
  }
  const gexf = new URL(exportUrl('gexf', ids, state), location.origin).toString();
  const gephi = document.querySelector<HTMLAnchorElement>('#gephi-lite');
  if (!gephi) return;
  gephi.href = ids.length && gexf.length <= MAX_GET_URL ? `${GEPHI_LITE}?file=${encodeURIComponent(gexf)}` : '#';
  gephi.toggleAttribute('aria-disabled', gephi.href.endsWith('#'));
}

export function postDownload(format: string, ids: readonly string[], state: ViewState): void {
  const form = element('form', { method: 'post', action: `/export/${format}` });
  const fields: Record<string, string> = { ids: ids.join(','), lang: state.lang };
  if (state.asOf) fields.asOf = state.asOf;
  const types = followedTypes(state);
  if (types) fields.relationTypes = types.join(',');
  for (const [name, value] of Object.entries(fields)) form.append(element('input', { type: 'hidden', name, value }));
  document.body.append(form);
  form.submit();
  form.remove();
}

function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = element('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadPng(cy: Core, state: ViewState): void {
  const blob = cy.png({ full: true, scale: PNG_SCALE, output: 'blob', bg: '#ffffff' });
  save(blob, `explorer${state.asOf ? `-${state.asOf}` : ''}.png`);
}

/** One row per article, one column per instrument: the strongest basis of the cell, or empty. */
export function downloadMatrixCsv(table: HTMLTableElement | null, coverage: ExplorerCoverageQuery | null, state: ViewState): void {
  if (!table || !coverage) return;
  const quote = (text: string) => `"${asSpreadsheetText(text).replaceAll('"', '""')}"`;
  const rows = [...table.querySelectorAll('tr')]
    .filter((row) => !row.classList.contains('cluster'))
    .map((row) =>
      [...row.children].map((cell) => {
        const button = cell.querySelector<HTMLButtonElement>('button.cell');
        return quote(button ? (button.dataset.basis ?? '') : (cell.textContent ?? '').trim());
      }),
    );
  const csv = rows.map((row) => row.join(',')).join('\r\n');
  save(new Blob([csv], { type: 'text/csv' }), `coverage${state.asOf ? `-${state.asOf}` : ''}.csv`);
}
