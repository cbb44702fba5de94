// The side panel: an entity's properties and sources, a matrix cell's links (with their sources
// and claims), a link's sources. Built as DOM nodes.
import { element, externalLink, words } from './dom.js';
import type { ExplorerCellQuery, ExplorerDetailsQuery, ExplorerEdgeFragment, ExplorerSourcesQuery } from './generated/graphql.js';

type Details = NonNullable<ExplorerDetailsQuery['node']>;
type CellLinkDetails = NonNullable<ExplorerCellQuery['crcArticle']>['links'][number];
type SourceRow = { id: string; name: string; url?: string | null; year?: number | null };

export function renderDetails(node: ExplorerDetailsQuery['node']): Node[] {
  if (!node) return [element('p', {}, 'Not found (or not in force on the day chosen).')];
  const extra = node as Details &
    Partial<{ number: string | null; adopted: string | null; registerCode: string | null; url: string | null }> &
    Partial<{ partOf: { name: string } | null; authors: string[]; year: number | null; venue: string | null }>;
  const rows: Array<[string, string | number | null | undefined]> = [
    ['id', node.id],
    ['kind', node.kind],
    ['number', extra.number],
    ['adopted', extra.adopted],
    ['register code', extra.registerCode],
    ['valid from', node.validFrom],
    ['valid to', node.validTo],
    ['part of', extra.partOf?.name],
    ['authors', extra.authors?.join(', ')],
    ['year', extra.year],
    ['venue', extra.venue],
    ['aliases', node.aliases.join(', ')],
    ['verified', node.verified ? 'yes' : 'no'],
  ];
  const table = element('dl', { className: 'properties' });
  for (const [key, value] of rows) {
    if (value !== undefined && value !== null && value !== '') table.append(element('dt', {}, key), element('dd', {}, String(value)));
  }
  const out: Node[] = [element('h2', {}, node.name)];
  if (node.summary) out.push(element('p', { className: 'summary' }, node.summary));
  out.push(table);
  if (extra.url) out.push(element('p', {}, externalLink(extra.url, 'Official text')));
  if (node.note) out.push(element('p', { className: 'note' }, node.note));
  out.push(element('h3', {}, `Sources (${node.sources.length})`), sourceList(node.sources));
  return out;
}

export function sourceList(sources: readonly SourceRow[]): HTMLUListElement {
  return element(
    'ul',
    { className: 'sources' },
    ...sources.map((source) => element('li', {}, externalLink(source.url, source.name), source.year ? ` (${source.year})` : '')),
  );
}

/** A matrix cell: each link with who carries it, its basis and status, its sources and its claims. */
export function renderCell(title: string, links: CellLinkDetails[], openInGraph: () => void): Node[] {
  const button = element('button', { type: 'button', id: 'open-cell' }, 'Open in the graph');
  button.addEventListener('click', openInGraph);
  const list = element('ol', { className: 'links' });
  for (const link of links) {
    const claims = link.claims.map((claim) =>
      element('li', {}, `${claim.property}: ${claim.value} (${words(claim.status)}, ${words(claim.basis)})`),
    );
    list.append(
      element(
        'li',
        { className: link.status === 'CONTESTED' ? 'link contested' : 'link' },
        element('strong', {}, link.from.name),
        ` implements it: ${words(link.basis ?? 'none')}, ${words(link.status ?? 'none')}`,
        link.validFrom || link.validTo ? ` (in force ${link.validFrom ?? '…'} to ${link.validTo ?? '…'})` : '',
        link.note ? element('p', { className: 'note' }, link.note) : null,
        element('h4', {}, `Sources (${link.sources.length})`),
        sourceList(link.sources),
        claims.length ? element('h4', {}, `Claims (${claims.length})`) : null,
        claims.length ? element('ul', { className: 'claims' }, ...claims) : null,
      ),
    );
  }
  return [element('h2', {}, title), button, list];
}

/** A link of the graph: its ends, basis and status, and its sources. */
export function renderEdge(
  edge: ExplorerEdgeFragment,
  names: (id: string) => string,
  sources: ExplorerSourcesQuery['subgraph']['nodes'],
): Node[] {
  return [
    element('h2', {}, `${names(edge.source)} ${words(edge.type)} ${names(edge.target)}`),
    element('p', {}, `basis: ${words(edge.basis ?? 'none')}, status: ${words(edge.status ?? 'none')}`),
    element('h3', {}, `Sources (${sources.length})`),
    sourceList(sources),
  ];
}
