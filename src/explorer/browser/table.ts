// The table view: what the graph holds on screen, as a table a keyboard and a screen reader can
// use. Sorted by a column when its header button is pressed (again for the other direction);
// each name is a button that opens the entity's details.
import type { Core } from 'cytoscape';
import { element, words } from './dom.js';

interface Row {
  id: string;
  name: string;
  kind: string;
  links: number;
}

type Column = keyof Row;
const COLUMNS: Array<{ key: Column; title: string }> = [
  { key: 'name', title: 'Name' },
  { key: 'kind', title: 'Kind' },
  { key: 'id', title: 'Id' },
  { key: 'links', title: 'Links on screen' },
];

let sort: { key: Column; ascending: boolean } = { key: 'name', ascending: true };

export function renderTable(cy: Core, box: HTMLElement, open: (id: string) => void): void {
  const visible = cy
    .nodes(':visible')
    .filter((node) => !node.hasClass('left'))
    .nodes();
  const rows: Row[] = visible.map((node) => ({
    id: node.id(),
    name: String(node.data('label') ?? node.id()),
    kind: words(String(node.data('kind'))),
    links: node.connectedEdges(':visible').filter((edge) => !edge.hasClass('left')).length,
  }));
  const { key, ascending } = sort;
  rows.sort((a, b) => {
    const order = typeof a[key] === 'number' ? Number(a[key]) - Number(b[key]) : String(a[key]).localeCompare(String(b[key]));
    return ascending ? order : -order;
  });
  const head = element(
    'tr',
    {},
    ...COLUMNS.map((column) => {
      const button = element('button', { type: 'button' }, column.title);
      button.dataset.sort = column.key;
      button.addEventListener('click', () => {
        sort = { key: column.key, ascending: sort.key === column.key ? !sort.ascending : true };
        renderTable(cy, box, open);
        box.querySelector<HTMLButtonElement>(`button[data-sort="${column.key}"]`)?.focus();
      });
      const th = element('th', { scope: 'col' }, button);
      th.setAttribute('aria-sort', column.key === key ? (ascending ? 'ascending' : 'descending') : 'none');
      return th;
    }),
  );
  const body = element('tbody', {});
  for (const row of rows) {
    const name = element('button', { type: 'button', className: 'open' }, row.name);
    name.addEventListener('click', () => open(row.id));
    const tr = element(
      'tr',
      {},
      element('th', { scope: 'row' }, name),
      element('td', {}, row.kind),
      element('td', {}, row.id),
      element('td', {}, String(row.links)),
    );
    tr.dataset.id = row.id;
    body.append(tr);
  }
  box.replaceChildren(
    element('table', { id: 'entity-table' }, element('caption', {}, `${rows.length} entities on screen`), element('thead', {}, head), body),
  );
}
