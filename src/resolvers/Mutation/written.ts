import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.js';
import type { UpdateResult } from '../../curation/entities.js';
import { notFound } from '../../errors.js';
import { node } from '../../read/fields/entities.js';
import type { EntityRow } from '../../read/rows.js';
import type { EntityWriteRow } from '../mappers.js';

/**
 * The entity a mutation wrote, as the request selects it under `entity`: read after the write
 * has committed, with the same one-statement projection as `Query.node`.
 */
export async function writtenEntity(context: Context, info: GraphQLResolveInfo, id: string): Promise<EntityRow> {
  const entity = await context.reader.read({ ...node({ id }), at: 'entity' }, info, context.stats);
  if (!entity) throw notFound('Entity', id);
  return entity;
}

/** What a change to an existing entity answers: the entity as it now is, its version and audit entry. */
export async function changedEntity(context: Context, info: GraphQLResolveInfo, change: Promise<UpdateResult>): Promise<EntityWriteRow> {
  const { id, version, audit } = await change;
  return { entity: await writtenEntity(context, info, id), version, audit };
}
