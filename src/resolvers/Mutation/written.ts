import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import { notFound } from '../../errors.js';
import type { EntityRow } from '../mappers.js';

/**
 * The entity a mutation wrote, as the request selects it under `entity`: read after the write
 * has committed, with the same one-statement projection as `Query.node`.
 */
export async function writtenEntity(context: Context, info: GraphQLResolveInfo, id: string): Promise<EntityRow> {
  const [row] = await context.reader.project('node', info, { id }, context.stats, 'entity');
  const entity = row?.['n'] as EntityRow | undefined;
  if (!entity) throw notFound('Entity', id);
  return entity;
}
