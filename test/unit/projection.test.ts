import {
  getNamedType,
  isCompositeType,
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { Catalogue } from '../../src/read/catalogue/build.js';
import { compileProjection } from '../../src/read/projection/compile.js';
import { selectFields } from '../../src/read/projection/selection.js';
import { hasResolver } from '../../src/resolvers/index.js';
import { loadContract } from '../../src/schema/contract.js';

/**
 * TCK-style tests in the spirit of @neo4j/graphql's: a GraphQL selection in, the Cypher
 * projection out, no database. They pin the text (Neo4j's plan cache keys on it).
 */
const contract = loadContract();
/** The catalogue the service builds: the schema's mapping, with the service's resolvers. */
const catalogue = new Catalogue(contract.mapped, hasResolver);

function compile(document: string, variables: Record<string, unknown> = {}, on: Catalogue = catalogue) {
  const ast = parse(document);
  const operation = ast.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = Object.fromEntries(
    ast.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const root = operation!.selectionSet.selections[0] as FieldNode;
  const type = getNamedType(on.schema.getQueryType()!.getFields()[root.name.value]!.type);
  if (!isCompositeType(type)) throw new Error('not composite');
  const fields = selectFields({ schema: on.schema, fragments }, type, [root]);
  const compiled = compileProjection(on, 'n', type.name, fields);
  return { text: compiled.text, params: compiled.params(variables) };
}

describe('projection compiler', () => {
  it('projects only the stored properties the selected scalars read, with no subquery', () => {
    expect(compile('{ node(id: "crc") { id name(lang: RU) kind } }').text).toBe('n {.`id`, .`kind`, .`name_ru`, .`name_en`}');
    expect(compile('{ instrument(id: "x") { number instrumentKind } }').text).toBe('n {.`id`, .`kind`, .`number`}');
  });

  it('fetches the language a name asks for in the document (and English, its fallback); all three when a variable asks', () => {
    expect(compile('{ node(id: "crc") { name } }').text).toBe('n {.`id`, .`kind`, .`name_en`}');
    expect(compile('{ node(id: "crc") { ru: name(lang: RU) kk: name(lang: KK) summary(lang: EN) } }').text).toBe(
      'n {.`id`, .`kind`, .`name_ru`, .`name_en`, .`name_kk`, .`summary_en`}',
    );
    const byVariable = 'query($lang: Lang) { node(id: "crc") { name(lang: $lang) } }';
    expect(compile(byVariable, { lang: 'KK' }).text).toBe('n {.`id`, .`kind`, .`name_en`, .`name_kk`, .`name_ru`}');
    expect(compile(byVariable, { lang: 'RU' }).text).toBe(compile(byVariable, { lang: 'KK' }).text);
  });

  it('takes every property when a selected field has a resolver it does not know', () => {
    const other = new Catalogue(
      contract.mapped,
      (type, field) => hasResolver(type, field) || (type === 'Instrument' && field === 'number'),
    );
    expect(compile('{ instrument(id: "x") { id number } }', {}, other).text).toBe('n {.*}');
    expect(compile('{ node(id: "x") { ... on Instrument { number } } }', {}, other).text).toBe('n {.*}');
  });

  it('compiles a relationship field into a COLLECT subquery with its arguments as parameters', () => {
    const { text, params } = compile('query($d: Date) { crcArticle(number: 19) { implementedBy(asOf: $d) { basis by { id } } } }', {
      d: '2020-01-01',
    });
    expect(text).toMatchInlineSnapshot(
      `"n {.\`id\`, .\`kind\`, \`@implementedBy\`: COLLECT { MATCH (n)<-[r1:IMPLEMENTS]-(t1:Entity) WHERE (date(coalesce($p0, $asOf)) IS NULL OR (coalesce(n.validFrom, n.adopted, n.date, n.inheritedFrom, date(coalesce($p0, $asOf))) <= date(coalesce($p0, $asOf)) AND coalesce(n.validTo, n.supersededTo, n.inheritedTo, date(coalesce($p0, $asOf))) >= date(coalesce($p0, $asOf)) AND coalesce(r1.validFrom, r1.adopted, r1.date, r1.inheritedFrom, date(coalesce($p0, $asOf))) <= date(coalesce($p0, $asOf)) AND coalesce(r1.validTo, r1.supersededTo, r1.inheritedTo, date(coalesce($p0, $asOf))) >= date(coalesce($p0, $asOf)) AND coalesce(t1.validFrom, t1.adopted, t1.date, t1.inheritedFrom, date(coalesce($p0, $asOf))) <= date(coalesce($p0, $asOf)) AND coalesce(t1.validTo, t1.supersededTo, t1.inheritedTo, date(coalesce($p0, $asOf))) >= date(coalesce($p0, $asOf)))) WITH n, r1, t1 ORDER BY t1.id, r1.id RETURN r1 {.\`id\`, .\`basis\`, __type: type(r1), \`@by\`: t1 {.\`id\`, .\`kind\`}} }}"`,
    );
    expect(params).toEqual({ p0: '2020-01-01' });
  });

  it('nests as deep as the selection goes, in one expression', () => {
    const { text } = compile(
      '{ crcArticle(number: 19) { implementedBy { by { ... on Instrument { implements { article { implementedBy { sources { id } } } } } } } } }',
    );
    expect(text.match(/COLLECT \{/g)).toHaveLength(4);
    expect(text).toContain(
      'CASE WHEN t1:Instrument THEN COLLECT { MATCH (t1)<-[:PART_OF*0..2]-(b2:Entity)-[r2:IMPLEMENTS]->(t2:Provision)',
    );
  });

  it('gives the same text for the same shape whatever the variable values', () => {
    const document = 'query($d: Date, $t: [RelationType!]) { node(id: "x") { links(types: $t, asOf: $d) { id to { id } } } }';
    const a = compile(document, { d: '2001-01-01', t: ['IMPLEMENTS'] });
    const b = compile(document, { d: null, t: ['PART_OF', 'AMENDS'] });
    expect(a.text).toBe(b.text);
    expect(a.params).not.toEqual(b.params);
  });

  it('keeps aliases of one field with different arguments apart', () => {
    const { text, params } = compile(
      '{ crcArticle(number: 1) { before: implementedBy(asOf: "2001-01-01") { basis } after: implementedBy(asOf: "2030-01-01") { basis } } }',
    );
    expect(text).toContain('`@before`: COLLECT');
    expect(text).toContain('`@after`: COLLECT');
    expect(Object.values(params)).toEqual(['2001-01-01', '2030-01-01']);
  });

  it('merges fields selected through fragments', () => {
    const { text } = compile(
      '{ node(id: "x") { ...A ...B } } fragment A on Entity { sources { id } } fragment B on Entity { sources { name } }',
    );
    expect(text.match(/`@sources`/g)).toHaveLength(1);
  });
});

describe('projection compiler: time-aware fields, typed links and claims about links', () => {
  it('filters the instrument or provision that carries an IMPLEMENTS link by the date too', () => {
    const { text } = compile('{ instrument(id: "kz:law:education", asOf: "2000-01-01") { implements { article { id } } } }');
    expect(text).toContain('MATCH (n)<-[:PART_OF*0..2]-(b1:Entity)-[r1:IMPLEMENTS]->(t1:Provision)');
    expect(text).toContain(
      'coalesce(b1.validFrom, b1.adopted, b1.date, b1.inheritedFrom, date(coalesce($p0, $asOf))) <= date(coalesce($p0, $asOf))',
    );
  });

  it('matches a symmetric link in both directions and names its real ends and the other end', () => {
    const { text } = compile(
      '{ node(id: "kz:const:1995:art:30") { ... on Provision { correspondsTo { article { id } from { id } to { id } } } } }',
    );
    expect(text).toMatchInlineSnapshot(
      `"n {.\`id\`, .\`kind\`, \`@correspondsTo\`: CASE WHEN n:Provision THEN COLLECT { MATCH (n)-[r1:CORRESPONDS_TO]-(t1:Provision) WHERE (date(coalesce($p0, $asOf)) IS NULL OR (coalesce(n.validFrom, n.adopted, n.date, n.inheritedFrom, date(coalesce($p0, $asOf))) <= date(coalesce($p0, $asOf)) AND coalesce(n.validTo, n.supersededTo, n.inheritedTo, date(coalesce($p0, $asOf))) >= date(coalesce($p0, $asOf)) AND coalesce(r1.validFrom, r1.adopted, r1.date, r1.inheritedFrom, date(coalesce($p0, $asOf))) <= date(coalesce($p0, $asOf)) AND coalesce(r1.validTo, r1.supersededTo, r1.inheritedTo, date(coalesce($p0, $asOf))) >= date(coalesce($p0, $asOf)) AND coalesce(t1.validFrom, t1.adopted, t1.date, t1.inheritedFrom, date(coalesce($p0, $asOf))) <= date(coalesce($p0, $asOf)) AND coalesce(t1.validTo, t1.supersededTo, t1.inheritedTo, date(coalesce($p0, $asOf))) >= date(coalesce($p0, $asOf)))) WITH r1, t1, CASE WHEN startNode(r1) = n THEN n ELSE t1 END AS f1, CASE WHEN startNode(r1) = n THEN t1 ELSE n END AS e1 ORDER BY t1.id, r1.id RETURN r1 {.\`id\`, __type: type(r1), \`@article\`: t1 {.\`id\`, .\`kind\`}, \`@from\`: f1 {.\`id\`, .\`kind\`}, \`@to\`: e1 {.\`id\`, .\`kind\`}} } ELSE null END}"`,
    );
  });

  it('resolves the ratifying act by the id the link holds, and the claims about the link', () => {
    const { text } = compile('{ node(id: "kz") { ... on State { ratifications { act { id } claims { value link { id } } } } } }');
    expect(text).toContain(
      '`@act`: head(COLLECT { MATCH (s2:Entity {id: r1.act}) USING INDEX s2:Entity(id) WHERE s2:Instrument RETURN s2 {.`id`, .`kind`} })',
    );
    expect(text).toContain('`@claims`: COLLECT { MATCH (c3:Claim)-[:ABOUT]->(n) WHERE c3.link = r1.id');
    expect(text).toContain('`@link`: head(COLLECT { MATCH (c3)-[:ABOUT]->(a4:Entity)-[r4]->(t4:Entity) WHERE r4.id = c3.link');
  });

  it('leaves claims about links out of the claims about an entity', () => {
    expect(compile('{ node(id: "kz") { claims { value } } }').text).toBe(
      'n {.`id`, .`kind`, `@claims`: COLLECT { MATCH (c1:Claim)-[:ABOUT]->(n) WHERE c1.link IS NULL WITH c1 ORDER BY c1.property, c1.id RETURN c1 {.`id`, .`value`} }}',
    );
  });

  it('reads a paged field from the link-id index (the choice of branch in the seek range), with one text whatever the page arguments', () => {
    const document =
      'query($first: Int, $after: String) { crcArticle(number: 19) { implementedByConnection(first: $first, after: $after) { edges { node { id } } } } }';
    const { text, params } = compile(document, { first: 5 });
    expect(text).toContain('USING INDEX r1:IMPLEMENTS(id)');
    expect(text).toContain('AND r1.id > CASE WHEN 3 * COUNT { (n)<-[:IMPLEMENTS]-() } ^ 2 >= ($p1 + 1) * COUNT { ()-[:IMPLEMENTS]->() }');
    expect(text).not.toContain('total:');
    expect(params).toMatchObject({ p1: 5, p2: null });
    const after = Buffer.from(JSON.stringify(['kz:x|IMPLEMENTS|crc:art:19'])).toString('base64url');
    expect(compile(document, { first: 7, after })).toMatchObject({ text, params: { p1: 7, p2: 'kz:x|IMPLEMENTS|crc:art:19' } });
    expect(compile('{ crcArticle(number: 19) { implementedByConnection { totalCount } } }').text).toContain('total: COUNT {');
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ after: 'WzEuNSwiY3JjIl0' }, 'after'],
  ])('refuses the page arguments %o with BAD_USER_INPUT naming the argument', (variables, argument) => {
    const document =
      'query($first: Int, $after: String) { crcArticle(number: 19) { implementedByConnection(first: $first, after: $after) { edges { cursor } } } }';
    let error: unknown;
    try {
      compile(document, variables);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument } });
  });
});
