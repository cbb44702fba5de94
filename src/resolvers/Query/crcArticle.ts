import type { QueryResolvers } from '../../generated/graphql.js';
import type { EntityRow } from '../mappers.js';
import { checkRange } from '../arguments.js';

export const CRC_ARTICLES = 54;

export const crcArticle: NonNullable<QueryResolvers['crcArticle']> = async (_parent, { number, asOf }, context, info) => {
  const params = { id: `crc:art:${checkRange(number, 1, CRC_ARTICLES, 'number')}`, asOf: asOf ?? null };
  const [row] = await context.reader.project('crcArticle', info, params, context.stats);
  return (row?.['n'] as EntityRow | undefined) ?? null;
};
