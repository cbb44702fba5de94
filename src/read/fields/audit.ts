import type { TokenInfo } from '../../auth/tokens.js';
import type { AuditRow } from '../../curation/audit.js';
import { parseLinkId } from '../../curation/links.js';
import type { QueryHistoryArgs } from '../../generated/graphql.js';
import { checkId, checkRange } from '../arguments.js';
import type { ReadPlan } from '../plan.js';

/** The curation's read fields: the audit trail and the API tokens (admins only; the resolver checks). */

const MAX_OFFSET = 1_000_000;

export function history({ id, first, offset }: QueryHistoryArgs, maxPageSize: number): ReadPlan<AuditRow[]> {
  if (id.includes('|')) parseLinkId(id);
  else checkId(id);
  return {
    query: 'history',
    params: { id, first: checkRange(first ?? 50, 1, maxPageSize, 'first'), offset: checkRange(offset ?? 0, 0, MAX_OFFSET, 'offset') },
    result: (rows) => rows.map((row) => row['entry'] as unknown as AuditRow),
  };
}

export const tokens: ReadPlan<TokenInfo[]> = {
  query: 'tokens',
  params: {},
  result: (rows) => rows.map((row) => row['token'] as unknown as TokenInfo),
};
