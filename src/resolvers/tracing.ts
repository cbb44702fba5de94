import type {
  AreaResolvers,
  ClusterResolvers,
  DocumentResolvers,
  InstitutionResolvers,
  RecommendationResolvers,
  StateResolvers,
} from '../generated/graphql.js';
import { entityFields } from './Entity.js';
import { projected } from './projected.js';

/**
 * Entity types whose only extra fields are the tracing relationships of issue 3 (declared in
 * src/projection/catalogue-tracing.ts), all read from the root field's statement.
 */
export const State: StateResolvers = { ...entityFields, ratifications: projected, signatures: projected };
export const Cluster: ClusterResolvers = { ...entityFields, articles: projected };
export const Document: DocumentResolvers = { ...entityFields, recommendations: projected };
export const Recommendation: RecommendationResolvers = {
  ...entityFields,
  document: projected,
  concerns: projected,
  asksToChange: projected,
  addresses: projected,
};
export const Institution: InstitutionResolvers = {
  ...entityFields,
  responsibleFor: projected,
  holders: projected,
  overseenBy: projected,
  oversees: projected,
  predecessors: projected,
  successors: projected,
};
export const Area: AreaResolvers = { ...entityFields, responsible: projected, monitoredBy: projected };
