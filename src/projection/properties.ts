import { isAbstractType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { STORED_AS } from './catalogue.js';
import type { SelectedField } from './selection.js';

/** Every node projection carries its id, and an entity its kind (interfaces resolve their type from it). */
const ALWAYS = ['id'];
const ALWAYS_FOR_ENTITIES = ['id', 'kind'];

/**
 * The stored properties a projection must fetch for the scalar fields selected on it, or `*`
 * when one of them has a resolver whose needs are not declared in STORED_AS. Fetching only what
 * is selected cuts what Neo4j reads, sends and the driver decodes: about half the bytes and
 * time on a large answer. Relationship fields (`isRelation`) are compiled as subqueries instead.
 */
export function storedProperties(
  schema: GraphQLSchema,
  fields: SelectedField[],
  entity: boolean,
  isRelation: (field: SelectedField) => boolean,
): string[] | '*' {
  const properties = new Set(entity ? ALWAYS_FOR_ENTITIES : ALWAYS);
  for (const field of fields) {
    if (isRelation(field) || field.fieldName.startsWith('__')) continue;
    for (const type of objectTypes(schema, field.onType)) {
      const definition = type.getFields()[field.fieldName];
      if (!definition) continue;
      if (!definition.resolve) properties.add(field.fieldName);
      else {
        const stored = STORED_AS[field.fieldName];
        if (!stored) return '*';
        for (const property of typeof stored === 'function' ? stored(field.literalArgs) : stored) properties.add(property);
      }
    }
  }
  return [...properties];
}

/** A field selected on an interface is resolved by the object types: look at all of them. */
function objectTypes(schema: GraphQLSchema, typeName: string): readonly GraphQLObjectType[] {
  const type = schema.getType(typeName);
  if (type && isObjectType(type)) return [type];
  if (type && isAbstractType(type)) return schema.getPossibleTypes(type);
  return [];
}

/** `n {.`id`, .`name_en`` as Cypher map projection items (backquoted: any stored name is safe). */
export function propertyItems(properties: string[] | '*'): string {
  return properties === '*' ? '.*' : properties.map((p) => `.\`${p.replace(/`/g, '``')}\``).join(', ');
}
