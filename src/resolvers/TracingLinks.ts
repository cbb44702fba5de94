import type {
  ChangeRequestLinkResolvers,
  ConcernLinkResolvers,
  CorrespondenceLinkResolvers,
  OfficeHolderLinkResolvers,
  RatificationLinkResolvers,
  ResponsibilityLinkResolvers,
} from '../generated/graphql.js';
import type { Basis, ClaimStatus } from '../model/relations.js';
import type { LinkRow } from './mappers.js';
import { projected } from './projected.js';

/**
 * The typed links of the tracing questions. Their ends, act, sources and claims were fetched by
 * the root field's statement (`projected`); basis and status are always set on these link types
 * because the data check requires provenance on every non-structural link.
 */
const provenance = {
  basis: (row: LinkRow) => row['basis'] as Basis,
  status: (row: LinkRow) => row['status'] as ClaimStatus,
  sources: projected,
  claims: projected,
};

export const RatificationLink: RatificationLinkResolvers = { ...provenance, state: projected, treaty: projected, act: projected };
export const ConcernLink: ConcernLinkResolvers = { ...provenance, recommendation: projected, article: projected };
export const ChangeRequestLink: ChangeRequestLinkResolvers = { ...provenance, recommendation: projected, law: projected };
export const ResponsibilityLink: ResponsibilityLinkResolvers = { ...provenance, institution: projected, subject: projected };
export const OfficeHolderLink: OfficeHolderLinkResolvers = { ...provenance, office: projected, person: projected };
export const CorrespondenceLink: CorrespondenceLinkResolvers = { ...provenance, article: projected, from: projected, to: projected };
