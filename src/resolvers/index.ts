import type { Resolvers } from '../generated/graphql.js';
import { ENTITY_TYPE_NAMES } from '../model/kinds.js';
import { Claim } from './Claim.js';
import { ArticleCoverage, CoverageMatrix, CoveringInstrument } from './Coverage.js';
import { ApiToken, AuditEntry } from './Curation.js';
import { DateScalar } from './Date.js';
import { Entity, entityFields } from './Entity.js';
import { GraphEdge } from './GraphEdge.js';
import { Instrument } from './Instrument.js';
import { Link } from './Link.js';
import { createEntity } from './Mutation/createEntity.js';
import { createToken } from './Mutation/createToken.js';
import { importGraph } from './Mutation/importGraph.js';
import { link } from './Mutation/link.js';
import { retireEntity } from './Mutation/retireEntity.js';
import { revokeToken } from './Mutation/revokeToken.js';
import { unlink } from './Mutation/unlink.js';
import { updateEntity } from './Mutation/updateEntity.js';
import { crcArticle } from './Query/crcArticle.js';
import { crcArticles } from './Query/crcArticles.js';
import { history } from './Query/history.js';
import { implementationCoverage } from './Query/implementationCoverage.js';
import { institutions } from './Query/institutions.js';
import { institutionsConnection } from './Query/institutionsConnection.js';
import { instrument } from './Query/instrument.js';
import { instruments } from './Query/instruments.js';
import { instrumentsConnection } from './Query/instrumentsConnection.js';
import { neighborhood } from './Query/neighborhood.js';
import { node } from './Query/node.js';
import { pathSubgraph } from './Query/pathSubgraph.js';
import { paths } from './Query/paths.js';
import { recommendations } from './Query/recommendations.js';
import { recommendationsConnection } from './Query/recommendationsConnection.js';
import { search } from './Query/search.js';
import { searchConnection } from './Query/searchConnection.js';
import { subgraph } from './Query/subgraph.js';
import { timeline } from './Query/timeline.js';
import { tokens } from './Query/tokens.js';
import { wholeGraph } from './Query/wholeGraph.js';
import { Source } from './Source.js';
import { Subgraph } from './Subgraph.js';
import { TimelineEvent, TimelineParty } from './Timeline.js';

/** Entity types whose resolvers go beyond the fields every entity shares. */
const ENTITY_RESOLVERS = { Instrument, Source };

/**
 * The resolvers written by hand: one file per root field and per type whose fields are not read
 * as they are stored. Relation fields have none: the schema's mapping declares them and
 * withRelationFields (projected.ts) reads each from its root field's statement.
 */
export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: {
    node,
    search,
    crcArticle,
    crcArticles,
    instrument,
    instruments,
    recommendations,
    institutions,
    neighborhood,
    paths,
    pathSubgraph,
    subgraph,
    wholeGraph,
    implementationCoverage,
    instrumentsConnection,
    searchConnection,
    recommendationsConnection,
    institutionsConnection,
    history,
    timeline,
    tokens,
  },
  Mutation: { createEntity, updateEntity, retireEntity, link, unlink, importGraph, createToken, revokeToken },
  Entity,
  ...Object.fromEntries(ENTITY_TYPE_NAMES.map((type) => [type, entityFields])),
  ...ENTITY_RESOLVERS,
  Link,
  Claim,
  GraphEdge,
  Subgraph,
  ArticleCoverage,
  CoveringInstrument,
  CoverageMatrix,
  TimelineEvent,
  TimelineParty,
  AuditEntry,
  ApiToken,
};

/** Whether `Type.field` has a resolver written by hand (for the catalogue's checks). */
export function hasResolver(typeName: string, fieldName: string): boolean {
  const fields = (resolvers as Record<string, unknown>)[typeName];
  return typeof fields === 'object' && fields !== null && fieldName in fields && !fieldName.startsWith('__');
}
