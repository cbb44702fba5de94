// The landing view: the 54 CRC articles, grouped by the Committee's reporting clusters, against
// the domestic instruments implementing them. A cell is coloured by the strongest basis of its
// links (BASES is ordered strongest first); an article nothing implements is marked as a gap,
// a recorded one (a sourced finding that nothing was found) or one nobody has researched yet.
import { BASES, BASIS_COLOURS, type Basis } from '../../model/relations.js';
import { element, words } from './dom.js';
import type { ExplorerCoverageQuery } from './generated/graphql.js';
import type { Filters } from './state.js';

type Coverage = ExplorerCoverageQuery;
type Article = Coverage['crcArticles'][number];
type Instrument = Coverage['implementationCoverage']['articles'][number]['instruments'][number];
export type CellLink = Instrument['links'][number];

export interface Cell {
  articleId: string;
  articleNumber: number;
  instrumentId: string;
  links: CellLink[];
}

/** The strongest basis among the links, or null when none is left. */
export function strongestBasis(links: readonly CellLink[]): Basis | null {
  return BASES.find((basis) => links.some((link) => link.basis === basis)) ?? null;
}

/** The links a cell shows once the filters are applied. */
function shown(links: readonly CellLink[], hide: Filters): CellLink[] {
  return links.filter((link) => !hide.bases.includes(link.basis) && !hide.statuses.includes(link.status));
}

/** Articles grouped under their first cluster, clusters in the order of their first article. */
function groups(articles: Article[]): Array<{ name: string; articles: Article[] }> {
  const byCluster = new Map<string, { name: string; articles: Article[] }>();
  const sorted = [...articles].sort((a, b) => Number(a.number) - Number(b.number));
  for (const article of sorted) {
    const cluster = article.clusters[0];
    const key = cluster?.id ?? 'none';
    const group = byCluster.get(key) ?? { name: cluster?.name ?? 'Not in a cluster', articles: [] };
    group.articles.push(article);
    byCluster.set(key, group);
  }
  return [...byCluster.values()];
}

/** Builds the matrix table; `open` is called with the cell a user activates. */
export function renderMatrix(coverage: Coverage, hide: Filters, open: (cell: Cell) => void): HTMLTableElement {
  const rows = new Map(coverage.implementationCoverage.articles.map((row) => [row.articleId, row.instruments]));
  const recorded = new Set(coverage.implementationCoverage.articles.filter((row) => row.recordedGap).map((row) => row.articleId));
  const columns = new Map<string, Instrument>();
  for (const instruments of rows.values()) {
    for (const instrument of instruments) {
      if (!hide.kinds.includes(instrument.kind) && shown(instrument.links, hide).length) columns.set(instrument.id, instrument);
    }
  }
  const instruments = [...columns.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  const head = element(
    'tr',
    {},
    element('th', { scope: 'col', className: 'corner' }, 'CRC article'),
    ...instruments.map((instrument) =>
      element('th', { scope: 'col', className: 'instrument', title: instrument.name }, element('span', {}, instrument.name)),
    ),
  );
  const table = element('table', { id: 'matrix-table' }, element('caption', {}, caption(coverage)), element('thead', {}, head));
  for (const group of groups(coverage.crcArticles)) {
    const body = element('tbody', {});
    body.append(element('tr', { className: 'cluster' }, element('th', { scope: 'rowgroup', colSpan: instruments.length + 1 }, group.name)));
    for (const article of group.articles) {
      const links = new Map((rows.get(article.id) ?? []).map((instrument) => [instrument.id, shown(instrument.links, hide)]));
      const gap = ![...links.values()].some((cellLinks) => cellLinks.length > 0);
      const row = element('tr', { className: gap ? 'gap' : '' });
      row.dataset.article = article.id;
      row.append(
        element(
          'th',
          { scope: 'row' },
          `${article.number ?? ''}. ${article.name}`,
          gap ? element('span', { className: 'gap-mark' }, recorded.has(article.id) ? ' gap (recorded)' : ' gap (not researched)') : null,
        ),
      );
      for (const instrument of instruments) row.append(cellElement(article, instrument, links.get(instrument.id) ?? [], open));
      body.append(row);
    }
    table.append(body);
  }
  return table;
}

function caption(coverage: Coverage): string {
  const total = coverage.crcArticles.length;
  return `${total} CRC articles, ${coverage.implementationCoverage.coveredCount} implemented in domestic law`;
}

function cellElement(article: Article, instrument: Instrument, links: CellLink[], open: (cell: Cell) => void): HTMLTableCellElement {
  const td = element('td', {});
  const basis = strongestBasis(links);
  if (!basis) return td;
  const contested = links.every((link) => link.status === 'CONTESTED');
  const button = element('button', {
    type: 'button',
    className: contested ? 'cell contested' : 'cell',
    title: `${article.name} · ${instrument.name}: ${links.length} link(s), strongest ${words(basis)}${contested ? ', contested' : ''}`,
  });
  button.setAttribute('aria-label', button.title);
  button.dataset.basis = basis;
  button.dataset.article = article.id;
  button.dataset.instrument = instrument.id;
  button.style.background = BASIS_COLOURS[basis];
  button.addEventListener('click', () =>
    open({ articleId: article.id, articleNumber: Number(article.number), instrumentId: instrument.id, links }),
  );
  td.append(button);
  return td;
}

/** The key: one swatch per basis, and the gap. */
export function matrixLegend(): HTMLElement[] {
  const swatch = (colour: string) => {
    const dot = element('span', { className: 'swatch' });
    dot.style.background = colour;
    return dot;
  };
  return [
    ...BASES.map((basis) => element('li', {}, swatch(BASIS_COLOURS[basis]), words(basis))),
    element(
      'li',
      {},
      element('span', { className: 'swatch gap' }),
      'gap: nothing implements the article (recorded: the sources searched name nothing; not researched: nobody has looked yet)',
    ),
  ];
}
