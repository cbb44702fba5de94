import { describe, expect, it } from 'vitest';
import { TYPE_OF_KIND } from '../../src/model/kinds.js';
import { ID_PATTERN } from '../../src/model/properties.js';
import { RELATIONS, type RelationSpec } from '../../src/model/relations.js';
import { generateState, jurisdictionCode, ORIGIN, stateId } from '../../src/synthetic/generate.js';

/** The synthetic States follow the model the real dataset follows, and are reproducible. */
describe('synthetic States', () => {
  const states = [1, 2, 42, 200].map(generateState);

  it('gives the same State for the same number', () => {
    expect(JSON.stringify(generateState(42))).toBe(JSON.stringify(states[2]));
    expect(JSON.stringify(generateState(43))).not.toBe(JSON.stringify(states[2]));
  });

  it('uses the id scheme with a synthetic State prefix, and marks everything generated', () => {
    expect(stateId(42)).toBe('s042');
    expect([jurisdictionCode(1), jurisdictionCode(42), jurisdictionCode(200)]).toEqual(['XAB', 'XBQ', 'XHS']);
    const state = states[2]!;
    expect(state.entities.some((e) => e.id === 's042:law:0007' || e.id === 's042:code:0007' || e.id === 's042:decree:0007')).toBe(true);
    for (const entity of state.entities) {
      expect(entity.id).toMatch(ID_PATTERN);
      expect(entity.props['origin']).toBe(ORIGIN);
      expect(typeof entity.props['name_en']).toBe('string');
      expect(Object.values(TYPE_OF_KIND)).toContain(entity.label);
    }
    for (const link of state.links) expect(link.props['origin']).toBe(ORIGIN);
  });

  it('has a constitution, 20 to 200 laws with provisions, institutions, recommendations and sources', () => {
    for (const state of states) {
      const kinds = (kind: string) => state.entities.filter((e) => e.props['kind'] === kind).length;
      expect(kinds('CONSTITUTION')).toBe(1);
      const laws = kinds('LAW') + kinds('CODE') + kinds('DECREE');
      expect(laws).toBeGreaterThanOrEqual(20);
      expect(laws).toBeLessThanOrEqual(200);
      expect(kinds('PROVISION')).toBeGreaterThan(laws);
      expect(kinds('INSTITUTION')).toBeGreaterThanOrEqual(10);
      expect(kinds('RECOMMENDATION')).toBeGreaterThanOrEqual(30);
      expect(kinds('SOURCE')).toBeGreaterThan(20);
    }
  });

  it('links only what exists (in the State, or the CRC and its protocols) and respects the model', () => {
    for (const state of states) {
      const kindOf = new Map(state.entities.map((e) => [e.id, e.props['kind'] as string]));
      const external = (id: string) =>
        /^crc:art:\d+$/.test(id)
          ? 'PROVISION'
          : ['crc'].includes(id)
            ? 'CONVENTION'
            : ['opac', 'opsc'].includes(id)
              ? 'OPTIONAL_PROTOCOL'
              : undefined;
      const ids = new Set<string>();
      for (const link of state.links) {
        expect(ids.has(link.id), link.id).toBe(false);
        ids.add(link.id);
        const spec: RelationSpec = RELATIONS[link.type];
        const from = kindOf.get(link.from) ?? external(link.from);
        const to = kindOf.get(link.to) ?? external(link.to);
        expect(spec.from, `${link.id} from a ${from}`).toContain(from);
        expect(spec.to, `${link.id} to a ${to}`).toContain(to);
        if (spec.provenance) {
          expect(['OFFICIAL', 'EDITORIAL', 'SEED_PAPER']).toContain(link.props['basis']);
          const sources = link.props['sources'] as string[];
          expect(sources.length).toBeGreaterThan(0);
          for (const source of sources) expect(kindOf.get(source)).toBe('SOURCE');
        }
      }
      const supported = new Set(state.links.filter((l) => l.type === 'SUPPORTED_BY').map((l) => l.from));
      for (const entity of state.entities) if (entity.props['kind'] !== 'SOURCE') expect(supported.has(entity.id), entity.id).toBe(true);
      expect(state.links.filter((l) => l.type === 'IMPLEMENTS').length).toBeGreaterThan(20);
    }
  });
});
