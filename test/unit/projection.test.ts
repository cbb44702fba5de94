import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isCompositeType,
  isObjectType,
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { compileProjection } from '../../src/projection/compile.js';
import { resolvers } from '../../src/resolvers/index.js';
import { selectFields } from '../../src/projection/selection.js';

/**
 * TCK-style tests in the spirit of @neo4j/graphql's: a GraphQL selection in, the Cypher
 * projection out, no database. They pin the text (Neo4j's plan cache keys on it).
 */
const schema = withResolvers(buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8')));

/** The service's resolvers on the schema's fields, as Apollo Server attaches them. */
function withResolvers(target: GraphQLSchema): GraphQLSchema {
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = target.getType(typeName);
    if (!isObjectType(type)) continue;
    for (const [fieldName, resolve] of Object.entries(fields as Record<string, unknown>)) {
      const field = type.getFields()[fieldName];
      if (field && typeof resolve === 'function') field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return target;
}

function compile(document: string, variables: Record<string, unknown> = {}, on: GraphQLSchema = schema) {
  const ast = parse(document);
  const operation = ast.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = Object.fromEntries(
    ast.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const root = operation!.selectionSet.selections[0] as FieldNode;
  const type = getNamedType(on.getQueryType()!.getFields()[root.name.value]!.type);
  if (!isCompositeType(type)) throw new Error('not composite');
  const fields = selectFields({ schema: on, fragments }, type, [root]);
  const compiled = compileProjection(on, 'n', type.name, fields);
  return { text: compiled.text, params: compiled.params(variables) };
}

describe('projection compiler', () => {
  it('projects only the stored properties the selected scalars read, with no subquery', () => {
    expect(compile('{ node(id: "crc") { id name(lang: RU) kind } }').text).toBe('n {.`id`, .`kind`, .`name_en`, .`name_kk`, .`name_ru`}');
    expect(compile('{ instrument(id: "x") { number instrumentKind } }').text).toBe('n {.`id`, .`kind`, .`number`}');
  });

  it('takes every property when a selected field has a resolver it does not know', () => {
    const other = withResolvers(buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8')));
    const number = (other.getType('Instrument') as GraphQLObjectType).getFields()['number']!;
    number.resolve = () => 'computed';
    expect(compile('{ instrument(id: "x") { id number } }', {}, other).text).toBe('n {.*}');
    expect(compile('{ node(id: "x") { ... on Instrument { number } } }', {}, other).text).toBe('n {.*}');
  });

  it('compiles a relationship field into a COLLECT subquery with its arguments as parameters', () => {
    const { text, params } = compile('query($d: Date) { crcArticle(number: 19) { implementedBy(asOf: $d) { basis by { id } } } }', {
      d: '2020-01-01',
    });
    expect(text).toMatchInlineSnapshot(
      `"n {.\`id\`, .\`kind\`, \`@implementedBy\`: COLLECT { MATCH (n)<-[r1:IMPLEMENTS]-(t1:Entity) WHERE (date(coalesce($p0, $asOf)) IS NULL OR ((r1.validFrom IS NULL OR r1.validFrom <= date(coalesce($p0, $asOf))) AND (r1.validTo IS NULL OR r1.validTo >= date(coalesce($p0, $asOf))) AND (t1.validFrom IS NULL OR t1.validFrom <= date(coalesce($p0, $asOf))) AND (t1.validTo IS NULL OR t1.validTo >= date(coalesce($p0, $asOf))))) WITH n, r1, t1 ORDER BY t1.id, r1.id RETURN r1 {.\`id\`, .\`basis\`, __type: type(r1), \`@by\`: t1 {.\`id\`, .\`kind\`}} }}"`,
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
