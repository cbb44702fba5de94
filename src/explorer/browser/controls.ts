// The controls that change the state: the filter check boxes (built from src/model, so a new kind
// or relation type shows up without editing the page), the date input and the year slider.
import { ENTITY_KINDS, KIND_COLOURS } from '../../model/kinds.js';
import { BASES, CLAIM_STATUSES, RELATION_TYPES } from '../../model/relations.js';
import { $, element, words } from './dom.js';
import type { Filters, ViewState } from './state.js';

const GROUPS: Array<{ key: keyof Filters; fieldset: string; values: readonly string[] }> = [
  { key: 'kinds', fieldset: '#filter-kinds', values: ENTITY_KINDS },
  { key: 'types', fieldset: '#filter-types', values: RELATION_TYPES },
  { key: 'bases', fieldset: '#filter-bases', values: BASES },
  { key: 'statuses', fieldset: '#filter-statuses', values: CLAIM_STATUSES },
];

/** One check box per value, checked when shown; `change` gets the new hidden sets. */
export function buildFilters(change: (hide: Filters) => void): void {
  for (const { key, fieldset, values } of GROUPS) {
    const set = $(fieldset);
    for (const value of values) {
      const box = element('input', { type: 'checkbox', value, checked: true });
      box.dataset.filter = key;
      const label = element('label', {}, box, ' ', words(value));
      if (key === 'kinds') {
        const dot = element('span', { className: 'dot' });
        dot.style.background = KIND_COLOURS[value as keyof typeof KIND_COLOURS];
        label.prepend(dot);
      }
      set.append(label);
    }
  }
  $('#filters').addEventListener('change', () => change(readFilters()));
}

function readFilters(): Filters {
  const hidden = (key: keyof Filters) =>
    [...document.querySelectorAll<HTMLInputElement>(`#filters input[data-filter="${key}"]`)]
      .filter((box) => !box.checked)
      .map((box) => box.value);
  return { kinds: hidden('kinds'), types: hidden('types'), bases: hidden('bases'), statuses: hidden('statuses') } as Filters;
}

/** Puts the state into the controls (after a reload, back or forward). */
export function showState(state: ViewState): void {
  for (const box of document.querySelectorAll<HTMLInputElement>('#filters input[data-filter]')) {
    const key = box.dataset.filter as keyof Filters;
    box.checked = !(state.hide[key] as string[]).includes(box.value);
  }
  $<HTMLSelectElement>('#lang').value = state.lang;
  $<HTMLSelectElement>('#depth').value = String(state.depth);
  document.documentElement.lang = state.lang.toLowerCase();
  $<HTMLInputElement>('#date').value = state.asOf ?? '';
  const slider = $<HTMLInputElement>('#year');
  slider.value = state.asOf ? state.asOf.slice(0, 4) : slider.max;
  const text = state.asOf ?? 'all time';
  slider.setAttribute('aria-valuetext', text);
  $('#year-label').textContent = text;
  for (const button of document.querySelectorAll<HTMLButtonElement>('#views button')) {
    button.setAttribute('aria-pressed', String(button.dataset.view === state.view));
  }
  $('#matrix-view').hidden = state.view !== 'matrix';
  $('#graph').hidden = state.view !== 'graph';
  $('#table-view').hidden = state.view !== 'table';
  $<HTMLButtonElement>('#depth').disabled = state.view === 'matrix';
}

/** The day a year of the slider stands for: its last day, so a year shows what it ended with. */
export function yearToDate(year: number): string {
  return `${year}-12-31`;
}
