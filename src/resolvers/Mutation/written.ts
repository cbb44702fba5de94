import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import { node } from '../../read/fields/entities.js';
import type { EntityRow } from '../../read/rows.js';

/**
 * The entity a mutation wrote, as the request selects it under `entity`: read after the write
 * has committed, with the same one-statement projection as `Query.node`.
 */
export async function writtenEntity(context: Context, info: GraphQLResolveInfo, id: string): Promise<EntityRow> {
  const entity = await context.reader.read({ ...node({ id }), at: 'entity' }, info, context.stats);
  if (!entity) throw notFound('Entity', id);
  return entity;
}
