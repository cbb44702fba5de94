import type { QueryResolvers } from '../../generated/graphql.js';
import type { EntityRow } from '../mappers.js';
import { pageParams, toConnection } from '../connection.js';

export const instrumentsConnection: NonNullable<QueryResolvers['instrumentsConnection']> = async (_parent, args, context, info) => {
  const page = pageParams(args.first, args.after, ['string', 'string']);
  const params = { kind: args.kind ?? null, asOf: args.asOf ?? null, ...page };
  const [row] = await context.reader.project('instrumentsConnection', info, params, context.stats, 'edges.node');
  return toConnection(row, page.first, args.after, (item, cursor) => ({ cursor, node: item['node'] as EntityRow }));
};
