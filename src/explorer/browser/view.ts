// Draws the state: the matrix or the graph, the panel's details, the legend, the status line and
// the download links. A render that a newer one overtook (a fast "play") is dropped.
import type { Core } from 'cytoscape';
import { KIND_COLOURS, isEntityKind } from '../../model/kinds.js';
import { request } from './api.js';
import { $, element, words } from './dom.js';
import { updateDownloads } from './downloads.js';
import { ExplorerDetailsDocument, type ExplorerCoverageQuery } from './generated/graphql.js';
import { applyFilters, draw, visibleIds } from './graph.js';
import { loadCoverage, loadDrawing } from './load.js';
import { matrixLegend, renderMatrix, type Cell } from './matrix.js';
import { renderDetails } from './panel.js';
import { renderTable } from './table.js';
import type { ViewState } from './state.js';

export interface View {
  render(state: ViewState, highlight: boolean): Promise<void>;
  details(id: string, state: ViewState): Promise<void>;
  relabel(state: ViewState): Promise<void>;
  coverage(): ExplorerCoverageQuery | null;
}

export function createView(cy: Core, openCell: (cell: Cell) => Promise<void>): View {
  let generation = 0;
  let coverage: ExplorerCoverageQuery | null = null;
  $('#matrix-legend').replaceChildren(...matrixLegend());

  async function renderMatrixView(state: ViewState, mine: number): Promise<void> {
    const box = $('#matrix');
    box.setAttribute('aria-busy', 'true');
    const data = await loadCoverage(state);
    if (mine !== generation) return;
    coverage = data;
    box.replaceChildren(renderMatrix(data, state.hide, (cell) => void openCell(cell)));
    box.dataset.asOf = state.asOf ?? '';
    box.removeAttribute('aria-busy');
    $('#status').textContent =
      `Coverage as of ${state.asOf ?? 'all time'}: ${data.implementationCoverage.coveredCount} of ${data.crcArticles.length} articles implemented.`;
    updateDownloads([], state);
  }

  async function renderGraphView(state: ViewState, highlight: boolean, mine: number): Promise<void> {
    const graph = $('#graph');
    graph.setAttribute('aria-busy', 'true');
    const { drawing, problems } = await loadDrawing(state);
    if (mine !== generation) return;
    const change = draw(cy, drawing, state.lang, highlight);
    cy.nodes().removeClass('centre end');
    if (state.centre) cy.getElementById(state.centre).addClass('centre');
    for (const end of [state.from, state.to]) if (end) cy.getElementById(end).addClass('end');
    applyFilters(cy, state.hide);
    graph.dataset.asOf = state.asOf ?? '';
    graph.removeAttribute('aria-busy');
    legend();
    const ids = visibleIds(cy);
    const cut = drawing.truncated ? ' (cut at 150 nodes per expansion)' : '';
    $('#status').textContent =
      `${ids.length} nodes, ${cy.edges(':visible').filter((edge) => !edge.hasClass('left')).length} links as of ${state.asOf ?? 'all time'}${cut}${problems.length ? `; ${problems.join('; ')}` : ''}`;
    $('#change').textContent = highlight ? `since the last step: ${change.entered} entered, ${change.left} left` : '';
    updateDownloads(ids, state);
    if (state.view === 'table') renderTable(cy, $('#table-view'), (id) => void details(id, state));
    if (state.centre) await details(state.centre, state);
  }

  /** One coloured dot per kind on screen. */
  function legend(): void {
    const kinds = [...new Set(cy.nodes(':visible').map((node) => String(node.data('kind'))))].sort();
    $('#legend').replaceChildren(
      ...kinds.map((kind) => {
        const dot = element('span', { className: 'dot' });
        dot.style.background = isEntityKind(kind) ? KIND_COLOURS[kind] : '#999';
        return element('li', {}, dot, words(kind));
      }),
    );
  }

  async function details(id: string, state: ViewState): Promise<void> {
    const panel = $('#panel');
    panel.setAttribute('aria-busy', 'true');
    try {
      const { node } = await request(ExplorerDetailsDocument, { id, lang: state.lang });
      panel.replaceChildren(...renderDetails(node), pathButtons(id));
    } catch (error) {
      panel.replaceChildren(element('p', { className: 'error' }, error instanceof Error ? error.message : String(error)));
    } finally {
      panel.removeAttribute('aria-busy');
    }
  }

  return {
    async render(state, highlight) {
      generation += 1;
      const mine = generation;
      try {
        if (state.view === 'matrix') await renderMatrixView(state, mine);
        else await renderGraphView(state, highlight, mine);
      } catch (error) {
        $('#status').textContent = `Could not draw the view: ${error instanceof Error ? error.message : String(error)}`;
      }
    },
    details,
    async relabel(state) {
      if (state.view === 'matrix') await this.render(state, false);
      else if (state.centre) await details(state.centre, state);
    },
    coverage: () => coverage,
  };
}

/** "Paths from here" / "to here": the page picks them up (main.ts) to draw the paths between two entities. */
function pathButtons(id: string): HTMLElement {
  const from = element('button', { type: 'button', className: 'path-from' }, 'Paths from here');
  const to = element('button', { type: 'button', className: 'path-to' }, 'Paths to here');
  from.dataset.id = id;
  to.dataset.id = id;
  return element('p', { className: 'path-buttons' }, from, ' ', to);
}
