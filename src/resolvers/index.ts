import type { Resolvers } from '../generated/graphql.js';
import { Claim } from './Claim.js';
import { DateScalar } from './Date.js';
import { Entity, entityFields } from './Entity.js';
import { ImplementationLink, Link } from './Link.js';
import { Instrument } from './Instrument.js';
import { Provision } from './Provision.js';
import { crcArticle } from './Query/crcArticle.js';
import { crcArticles } from './Query/crcArticles.js';
import { instrument } from './Query/instrument.js';
import { instruments } from './Query/instruments.js';
import { node } from './Query/node.js';
import { search } from './Query/search.js';
import { institutions } from './Query/institutions.js';
import { recommendations } from './Query/recommendations.js';
import { Source } from './Source.js';
import { Area, Cluster, Document, Institution, Recommendation, State } from './tracing.js';
import {
  ChangeRequestLink,
  ConcernLink,
  CorrespondenceLink,
  OfficeHolderLink,
  RatificationLink,
  ResponsibilityLink,
} from './TracingLinks.js';
import { ArticleCoverage, CoverageMatrix, CoveringInstrument } from './Coverage.js';
import { GraphEdge } from './GraphEdge.js';
import { Subgraph } from './Subgraph.js';
import { implementationCoverage } from './Query/implementationCoverage.js';
import { institutionsConnection } from './Query/institutionsConnection.js';
import { instrumentsConnection } from './Query/instrumentsConnection.js';
import { neighborhood } from './Query/neighborhood.js';
import { pathSubgraph } from './Query/pathSubgraph.js';
import { paths } from './Query/paths.js';
import { recommendationsConnection } from './Query/recommendationsConnection.js';
import { searchConnection } from './Query/searchConnection.js';
import { subgraph } from './Query/subgraph.js';
import { wholeGraph } from './Query/wholeGraph.js';
import { ApiToken, AuditEntry } from './Curation.js';
import { createEntity } from './Mutation/createEntity.js';
import { createToken } from './Mutation/createToken.js';
import { importGraph } from './Mutation/importGraph.js';
import { link } from './Mutation/link.js';
import { retireEntity } from './Mutation/retireEntity.js';
import { revokeToken } from './Mutation/revokeToken.js';
import { unlink } from './Mutation/unlink.js';
import { updateEntity } from './Mutation/updateEntity.js';
import { history } from './Query/history.js';
import { tokens } from './Query/tokens.js';

/** The resolver map: one file per root field and per type that needs more than defaults. */
export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: {
    node,
    search,
    crcArticle,
    crcArticles,
    instrument,
    instruments,
    // Issue #3: dataset lists.
    recommendations,
    institutions,
    // Issue #4: exploration.
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
    // Issue #5: curation.
    history,
    tokens,
  },
  // Issue #5: curation.
  Mutation: { createEntity, updateEntity, retireEntity, link, unlink, importGraph, createToken, revokeToken },
  AuditEntry,
  ApiToken,
  Entity,
  Instrument,
  Provision,
  Source,
  Link,
  ImplementationLink,
  Claim,
  // Issue 3: tracing fields and typed links.
  State,
  Cluster,
  Document,
  Recommendation,
  Institution,
  Area,
  RatificationLink,
  ConcernLink,
  ChangeRequestLink,
  ResponsibilityLink,
  OfficeHolderLink,
  CorrespondenceLink,
  Subgraph,
  GraphEdge,
  ArticleCoverage,
  CoveringInstrument,
  CoverageMatrix,
  // Entity types with nothing beyond the shared fields.
  Principle: entityFields,
  Person: entityFields,
  Program: entityFields,
  Measure: entityFields,
  Challenge: entityFields,
  Group: entityFields,
};
