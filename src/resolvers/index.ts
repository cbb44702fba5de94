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
import { Source } from './Source.js';
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
  Query: { node, search, crcArticle, crcArticles, instrument, instruments, history, tokens },
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
  // Entity types with nothing beyond the shared fields.
  Principle: entityFields,
  Cluster: entityFields,
  State: entityFields,
  Institution: entityFields,
  Person: entityFields,
  Program: entityFields,
  Measure: entityFields,
  Challenge: entityFields,
  Group: entityFields,
  Area: entityFields,
  Document: entityFields,
  Recommendation: entityFields,
};
