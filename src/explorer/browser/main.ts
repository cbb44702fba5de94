/**
 * The explorer: a coverage matrix of the Convention, a graph to explore, both as of a day and
 * filtered; the whole view lives in the URL. Bundled by esbuild when the service starts
 * (src/explorer/bundle.ts); it talks to /graphql and /export like any client.
 */
import { request } from './api.js';
import { buildFilters, showState, yearToDate } from './controls.js';
import { $, element } from './dom.js';
import { downloadMatrixCsv, downloadPng, postDownload } from './downloads.js';
import {
  ExplorerCellDocument,
  ExplorerSourcesDocument,
  ExplorerWholeGraphDocument,
  type ExplorerEdgeFragment,
} from './generated/graphql.js';
import { createGraph, draw, layout, relabel, visibleIds } from './graph.js';
import { renderCell, renderEdge } from './panel.js';
import { bindSearch } from './search.js';
import { fromSearch, toSearch, type ViewState } from './state.js';
import { createView } from './view.js';
import type { Cell } from './matrix.js';

const cy = createGraph($('#graph'));
let state = fromSearch(location.search);
const view = createView(cy, openCell);
// For the browser test and for curious users in the console: the graph, the state, and how long
// the first `limit` entities of the whole graph take to lay out (milliseconds).
async function layoutWholeGraph(limit: number): Promise<number> {
  const { wholeGraph } = await request(ExplorerWholeGraphDocument, { limit });
  draw(cy, wholeGraph, state.lang, false);
  const started = performance.now();
  layout(cy);
  return performance.now() - started;
}
Object.assign(window, { explorer: { cy, state: () => state, layoutWholeGraph } });

/** Moves to a new state: a new history entry (or the same one, for the steps of "play"), then a redraw. */
async function go(next: ViewState, options: { replace?: boolean; highlight?: boolean } = {}): Promise<void> {
  state = next;
  const url = `${location.pathname}${toSearch(state)}`;
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  await render(options.highlight ?? false);
}

async function render(highlight: boolean): Promise<void> {
  showState(state);
  await view.render(state, highlight);
}

async function openCell(cell: Cell): Promise<void> {
  const panel = $('#panel');
  panel.setAttribute('aria-busy', 'true');
  try {
    const data = await request(ExplorerCellDocument, { number: cell.articleNumber, asOf: state.asOf, lang: state.lang });
    const wanted = new Set(cell.links.map((link) => link.id));
    const links = (data.crcArticle?.links ?? []).filter((link) => wanted.has(link.id));
    const by = [...new Set(cell.links.map((link) => link.by))];
    const title = `Art. ${cell.articleNumber} ${data.crcArticle?.name ?? ''}: ${links.length} link(s)`;
    panel.replaceChildren(
      ...renderCell(
        title,
        links,
        () =>
          void go({
            ...state,
            view: 'graph',
            ids: [cell.articleId, cell.instrumentId, ...by],
            expanded: [],
            from: null,
            to: null,
            centre: cell.articleId,
          }),
      ),
    );
  } catch (error) {
    panel.replaceChildren(element('p', { className: 'error' }, error instanceof Error ? error.message : String(error)));
  } finally {
    panel.removeAttribute('aria-busy');
  }
}

async function showEdge(edge: ExplorerEdgeFragment): Promise<void> {
  const names = (id: string) => String(cy.getElementById(id).data('label') ?? id);
  const ids = edgeSources(edge.id);
  const sources = ids.length ? (await request(ExplorerSourcesDocument, { ids, lang: state.lang })).subgraph.nodes : [];
  $('#panel').replaceChildren(...renderEdge(edge, names, sources));
}

function edgeSources(id: string): string[] {
  const data: unknown = cy.getElementById(id).data('sourceIds');
  return Array.isArray(data) ? data.map(String) : [];
}

buildFilters((hide) => void go({ ...state, hide }));
bindSearch(
  () => state,
  (id) => void go({ ...state, view: 'graph', expanded: [id], ids: [], from: null, to: null, centre: id }),
);

cy.on('tap', 'node', (event) => {
  const id = (event.target as { id(): string }).id();
  if (state.expanded.includes(id)) void view.details(id, state);
  else void go({ ...state, expanded: [...state.expanded, id], centre: id });
});
cy.on('tap', 'edge', (event) => void showEdge((event.target as { data(): ExplorerEdgeFragment }).data()));

$('#views').addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-view]');
  const name = button?.dataset.view;
  if (name === 'matrix' || name === 'graph' || name === 'table') void go({ ...state, view: name });
});
$('#lang').addEventListener('change', () => {
  const lang = $<HTMLSelectElement>('#lang').value;
  if (lang === 'EN' || lang === 'KK' || lang === 'RU') {
    state = { ...state, lang };
    history.pushState(null, '', `${location.pathname}${toSearch(state)}`);
    showState(state);
    relabel(cy, lang);
    void view.relabel(state);
  }
});
$('#depth').addEventListener('change', () => void go({ ...state, depth: $<HTMLSelectElement>('#depth').value === '2' ? 2 : 1 }));
$('#date').addEventListener('change', () => {
  const value = $<HTMLInputElement>('#date').value;
  void go({ ...state, asOf: value || null }, { highlight: true });
});
$('#year').addEventListener(
  'change',
  () => void go({ ...state, asOf: yearToDate(Number($<HTMLInputElement>('#year').value)) }, { highlight: true }),
);
$('#all-time').addEventListener('click', () => void go({ ...state, asOf: null }));
$('#play').addEventListener('click', () => void play());
$('#png').addEventListener('click', () => downloadPng(cy, state));
$('#matrix-csv').addEventListener('click', () => downloadMatrixCsv(document.querySelector('#matrix-table'), view.coverage(), state));
$('#downloads').addEventListener('click', (event) => {
  const a = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-format]');
  if (!a) return;
  const ids = visibleIds(cy);
  if (ids.length === 0) event.preventDefault();
  else if (a.dataset.post === 'true') {
    event.preventDefault();
    postDownload(a.dataset.format ?? '', ids, state);
  }
});
let pathStart: string | null = null;
$('#panel').addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button.path-from, button.path-to');
  const id = button?.dataset.id;
  if (!button || !id) return;
  if (button.classList.contains('path-from') || !pathStart) {
    pathStart = id;
    $('#change').textContent =
      `Paths from ${String(cy.getElementById(id).data('label') ?? id)}: now choose "Paths to here" on another entity.`;
    return;
  }
  const from = pathStart;
  pathStart = null;
  void go({ ...state, view: 'graph', from, to: id, ids: [], expanded: [], centre: null });
});
window.addEventListener('popstate', () => {
  state = fromSearch(location.search);
  void render(false);
});

let playing = false;
/** Steps a year at a time from the slider's year to its end, marking what changed at each step. */
async function play(): Promise<void> {
  const button = $('#play');
  playing = !playing;
  button.setAttribute('aria-pressed', String(playing));
  button.textContent = playing ? 'Stop' : 'Play';
  const slider = $<HTMLInputElement>('#year');
  let year = state.asOf ? Number(state.asOf.slice(0, 4)) : Number(slider.min);
  while (playing && year <= Number(slider.max)) {
    await go({ ...state, asOf: yearToDate(year) }, { replace: true, highlight: true });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    year += 1;
  }
  playing = false;
  button.setAttribute('aria-pressed', 'false');
  button.textContent = 'Play';
}

void render(false);
