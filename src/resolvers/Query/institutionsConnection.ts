import type { QueryResolvers } from '../../generated/graphql.js';
import type { EntityRow } from '../mappers.js';
import { pageParams, toConnection } from '../connection.js';

export const institutionsConnection: NonNullable<QueryResolvers['institutionsConnection']> = async (_parent, args, context, info) => {
  const page = pageParams(args.first, args.after, ['string']);
  const params = { asOf: args.asOf ?? null, ...page };
  const [row] = await context.reader.project('institutionsConnection', info, params, context.stats, 'edges.node');
  return toConnection(row, page.first, args.after, (item, cursor) => ({ cursor, node: item['node'] as EntityRow }));
};
