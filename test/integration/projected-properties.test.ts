import { buildSchema, getNamedType, isLeafType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_TYPE_NAMES } from '../../src/model/kinds.js';
import { typeDefs } from '../../src/server/apollo.js';
import { startService, type GraphQLResponse, type TestService } from '../support/service.js';

/**
 * The projection fetches only the stored properties the selected fields read (src/read/projection/
 * properties.ts). A scalar field must answer the same whether it is asked alone (only its own
 * properties fetched) or with every other field, and the computed ones must read the right
 * stored properties.
 */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const schema = buildSchema(typeDefs);

async function node(id: string, selection: string): Promise<Record<string, unknown>> {
  const { json } = await service.post(JSON.stringify({ query: `query($id: ID!) { node(id: $id) { ${selection} } }`, variables: { id } }));
  const body = json as GraphQLResponse['body'];
  expect(body.errors).toBeUndefined();
  return (body.data as { node: Record<string, unknown> }).node;
}

/**
 * The dataset's entity of this type with the most stored properties, so every field has something
 * to read (not one a test stored, which its test may delete meanwhile).
 */
async function richest(typeName: string): Promise<string | undefined> {
  const [row] = await service.db.read(
    'richest',
    `MATCH (n:Entity) WHERE $label IN labels(n) AND n.origin = 'dataset' RETURN n.id AS id ORDER BY size(keys(n)) DESC, n.id LIMIT 1`,
    {
      label: typeName,
    },
  );
  return typeof row?.['id'] === 'string' ? row['id'] : undefined;
}

describe('only the stored properties a selection reads are fetched', () => {
  it.each(ENTITY_TYPE_NAMES.map((t) => [t]))('%s: every scalar field answers the same alone as with all the others', async (typeName) => {
    const id = await richest(typeName);
    expect(id, `the dataset has no ${typeName}`).toBeDefined();
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
    const scalars = Object.values(type.getFields())
      .filter((f) => isLeafType(getNamedType(f.type)))
      .map((f) => f.name);
    const all = await node(id!, `... on ${typeName} { ${scalars.join(' ')} }`);
    for (const field of scalars) {
      const alone = await node(id!, `... on ${typeName} { ${field} }`);
      expect(alone[field], `${typeName}.${field} of ${id}`).toEqual(all[field]);
    }
  });

  it('computed fields read the right stored properties', async () => {
    const [row] = await service.db.read('props', "MATCH (n:Entity {id: 'kz:law:rights-of-child'}) RETURN properties(n) AS p");
    const stored = row?.['p'] as Record<string, unknown>;
    const answer = await node(
      'kz:law:rights-of-child',
      'kk: name(lang: KK) ru: name(lang: RU) nameLangs summary aliases verified ... on Instrument { instrumentKind adopted }',
    );
    expect(answer).toEqual({
      kk: stored['name_kk'] ?? stored['name_en'],
      ru: stored['name_ru'] ?? stored['name_en'],
      nameLangs: ['EN', 'KK', 'RU'].filter((lang) => typeof stored[`name_${lang.toLowerCase()}`] === 'string'),
      summary: stored['summary_en'] ?? null,
      aliases: stored['aliases'] ?? [],
      verified: stored['verified'] === true,
      instrumentKind: stored['kind'],
      adopted: stored['adopted'],
    });
    expect(answer['kk']).toBeTruthy();
  });
});

describe('a subgraph export in GraphQL', () => {
  it('holds every stored property, as the HTTP export route does, whatever else is selected', async () => {
    const { json } = await service.post(
      JSON.stringify({ query: '{ neighborhood(id: "crc:art:19", depth: 2) { export(format: GRAPHML, lang: KK) { content } } }' }),
    );
    const body = json as GraphQLResponse['body'];
    expect(body.errors).toBeUndefined();
    const viaGraphQL = (body.data as { neighborhood: { export: { content: string } } }).neighborhood.export.content;
    const viaRoute = await (await fetch(`${service.url}/export/graphml?neighborhood=crc:art:19&depth=2&lang=KK`)).text();
    expect(viaGraphQL).toContain('summary_en');
    expect(viaGraphQL).toBe(viaRoute);
  });
});
