import type { ClaimResolvers } from '../generated/graphql.js';

export const Claim: ClaimResolvers = {
  official: (row) => row['status'] === 'OFFICIAL',
};
