import type { GraphQLResolveInfo } from 'graphql';

/**
 * Reads a relationship field that the root field's statement already fetched: the projection
 * puts it under `@<response key>` (src/projection/compile.ts). Never a database call.
 */
export function projected<T>(parent: object, _args: unknown, _context: unknown, info: GraphQLResolveInfo): T {
  const value = (parent as Record<string, unknown>)[`@${String(info.path.key)}`];
  if (value === undefined) {
    throw new Error(`${info.parentType.name}.${info.fieldName} was not projected; is it in src/projection/catalogue.ts?`);
  }
  return value as T;
}
