import type { ClaimResolvers } from '../generated/graphql.js';
import { projected } from './projected.js';

export const Claim: ClaimResolvers = {
  official: (row) => row['status'] === 'OFFICIAL',
  sources: projected,
  link: projected,
};
