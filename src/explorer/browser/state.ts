// The whole view as one value, and that value as a URL: what is on screen (the entities pinned,
// the ones expanded, a path's two ends), the centre, the depth, the date, the filters, the
// language and the view. Every change goes through the URL, so back, forward, reload and a copied
// link all show the same view.
import { ENTITY_KINDS, type EntityKind } from '../../model/kinds.js';
import { isLanguage, type Language } from '../../model/languages.js';
import { BASES, CLAIM_STATUSES, RELATION_TYPES, type Basis, type ClaimStatus, type RelationType } from '../../model/relations.js';

/** The coverage matrix, the graph, or what the graph holds as a table. */
export type ViewName = 'matrix' | 'graph' | 'table';
const VIEWS: readonly ViewName[] = ['matrix', 'graph', 'table'];

export interface Filters {
  kinds: EntityKind[];
  types: RelationType[];
  bases: Basis[];
  statuses: ClaimStatus[];
}

export interface ViewState {
  view: ViewName;
  /** Entities drawn as they are, with the links between them. */
  ids: string[];
  /** Entities drawn with their neighbourhood. */
  expanded: string[];
  /** The two ends of the paths drawn, when there are. */
  from: string | null;
  to: string | null;
  centre: string | null;
  depth: 1 | 2;
  /** The day the view stands on (YYYY-MM-DD), or null for all time. */
  asOf: string | null;
  lang: Language;
  /** What is hidden. */
  hide: Filters;
}

/** The bibliography (sources and what they cite) is hidden until asked for: the law alone first. */
const HIDDEN_TYPES: RelationType[] = ['SUPPORTED_BY', 'CITES'];

export function initialState(): ViewState {
  return {
    view: 'matrix',
    ids: [],
    expanded: [],
    from: null,
    to: null,
    centre: null,
    depth: 1,
    asOf: null,
    lang: 'EN',
    hide: { kinds: [], types: [...HIDDEN_TYPES], bases: [], statuses: [] },
  };
}

export function toSearch(state: ViewState): string {
  const params = new URLSearchParams();
  params.set('view', state.view);
  if (state.ids.length) params.set('ids', state.ids.join(','));
  if (state.expanded.length) params.set('expand', state.expanded.join(','));
  if (state.from && state.to) {
    params.set('from', state.from);
    params.set('to', state.to);
  }
  if (state.centre) params.set('centre', state.centre);
  if (state.depth !== 1) params.set('depth', String(state.depth));
  if (state.asOf) params.set('asOf', state.asOf);
  if (state.lang !== 'EN') params.set('lang', state.lang);
  params.set('hideKinds', state.hide.kinds.join(','));
  params.set('hideTypes', state.hide.types.join(','));
  params.set('hideBases', state.hide.bases.join(','));
  params.set('hideStatuses', state.hide.statuses.join(','));
  return `?${params.toString()}`;
}

/** Reads a URL back; anything unknown in it is dropped, not trusted. `?id=` (the old link) still opens an entity. */
export function fromSearch(search: string): ViewState {
  const params = new URLSearchParams(search);
  const state = initialState();
  const legacy = params.get('id');
  if (legacy) return { ...state, view: 'graph', expanded: [legacy], centre: legacy };
  state.view = known(params.get('view'), VIEWS, ['matrix'])[0] ?? 'matrix';
  state.ids = list(params.get('ids'));
  state.expanded = list(params.get('expand'));
  state.from = params.get('from');
  state.to = state.from ? params.get('to') : null;
  if (!state.to) state.from = null;
  state.centre = params.get('centre');
  state.depth = params.get('depth') === '2' ? 2 : 1;
  const asOf = params.get('asOf');
  state.asOf = asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null;
  const lang = params.get('lang')?.toUpperCase() ?? 'EN';
  state.lang = isLanguage(lang) ? lang : 'EN';
  state.hide = {
    kinds: known(params.get('hideKinds'), ENTITY_KINDS, state.hide.kinds),
    types: known(params.get('hideTypes'), RELATION_TYPES, state.hide.types),
    bases: known(params.get('hideBases'), BASES, state.hide.bases),
    statuses: known(params.get('hideStatuses'), CLAIM_STATUSES, state.hide.statuses),
  };
  return state;
}

function list(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function known<T extends string>(value: string | null, allowed: readonly T[], fallback: T[]): T[] {
  if (value === null) return fallback;
  return list(value).filter((item): item is T => (allowed as readonly string[]).includes(item));
}

/** The relation types the service should follow: null (all) when none is hidden. */
export function followedTypes(state: ViewState): RelationType[] | null {
  if (state.hide.types.length === 0) return null;
  return RELATION_TYPES.filter((type) => !state.hide.types.includes(type));
}
