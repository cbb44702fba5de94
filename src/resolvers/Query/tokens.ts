import type { TokenInfo } from '../../auth/tokens.js';
import { requireRole } from '../../auth/roles.js';
import type { QueryResolvers } from '../../generated/graphql.js';

export const tokens: NonNullable<QueryResolvers['tokens']> = async (_parent, _args, context) => {
  requireRole(context.principal, 'admin');
  const rows = await context.reader.run('tokens', {}, context.stats);
  return rows.map((row) => row['token'] as unknown as TokenInfo);
};
