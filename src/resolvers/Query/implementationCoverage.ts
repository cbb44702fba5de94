import type { QueryResolvers } from '../../generated/graphql.js';
import { buildCoverage } from '../../graph/coverage.js';
import { badUserInput } from '../../errors.js';

const JURISDICTION = /^[A-Za-z]{2,3}$/;

export const implementationCoverage: NonNullable<QueryResolvers['implementationCoverage']> = async (
  _parent,
  { asOf, jurisdiction },
  context,
) => {
  if (jurisdiction !== null && jurisdiction !== undefined && !JURISDICTION.test(jurisdiction)) {
    throw badUserInput(`jurisdiction "${jurisdiction.slice(0, 20)}" is not a State code`, {
      argument: 'jurisdiction',
      allowed: 'an ISO 3166 alpha-2 code such as KZ',
    });
  }
  const params = { asOf: asOf ?? null, jurisdiction: jurisdiction?.toUpperCase() ?? null };
  const rows = await context.reader.run('implementationCoverage', params, context.stats);
  return buildCoverage(rows, asOf ?? null);
};
