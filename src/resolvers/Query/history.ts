import type { AuditRow } from '../../curation/audit.js';
import { parseLinkId } from '../../curation/links.js';
import type { QueryResolvers } from '../../generated/graphql.js';
import { checkId, checkRange } from '../arguments.js';

const MAX_OFFSET = 1_000_000;

export const history: NonNullable<QueryResolvers['history']> = async (_parent, { id, first, offset }, context) => {
  if (id.includes('|')) parseLinkId(id);
  else checkId(id);
  const params = {
    id,
    first: checkRange(first ?? 50, 1, context.config.limits.pageSize, 'first'),
    offset: checkRange(offset ?? 0, 0, MAX_OFFSET, 'offset'),
  };
  const rows = await context.reader.run('history', params, context.stats);
  return rows.map((row) => row['entry'] as unknown as AuditRow);
};
