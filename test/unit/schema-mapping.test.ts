import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Catalogue } from '../../src/read/catalogue/build.js';
import { hasResolver } from '../../src/resolvers/index.js';
import { loadContract } from '../../src/schema/contract.js';
import { joinSchema } from '../../src/schema/join.js';

/** The schema's files and mapping: what the service refuses to start with, and what the join does. */
function catalogueWith(sdl: string, resolverFor?: [string, string]): Catalogue {
  const contract = loadContract(undefined, [{ name: 'test.graphql', document: parse(sdl) }]);
  return new Catalogue(
    contract.mapped,
    (type, field) => hasResolver(type, field) || (type === resolverFor?.[0] && field === resolverFor[1]),
  );
}

describe('the mapping, compiled at start', () => {
  it('compiles the project schema: every relation field of every type', () => {
    const catalogue = catalogueWith('type Probe { id: ID! }');
    expect(catalogue.relation('Instrument', 'implements')).toMatchObject({
      shape: 'links',
      pattern: { types: ['IMPLEMENTS'], direction: 'OUT', targetLabel: 'Provision', throughProvisions: true, temporal: true },
    });
    expect(catalogue.relation('Provision', 'partOf')).toMatchObject({ shape: 'node', pattern: { temporal: false } });
    expect(catalogue.relation('Instrument', 'links')).toMatchObject({ pattern: { types: 'args', direction: 'args' } });
    expect(catalogue.linkTypes()).toContain('RatificationLink');
    expect(catalogue.relation('Provision', 'implementedByConnection')).toMatchObject({
      shape: 'linksPage',
      nodeType: 'ImplementationLink',
      pattern: { types: ['IMPLEMENTS'], direction: 'IN', targetLabel: 'Entity', temporal: true },
    });
    expect(catalogue.relation('Provision', 'recommendationsConnection')).toMatchObject({ shape: 'nodesPage', nodeType: 'Recommendation' });
    expect(catalogue.isPaged('Provision', 'implementedByConnection')).toBe(true);
    expect(catalogue.isPaged('Provision', 'implementedBy')).toBe(false);
  });

  const PAGE = 'first: Int = 20, after: String';
  it.each([
    [
      `type Probe { x(${PAGE}): ImplementationLinkConnection! @relationship(types: [IMPLEMENTS, CONCERNS], direction: IN, order: LINK_ID, target: "Entity", paged: true) }`,
      'Probe.x is paged: give exactly one relationship type',
    ],
    [
      `type Probe { x(${PAGE}): ImplementationLinkConnection! @relationship(types: [IMPLEMENTS], direction: BOTH, order: LINK_ID, target: "Entity", paged: true) }`,
      'Probe.x is paged: give direction OUT or IN',
    ],
    [
      `type Probe { x(${PAGE}): ImplementationLinkConnection! @relationship(types: [IMPLEMENTS], direction: IN, order: ID_THEN_LINK, target: "Entity", paged: true) }`,
      'order must be LINK_ID',
    ],
    [
      `type Probe { x(first: Int): ImplementationLinkConnection! @relationship(types: [IMPLEMENTS], direction: IN, order: LINK_ID, target: "Entity", paged: true) }`,
      'it needs a `after` argument',
    ],
    [
      `type Probe { x(${PAGE}): [ImplementationLink!]! @relationship(types: [IMPLEMENTS], direction: IN, order: LINK_ID, target: "Entity", paged: true) }`,
      'it must return a connection',
    ],
    [
      `type Probe { x(${PAGE}): ImplementationLinkConnection! @relationship(types: [IMPLEMENTS], direction: IN, order: LINK_ID, paged: true) }`,
      'its nodes are links (ImplementationLink): give @relationship(target:)',
    ],
  ])('refuses the paged field %s', (sdl, message) => {
    expect(() => catalogueWith(sdl)).toThrow(message);
  });

  it.each([
    [
      'type Probe { x: [Provision!]! @relationship(types: [PART_OF], direction: OUT, order: LINK_DATE) }',
      'Probe.x returns entities: order LINK_DATE is for links',
    ],
    [
      'type Probe { x: [Link!]! @relationship(types: [AMENDS], direction: OUT, order: LINK_DATE) }',
      'Probe.x returns links (Link): give @relationship(target:)',
    ],
    [
      'type Probe { x: [Provision!]! @relationship(types: [PART_OF], direction: OUT, target: "Nope", order: ID) }',
      'Probe.x: target "Nope" is not an entity type',
    ],
    [
      'type Probe { x: [Provision!]! @relationship(types: [PART_OF], order: ID) }',
      'Probe.x: give @relationship(direction:) or a `direction` argument',
    ],
    [
      'type Probe { x: [Provision!]! @relationship(types: [PART_OF], direction: BOTH, order: ID, throughProvisions: true) }',
      'throughProvisions needs direction OUT or IN',
    ],
    ['type Probe { x: [Provision!]! @relationship(types: [NOT_A_TYPE], direction: OUT, order: ID) }', 'Probe.x: '],
    ['type Probe { x: Provision @claims @reference(property: "p") }', 'Probe.x has @reference and @claims: give it one mapping'],
    ['type Probe { x: String @reads(properties: ["y"]) }', 'Probe.x has @reads but no resolver of its own'],
  ])('refuses %s', (sdl, message) => {
    expect(() => catalogueWith(sdl)).toThrow(message);
  });

  it('refuses a relation field that also has a resolver of its own', () => {
    expect(() =>
      catalogueWith('type Probe { x: [Provision!]! @relationship(types: [PART_OF], direction: OUT, order: ID) }', ['Probe', 'x']),
    ).toThrow('Probe.x is fetched by the projection: remove its resolver from src/resolvers');
  });
});

describe('the join of schema/types', () => {
  const file = (name: string, sdl: string) => ({ name, document: parse(sdl) });

  it('refuses an extend, naming the file', () => {
    expect(() => joinSchema([file('a.graphql', 'type Query { a: Int }'), file('b.graphql', 'extend type Query { b: Int }')])).toThrow(
      'b.graphql: "extend" of Query: write its fields in the definition of Query itself',
    );
  });

  it("gives a type its interfaces' fields and interfaces, keeping the fields it declares", () => {
    const joined = joinSchema([
      file('a.graphql', 'interface C { v: Int @reads(properties: ["v"]) } interface E implements C { "E id" id: ID! k: String }'),
      file('b.graphql', 'type T implements E { "Always T." k: String own: Int }'),
    ]);
    const type = joined.definitions.find((d) => 'name' in d && d.name?.value === 'T');
    expect(type && 'interfaces' in type ? type.interfaces?.map((i) => i.name.value) : []).toEqual(['E', 'C']);
    const fields = type && 'fields' in type ? (type.fields ?? []) : [];
    expect(fields.map((f) => [f.name.value, f.description?.value, f.directives?.map((d) => d.name.value)])).toEqual([
      ['id', 'E id', []],
      ['k', 'Always T.', []],
      ['v', undefined, ['reads']],
      ['own', undefined, []],
    ]);
  });
});
