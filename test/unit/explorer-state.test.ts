import { describe, expect, it } from 'vitest';
import { followedTypes, fromSearch, initialState, toSearch, type ViewState } from '../../src/explorer/browser/state.js';
import { RELATION_TYPES } from '../../src/model/relations.js';

/** The explorer's view in its URL: what goes in comes back, and nothing unknown gets in. */
describe('the explorer state in a URL', () => {
  it('reads back every part of the view it wrote', () => {
    const state: ViewState = {
      view: 'graph',
      ids: ['crc:art:28', 'kz:law:education'],
      expanded: ['area:education'],
      from: 'kz:challenge:bride-kidnapping',
      to: 'kz:law:rights-of-child',
      centre: 'crc:art:28',
      depth: 2,
      asOf: '2022-06-11',
      lang: 'KK',
      hide: { kinds: ['SOURCE', 'DOCUMENT'], types: [], bases: ['SEED_PAPER'], statuses: ['CONTESTED'] },
    };
    expect(fromSearch(toSearch(state))).toEqual(state);
    expect(fromSearch(toSearch(initialState()))).toEqual(initialState());
  });

  it('drops what it does not know instead of trusting it', () => {
    expect(fromSearch('?view=table').view).toBe('table');
    const state = fromSearch('?view=chart&depth=9&asOf=yesterday&lang=xx&hideKinds=LAW,NOPE&hideTypes=PART_OF,DROP&from=a');
    expect(state.view).toBe('matrix');
    expect(state.depth).toBe(1);
    expect(state.asOf).toBeNull();
    expect(state.lang).toBe('EN');
    expect(state.hide.kinds).toEqual(['LAW']);
    expect(state.hide.types).toEqual(['PART_OF']);
    // A path needs both ends.
    expect([state.from, state.to]).toEqual([null, null]);
  });

  it('opens the old ?id= links in the graph', () => {
    const state = fromSearch('?id=crc:art:19');
    expect(state).toMatchObject({ view: 'graph', expanded: ['crc:art:19'], centre: 'crc:art:19' });
  });

  it('hides the bibliography at first, and asks the service for every other relation type', () => {
    const state = initialState();
    expect(state.hide.types).toEqual(['SUPPORTED_BY', 'CITES']);
    expect(followedTypes(state)).toEqual(RELATION_TYPES.filter((type) => type !== 'SUPPORTED_BY' && type !== 'CITES'));
    expect(followedTypes({ ...state, hide: { ...state.hide, types: [] } })).toBeNull();
  });
});
