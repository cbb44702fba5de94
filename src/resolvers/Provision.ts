import type { ProvisionResolvers } from '../generated/graphql.js';
import { entityFields } from './Entity.js';
import { projected } from './projected.js';

export const Provision: ProvisionResolvers = {
  ...entityFields,
  partOf: projected,
  implementedBy: projected,
  implements: projected,
  recommendations: projected,
  correspondsTo: projected,
  extendedBy: projected,
  clusters: projected,
};
