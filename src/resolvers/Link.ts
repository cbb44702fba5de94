import type { LinkResolvers } from '../generated/graphql.js';

/** A link's type is its relationship's; its ends, sources and claims come from the projection. */
export const Link: LinkResolvers = {
  type: (row) => row.__type,
};
