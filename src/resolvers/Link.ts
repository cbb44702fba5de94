import type { ImplementationLinkResolvers, LinkResolvers } from '../generated/graphql.js';
import type { Basis, ClaimStatus } from '../model/relations.js';
import { projected } from './projected.js';

export const Link: LinkResolvers = {
  type: (row) => row.__type,
  from: projected,
  to: projected,
  sources: projected,
  claims: projected,
};

/** An IMPLEMENTS link always has a basis and a status: the data check and curation require them. */
export const ImplementationLink: ImplementationLinkResolvers = {
  by: projected,
  article: projected,
  sources: projected,
  claims: projected,
  basis: (row) => row['basis'] as Basis,
  status: (row) => row['status'] as ClaimStatus,
};
