import type { GraphQLResolveInfo } from 'graphql';
import type { Row } from '../db/database.js';
import type { Catalogue } from '../read/catalogue/build.js';
import { toConnection } from '../read/fields/connection.js';

/**
 * Reads a relation field that the root field's statement already fetched: the projection puts
 * it under `@<response key>` (src/read/projection/compile.ts). Never a database call.
 */
export function projected(parent: object, _args: unknown, _context: unknown, info: GraphQLResolveInfo): unknown {
  const value = (parent as Record<string, unknown>)[`@${String(info.path.key)}`];
  if (value === undefined) throw new Error(`${info.parentType.name}.${info.fieldName} was not projected by its root field's statement`);
  return value;
}

/**
 * A paged relation field: the statement fetched `{page, total}` (`first + 1` items of `{key,
 * node}`, src/read/projection/page.ts) after checking `first` and `after`; this makes the connection.
 */
function projectedPage(parent: object, args: Record<string, unknown>, context: unknown, info: GraphQLResolveInfo): unknown {
  const first = typeof args['first'] === 'number' ? args['first'] : 20;
  const after = typeof args['after'] === 'string' ? args['after'] : null;
  const row = projected(parent, args, context, info) as Row;
  return toConnection(row, first, after, (item, cursor) => ({ cursor, node: item['node'] }));
}

type ResolverMap = Record<string, object>;

/**
 * The resolver map with every relation field the schema maps (the catalogue's) reading its
 * projection: a relation field needs no resolver of its own.
 */
export function withRelationFields(resolvers: ResolverMap, catalogue: Catalogue): ResolverMap {
  const map: Record<string, Record<string, unknown>> = {};
  for (const [type, fields] of Object.entries(resolvers)) map[type] = fields as Record<string, unknown>;
  for (const [type, field] of catalogue.relationFields()) {
    map[type] = { ...map[type], [field]: catalogue.isPaged(type, field) ? projectedPage : projected };
  }
  return map;
}
