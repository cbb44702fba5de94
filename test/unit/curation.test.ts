import { buildSchema, getIntrospectionQuery, isInputObjectType, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changedFields } from '../../src/curation/audit.js';
import { applyPatch, fieldsOf } from '../../src/curation/entity-state.js';
import { parseLinkId } from '../../src/curation/links.js';
import { problemField } from '../../src/curation/validate.js';
import { COMMON_PROPS, KIND_PROPS } from '../../src/model/properties.js';
import { COMMON_LINK_PROPS, RELATIONS } from '../../src/model/relations.js';
import { operationCost, rememberedOperationCost } from '../../src/server/cost.js';

const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));

describe('curation follows the model', () => {
  it('offers in EntityInput exactly the fields the model allows some kind to have', () => {
    const input = schema.getType('EntityInput');
    if (!isInputObjectType(input)) throw new Error('no EntityInput');
    const model = new Set([...Object.keys(COMMON_PROPS), ...Object.values(KIND_PROPS).flatMap((p) => Object.keys(p)), 'id', 'kind']);
    expect(Object.keys(input.getFields()).sort()).toEqual([...model].sort());
  });

  it('offers in LinkInput exactly the fields some relationship type may carry', () => {
    const input = schema.getType('LinkInput');
    if (!isInputObjectType(input)) throw new Error('no LinkInput');
    const extra = Object.values(RELATIONS).flatMap((spec) => ('extra' in spec ? spec.extra : []) as readonly string[]);
    expect(Object.keys(input.getFields()).sort()).toEqual([...new Set(['type', 'from', 'to', ...COMMON_LINK_PROPS, ...extra])].sort());
  });
});

describe('naming the field of a dataset problem', () => {
  it.each([
    ['entity id "x y" is missing or malformed (letters, digits and : / # . _ -)', 'id'],
    ['x: unknown field "adopted" for kind PERSON', 'adopted'],
    ['x: adopted must be a date written YYYY-MM-DD', 'adopted'],
    ['x: sources refers to "src:nope", which is not defined', 'sources'],
    ['x: name.en is required', 'name'],
    ['x: needs at least one source', 'sources'],
    ['x: a PROVISION needs partOf', 'partOf'],
    ['link a -IMPLEMENTS-> b: to refers to "b", a SOURCE (expected PROVISION)', 'to'],
    ['link a -IMPLEMENTS-> b: basis must be one of OFFICIAL, SEED_PAPER, EDITORIAL', 'basis'],
    ['link a -X-> b: unknown type "X"', 'type'],
    ['x: something else entirely', undefined],
  ])('%s → %s', (message, field) => {
    expect(problemField(message)).toBe(field);
  });
});

describe('entity state', () => {
  const stored = {
    id: 'kz:law:x',
    kind: 'LAW',
    props: {
      id: 'kz:law:x',
      kind: 'LAW',
      name_en: 'X',
      name_ru: 'Икс',
      adopted: '2020-01-01',
      origin: 'dataset',
      aliasText: 'x',
      version: 3,
    },
    sources: ['src:a', 'src:b'],
    partOf: null,
  };

  it('rebuilds the fields of the dataset files from what the graph stores', () => {
    expect(fieldsOf(stored)).toEqual({
      id: 'kz:law:x',
      kind: 'LAW',
      name: { en: 'X', ru: 'Икс' },
      adopted: '2020-01-01',
      sources: ['src:a', 'src:b'],
    });
  });

  it('replaces given fields, removes null ones, keeps the rest', () => {
    const next = applyPatch(fieldsOf(stored), { adopted: null, note: 'n', name: { en: 'Y', kk: null } });
    expect(next).toEqual({ id: 'kz:law:x', kind: 'LAW', name: { en: 'Y' }, note: 'n', sources: ['src:a', 'src:b'] });
    expect(changedFields(fieldsOf(stored) as never, next as never)).toEqual(['adopted', 'name', 'note']);
  });

  it('parses link ids, whose last end may hold # (UN paragraphs)', () => {
    expect(parseLinkId('CRC/C/KAZ/CO/4#para-29|CONCERNS|crc:art:19')).toEqual({ from: 'CRC/C/KAZ/CO/4#para-29', type: 'CONCERNS' });
    expect(() => parseLinkId('a|NOPE|b')).toThrow(/not a link id/);
  });
});

describe('cost of an operation', () => {
  const cost = (query: string, variables = {}) => operationCost(schema, parse(query), variables);

  it('multiplies nested lists, uses first, and leaves introspection free', () => {
    expect(cost(getIntrospectionQuery())).toBe(0);
    expect(cost('{ node(id: "x") { id } }')).toBe(2);
    expect(cost('{ node(id: "x") { links { id } } }')).toBe(1 + 1 + 50 * 1);
    expect(cost('query($n: Int) { search(query: "x", first: $n) { score } }', { n: 7 })).toBe(1 + 7);
    expect(cost('{ node(id: "crc") { links { to { links { to { links { to { id } } } } } } } }')).toBeGreaterThan(25_000);
  });

  it('remembers the cost of a repeated document per variables, so a new first is costed anew', () => {
    const document = parse('query($n: Int) { search(query: "x", first: $n) { score } }');
    expect(rememberedOperationCost(schema, document, { n: 7 })).toBe(1 + 7);
    expect(rememberedOperationCost(schema, document, { n: 7 })).toBe(1 + 7);
    expect(rememberedOperationCost(schema, document, { n: 40 })).toBe(1 + 40);
    expect(rememberedOperationCost(schema, document, { n: 'seven' })).toBe(operationCost(schema, document, { n: 'seven' }));
  });

  it('counts @skip fields, which the projection fetches anyway', () => {
    expect(cost('{ node(id: "x") { links @skip(if: true) { id } } }')).toBe(cost('{ node(id: "x") { links { id } } }'));
  });
});
