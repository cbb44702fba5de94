// The search box: full-text search (EN, KK, RU) as you type, among the entities in force on the
// view's day; choosing a hit opens it in the graph.
import { request } from './api.js';
import { $, element } from './dom.js';
import { ExplorerSearchDocument } from './generated/graphql.js';
import { label } from './graph.js';
import type { ViewState } from './state.js';

export function bindSearch(current: () => ViewState, open: (id: string) => void): void {
  const input = $<HTMLInputElement>('#search');
  const results = $<HTMLUListElement>('#results');
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function search(text: string): Promise<void> {
    if (text.trim().length < 2) {
      results.hidden = true;
      return;
    }
    const state = current();
    try {
      const data = await request(ExplorerSearchDocument, { query: text, asOf: state.asOf });
      const items = data.searchConnection.edges.map(({ node }) => {
        const item = element(
          'li',
          { role: 'option', tabIndex: 0 },
          element('span', { className: 'kind' }, node.kind),
          ' ',
          label(node, state.lang),
        );
        item.dataset.id = node.id;
        return item;
      });
      results.replaceChildren(...(items.length ? items : [element('li', { className: 'empty' }, 'Nothing found.')]));
    } catch (error) {
      results.replaceChildren(element('li', { className: 'error' }, error instanceof Error ? error.message : String(error)));
    }
    results.hidden = false;
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value), 250);
  });
  $('#search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void search(input.value);
  });
  results.addEventListener('click', (event) => {
    const item = (event.target as HTMLElement).closest<HTMLLIElement>('li[data-id]');
    if (!item?.dataset.id) return;
    results.hidden = true;
    open(item.dataset.id);
  });
  results.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') (event.target as HTMLElement).closest<HTMLLIElement>('li[data-id]')?.click();
    if (event.key === 'Escape') {
      results.hidden = true;
      input.focus();
    }
  });
}
