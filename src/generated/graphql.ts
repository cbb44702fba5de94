import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRow, LinkRow, ClaimRow, SearchHitRow, EntityWriteRow, LinkWriteRow, CreatedTokenRow } from '../resolvers/mappers.js';
import type { AuditRow } from '../curation/audit.js';
import type { TokenInfo } from '../auth/tokens.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 (YYYY-MM-DD). */
  Date: { input: string; output: string; }
};

/** An API token as admins see it: never the token itself, never its hash. */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** When it was created (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Who created it (null when created on the command line). */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** Stable id of the token. */
  id: Scalars['ID']['output'];
  /** Who holds it; the audit trail names writers by it. */
  name: Scalars['String']['output'];
  /** When it was revoked, if it was. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  /** Who revoked it. */
  revokedBy?: Maybe<Scalars['String']['output']>;
  /** What it may do. */
  role: Role;
};

/** A policy area an institution is responsible for. */
export type Area = Entity & {
  __typename?: 'Area';
  /** Other identifiers. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id. */
  id: Scalars['ID']['output'];
  /** Always AREA. */
  kind: EntityKind;
  /** Every link of this entity. */
  links: Array<Link>;
  /** The name in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
  /** The languages this entity has a name in. */
  nameLangs: Array<Lang>;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** A short description, in the language asked. */
  summary?: Maybe<Scalars['String']['output']>;
  /** First day, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** False when the look-ups behind the dataset could not confirm it. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). */
  version: Scalars['Int']['output'];
};


/** A policy area an institution is responsible for. */
export type AreaLinksArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A policy area an institution is responsible for. */
export type AreaNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** A policy area an institution is responsible for. */
export type AreaSummaryArgs = {
  lang?: InputMaybe<Lang>;
};

/** One curated write: who, when, what, and the state before and after. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The name of the token that wrote. */
  actor: Scalars['String']['output'];
  /** The state after, as JSON (null when it was removed). */
  after?: Maybe<Scalars['String']['output']>;
  /** When, as an ISO 8601 date and time (UTC). */
  at: Scalars['String']['output'];
  /** Set when the write was part of an import: the id shared by its entries. */
  batch?: Maybe<Scalars['ID']['output']>;
  /** The state before, as JSON (null when it did not exist). */
  before?: Maybe<Scalars['String']['output']>;
  /** The fields whose value changed. */
  changedFields: Array<Scalars['String']['output']>;
  /** For a link: the entity it starts at. */
  from?: Maybe<Scalars['ID']['output']>;
  /** Stable id of the entry. */
  id: Scalars['ID']['output'];
  /** What was done. */
  operation: AuditOperation;
  /** Why, as the editor gave it. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The role of that token at the time. */
  role: Role;
  /** The id of the entity or link written. */
  subject: Scalars['ID']['output'];
  /** For a link: the entity it ends at. */
  to?: Maybe<Scalars['ID']['output']>;
  /** For an entity: its version after the write. */
  version?: Maybe<Scalars['Int']['output']>;
};

/** What a curated write did. */
export type AuditOperation =
  /** An entity was created. */
  | 'CREATE_ENTITY'
  /** A link was created. */
  | 'LINK'
  /** An entity was retired (its `validTo` set); it stays in the graph. */
  | 'RETIRE_ENTITY'
  /** A link was removed. */
  | 'UNLINK'
  /** An entity's fields were changed. */
  | 'UPDATE_ENTITY';

/** What a link rests on. */
export type Basis =
  /** A subject-matter mapping made by this project's editors from the sources given. */
  | 'EDITORIAL'
  /** The official text or register says so. */
  | 'OFFICIAL'
  /** The seed paper claims it. */
  | 'SEED_PAPER';

/** A problem children face. */
export type Challenge = Entity & {
  __typename?: 'Challenge';
  /** Other identifiers. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id. */
  id: Scalars['ID']['output'];
  /** Always CHALLENGE. */
  kind: EntityKind;
  /** Every link of this entity. */
  links: Array<Link>;
  /** The name in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
  /** The languages this entity has a name in. */
  nameLangs: Array<Lang>;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** A short description, in the language asked. */
  summary?: Maybe<Scalars['String']['output']>;
  /** First day, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** False when the look-ups behind the dataset could not confirm it. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). */
  version: Scalars['Int']['output'];
};


/** A problem children face. */
export type ChallengeLinksArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A problem children face. */
export type ChallengeNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** A problem children face. */
export type ChallengeSummaryArgs = {
  lang?: InputMaybe<Lang>;
};

/** One version of a disputed fact about an entity, with its sources. */
export type Claim = {
  __typename?: 'Claim';
  /** What the claim rests on. */
  basis: Basis;
  /** Stable id of the claim. */
  id: Scalars['ID']['output'];
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when this version is the one the official record gives. */
  official: Scalars['Boolean']['output'];
  /** The property the claim is about, for example `adopted`. */
  property: Scalars['String']['output'];
  /** The sources that make this claim. */
  sources: Array<Source>;
  /** Whether this is the official version, a contested one or an unverified one. */
  status: ClaimStatus;
  /** The value this version gives. */
  value: Scalars['String']['output'];
};

/** How far a link or claim can be relied on. */
export type ClaimStatus =
  /** Not official, but not disputed by any source. */
  | 'ACCEPTED'
  /** Contradicted by an official source. */
  | 'CONTESTED'
  /** The version the official record gives. */
  | 'OFFICIAL'
  /** No look-up could confirm or refute it. */
  | 'UNVERIFIED';

/** A reporting cluster of the Committee on the Rights of the Child. */
export type Cluster = Entity & {
  __typename?: 'Cluster';
  /** Other identifiers. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id. */
  id: Scalars['ID']['output'];
  /** Always CLUSTER. */
  kind: EntityKind;
  /** Every link of this entity. */
  links: Array<Link>;
  /** The name in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
  /** The languages this entity has a name in. */
  nameLangs: Array<Lang>;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** A short description, in the language asked. */
  summary?: Maybe<Scalars['String']['output']>;
  /** First day, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** False when the look-ups behind the dataset could not confirm it. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). */
  version: Scalars['Int']['output'];
};


/** A reporting cluster of the Committee on the Rights of the Child. */
export type ClusterLinksArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A reporting cluster of the Committee on the Rights of the Child. */
export type ClusterNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** A reporting cluster of the Committee on the Rights of the Child. */
export type ClusterSummaryArgs = {
  lang?: InputMaybe<Lang>;
};

/** A token just created. The token is shown this once; only its hash is stored. */
export type CreatedToken = {
  __typename?: 'CreatedToken';
  /** The token's record. */
  info: ApiToken;
  /** The bearer token: send it as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
};

/** Direction of a link seen from the entity it is asked on. */
export type Direction =
  /** Both. */
  | 'BOTH'
  /** Links that end at this entity. */
  | 'IN'
  /** Links that start at this entity. */
  | 'OUT';

/** A UN treaty-body document. */
export type Document = Entity & {
  __typename?: 'Document';
  /** Other identifiers. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Date of the document. */
  date?: Maybe<Scalars['Date']['output']>;
  /** Stable id: the document symbol. */
  id: Scalars['ID']['output'];
  /** Always DOCUMENT. */
  kind: EntityKind;
  /** Every link of this entity. */
  links: Array<Link>;
  /** The title in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
  /** The languages this entity has a name in. */
  nameLangs: Array<Lang>;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Session of the Committee. */
  session?: Maybe<Scalars['String']['output']>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** A short description, in the language asked. */
  summary?: Maybe<Scalars['String']['output']>;
  /** The UN document symbol, for example `CRC/C/KAZ/CO/4`. */
  symbol?: Maybe<Scalars['String']['output']>;
  /** First day, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** False when the look-ups behind the dataset could not confirm it. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). */
  version: Scalars['Int']['output'];
};


/** A UN treaty-body document. */
export type DocumentLinksArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A UN treaty-body document. */
export type DocumentNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** A UN treaty-body document. */
export type DocumentSummaryArgs = {
  lang?: InputMaybe<Lang>;
};

/** Anything in the graph with an id and a name. */
export type Entity = {
  /** Other identifiers: official register codes, AKN or ELI style IRIs. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree, each with its sources. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id, for example `crc:art:19` or `kz:law:rights-of-child`. */
  id: Scalars['ID']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Every link of this entity, optionally of some types, in one direction, in force on a day. */
  links: Array<Link>;
  /** The name in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
  /** The languages this entity has a name in. */
  nameLangs: Array<Lang>;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** A short description, in the language asked (English when missing). */
  summary?: Maybe<Scalars['String']['output']>;
  /** First day this entity was in force or existed, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day this entity was in force or existed, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** False when the look-ups behind the dataset could not confirm it. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). Pass it as `expectedVersion` to change it. */
  version: Scalars['Int']['output'];
};


/** Anything in the graph with an id and a name. */
export type EntityLinksArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};


/** Anything in the graph with an id and a name. */
export type EntityNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** Anything in the graph with an id and a name. */
export type EntitySummaryArgs = {
  lang?: InputMaybe<Lang>;
};

/**
 * A new entity, with the fields of the dataset files (cypher/data/README.md). Which fields a kind
 * may have is checked; `name.en` is required, and every kind but SOURCE needs at least one source.
 */
export type EntityInput = {
  /** Sources: the day it was last looked up. */
  accessed?: InputMaybe<Scalars['Date']['input']>;
  /** Instruments: date of adoption. */
  adopted?: InputMaybe<Scalars['Date']['input']>;
  /** Other identifiers: register codes, AKN or ELI IRIs. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Sources: the authors. */
  authors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Sources: the reference as a citing work gives it. */
  citation?: InputMaybe<Scalars['String']['input']>;
  /** UN documents and recommendations: the date. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** UN documents: the type of document. */
  docType?: InputMaybe<Scalars['String']['input']>;
  /** Sources: the DOI. */
  doi?: InputMaybe<Scalars['String']['input']>;
  /** Stable, readable id (letters, digits and : / # . _ -), for example `kz:law:education`. */
  id: Scalars['ID']['input'];
  /** Institutions: what type of body it is. */
  institutionType?: InputMaybe<Scalars['String']['input']>;
  /** States: the ISO 3166 code. */
  isoCode?: InputMaybe<Scalars['String']['input']>;
  /** Instruments: `UN` or a State's ISO code. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** What kind of entity this is. */
  kind: EntityKind;
  /** The name; English is required. */
  name: TextInput;
  /** An editor's note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Instruments and provisions: the official number. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Recommendations: the paragraph number. */
  paragraph?: InputMaybe<Scalars['String']['input']>;
  /** Id of the instrument, provision or UN document it is part of (PROVISION and RECOMMENDATION need it). */
  partOf?: InputMaybe<Scalars['ID']['input']>;
  /** Provisions and clusters: the position for ordering. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Sources: the publisher. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Instruments: the code in the official register. */
  registerCode?: InputMaybe<Scalars['String']['input']>;
  /** UN documents: the session. */
  session?: InputMaybe<Scalars['String']['input']>;
  /** A short name. */
  shortName?: InputMaybe<TextInput>;
  /** Sources: OFFICIAL_REGISTER, TREATY, UN_DOCUMENT, ACADEMIC, NEWS, NGO, GOVERNMENT or REFERENCE. */
  sourceType?: InputMaybe<Scalars['String']['input']>;
  /** Ids of the sources that support it (SOURCE entities). */
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A short description. */
  summary?: InputMaybe<TextInput>;
  /** UN documents and recommendations: the document symbol. */
  symbol?: InputMaybe<Scalars['String']['input']>;
  /** Link to the text or the page. */
  url?: InputMaybe<Scalars['String']['input']>;
  /** First day in force or in existence. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day in force or in existence. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
  /** Sources: journal, series or website. */
  venue?: InputMaybe<Scalars['String']['input']>;
  /** False when it could not be confirmed. */
  verified?: InputMaybe<Scalars['Boolean']['input']>;
  /** Sources: the year of publication. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** The kind of an entity. */
export type EntityKind =
  /** A policy area an institution is responsible for. */
  | 'AREA'
  /** A problem children face. */
  | 'CHALLENGE'
  /** A reporting cluster of the Committee on the Rights of the Child. */
  | 'CLUSTER'
  /** A code (Criminal Code, Labour Code, Marriage and Family Code). */
  | 'CODE'
  /** A version of a State's constitution. */
  | 'CONSTITUTION'
  /** The UN Convention on the Rights of the Child. */
  | 'CONVENTION'
  /** A decree or resolution (for example a ratification resolution). */
  | 'DECREE'
  /** A UN treaty-body document. */
  | 'DOCUMENT'
  /** A group of children. */
  | 'GROUP'
  /** A ministry, committee, office, court system or civil-society body. */
  | 'INSTITUTION'
  /** A law. */
  | 'LAW'
  /** A remedy or measure a source proposes. */
  | 'MEASURE'
  /** An optional protocol to the CRC. */
  | 'OPTIONAL_PROTOCOL'
  /** A holder of an office. */
  | 'PERSON'
  /** A principle or right, such as the CRC's four general principles. */
  | 'PRINCIPLE'
  /** A programme, campaign or service such as a helpline. */
  | 'PROGRAM'
  /** An article or paragraph of an instrument. */
  | 'PROVISION'
  /** A recommendation (one paragraph) of a UN treaty-body document. */
  | 'RECOMMENDATION'
  /** A bibliographic or official source. */
  | 'SOURCE'
  /** A State party. */
  | 'STATE';

/**
 * Changes to an entity: a field given is replaced, a field given as null is removed, a field left
 * out is kept. The result is checked with the same rules as a new entity.
 */
export type EntityPatch = {
  /** Sources: the day it was last looked up. */
  accessed?: InputMaybe<Scalars['Date']['input']>;
  /** Instruments: date of adoption. */
  adopted?: InputMaybe<Scalars['Date']['input']>;
  /** Other identifiers. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Sources: the authors. */
  authors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Sources: the reference as a citing work gives it. */
  citation?: InputMaybe<Scalars['String']['input']>;
  /** UN documents and recommendations: the date. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** UN documents: the type of document. */
  docType?: InputMaybe<Scalars['String']['input']>;
  /** Sources: the DOI. */
  doi?: InputMaybe<Scalars['String']['input']>;
  /** Institutions: what type of body it is. */
  institutionType?: InputMaybe<Scalars['String']['input']>;
  /** States: the ISO 3166 code. */
  isoCode?: InputMaybe<Scalars['String']['input']>;
  /** Instruments: `UN` or a State's ISO code. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** The name (replaces every language; English is required). */
  name?: InputMaybe<TextInput>;
  /** An editor's note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Instruments and provisions: the official number. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Recommendations: the paragraph number. */
  paragraph?: InputMaybe<Scalars['String']['input']>;
  /** Id of what it is part of. */
  partOf?: InputMaybe<Scalars['ID']['input']>;
  /** Provisions and clusters: the position for ordering. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Sources: the publisher. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Instruments: the code in the official register. */
  registerCode?: InputMaybe<Scalars['String']['input']>;
  /** UN documents: the session. */
  session?: InputMaybe<Scalars['String']['input']>;
  /** A short name. */
  shortName?: InputMaybe<TextInput>;
  /** Sources: the type of source. */
  sourceType?: InputMaybe<Scalars['String']['input']>;
  /** Ids of the sources that support it. */
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A short description. */
  summary?: InputMaybe<TextInput>;
  /** UN documents and recommendations: the document symbol. */
  symbol?: InputMaybe<Scalars['String']['input']>;
  /** Link to the text or the page. */
  url?: InputMaybe<Scalars['String']['input']>;
  /** First day in force or in existence. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day in force or in existence. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
  /** Sources: journal, series or website. */
  venue?: InputMaybe<Scalars['String']['input']>;
  /** False when it could not be confirmed. */
  verified?: InputMaybe<Scalars['Boolean']['input']>;
  /** Sources: the year of publication. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** The outcome of a write to an entity. */
export type EntityWrite = {
  __typename?: 'EntityWrite';
  /** The audit entry of this write. */
  audit: AuditEntry;
  /** The entity as it is now. */
  entity: Entity;
  /** Its version now: pass it as `expectedVersion` to change it again. */
  version: Scalars['Int']['output'];
};

/** A group of children. */
export type Group = Entity & {
  __typename?: 'Group';
  /** Other identifiers. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id. */
  id: Scalars['ID']['output'];
  /** Always GROUP. */
  kind: EntityKind;
  /** Every link of this entity. */
  links: Array<Link>;
  /** The name in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
  /** The languages this entity has a name in. */
  nameLangs: Array<Lang>;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** A short description, in the language asked. */
  summary?: Maybe<Scalars['String']['output']>;
  /** First day, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** False when the look-ups behind the dataset could not confirm it. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). */
  version: Scalars['Int']['output'];
};


/** A group of children. */
export type GroupLinksArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A group of children. */
export type GroupNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** A group of children. */
export type GroupSummaryArgs = {
  lang?: InputMaybe<Lang>;
};

/** A link saying that a domestic instrument or provision implements a CRC (or protocol) article. */
export type ImplementationLink = {
  __typename?: 'ImplementationLink';
  /** The article implemented. */
  article: Provision;
  /** What the link rests on. */
  basis: Basis;
  /** The instrument or provision that implements the article. */
  by: Entity;
  /** Stable id of the link. */
  id: Scalars['ID']['output'];
  /** An editor's note, for example what in the law implements the article. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sources that support the link. */
  sources: Array<Source>;
  /** How far the link can be relied on: the official version, an accepted mapping, or a contested claim. */
  status: ClaimStatus;
  /** First day the link held, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day the link held, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** A document of new entities and links, written all together or not at all. */
export type ImportInput = {
  /** New entities; none may exist yet. */
  entities?: Array<EntityInput>;
  /** New links, between new or existing entities. */
  links?: Array<LinkInput>;
};

/** The outcome of an import. */
export type ImportResult = {
  __typename?: 'ImportResult';
  /** The id shared by the import's audit entries. */
  batch: Scalars['ID']['output'];
  /** Ids of the entities created. */
  entities: Array<Scalars['ID']['output']>;
  /** Ids of the links created. */
  links: Array<Scalars['ID']['output']>;
};

/** A ministry, committee, office, court system or civil-society body. */
export type Institution = Entity & {
  __typename?: 'Institution';
  /** Other identifiers. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id. */
  id: Scalars['ID']['output'];
  /** Always INSTITUTION. */
  kind: EntityKind;
  /** Every link of this entity. */
  links: Array<Link>;
  /** The name in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
  /** The languages this entity has a name in. */
  nameLangs: Array<Lang>;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** A short description, in the language asked. */
  summary?: Maybe<Scalars['String']['output']>;
  /** First day the institution existed, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day the institution existed, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** False when the look-ups behind the dataset could not confirm it. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). */
  version: Scalars['Int']['output'];
};


/** A ministry, committee, office, court system or civil-society body. */
export type InstitutionLinksArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A ministry, committee, office, court system or civil-society body. */
export type InstitutionNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** A ministry, committee, office, court system or civil-society body. */
export type InstitutionSummaryArgs = {
  lang?: InputMaybe<Lang>;
};

/** A legal instrument: the CRC, an optional protocol, a constitution, a code, a law or a decree. */
export type Instrument = Entity & {
  __typename?: 'Instrument';
  /** Date of adoption. */
  adopted?: Maybe<Scalars['Date']['output']>;
  /** Other identifiers: official register codes, AKN or ELI style IRIs. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id. */
  id: Scalars['ID']['output'];
  /** The CRC articles this instrument, or one of its provisions, implements. */
  implements: Array<ImplementationLink>;
  /** The kind of instrument. */
  instrumentKind: InstrumentKind;
  /** Jurisdiction: `UN` or a State's ISO code. */
  jurisdiction?: Maybe<Scalars['String']['output']>;
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Every link of this entity. */
  links: Array<Link>;
  /** The name in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
  /** The languages this entity has a name in. */
  nameLangs: Array<Lang>;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Official number, for example `345-II`. */
  number?: Maybe<Scalars['String']['output']>;
  /** The provisions (articles) of this instrument recorded in the graph, in order. */
  provisions: Array<Provision>;
  /** Code in the official register (adilet.zan.kz for Kazakhstan). */
  registerCode?: Maybe<Scalars['String']['output']>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** A short description, in the language asked (English when missing). */
  summary?: Maybe<Scalars['String']['output']>;
  /** Link to the official text. */
  url?: Maybe<Scalars['String']['output']>;
  /** First day in force, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day in force, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** False when the look-ups behind the dataset could not confirm it. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). */
  version: Scalars['Int']['output'];
};


/** A legal instrument: the CRC, an optional protocol, a constitution, a code, a law or a decree. */
export type InstrumentImplementsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A legal instrument: the CRC, an optional protocol, a constitution, a code, a law or a decree. */
export type InstrumentLinksArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A legal instrument: the CRC, an optional protocol, a constitution, a code, a law or a decree. */
export type InstrumentNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** A legal instrument: the CRC, an optional protocol, a constitution, a code, a law or a decree. */
export type InstrumentSummaryArgs = {
  lang?: InputMaybe<Lang>;
};

/** The kind of a legal instrument. */
export type InstrumentKind =
  /** A code. */
  | 'CODE'
  /** A version of a State's constitution. */
  | 'CONSTITUTION'
  /** The UN Convention on the Rights of the Child. */
  | 'CONVENTION'
  /** A decree or resolution. */
  | 'DECREE'
  /** A law. */
  | 'LAW'
  /** An optional protocol to the CRC. */
  | 'OPTIONAL_PROTOCOL';

/** Language of a name. A name missing in the language asked falls back to English. */
export type Lang =
  /** English */
  | 'EN'
  /** Kazakh */
  | 'KK'
  /** Russian */
  | 'RU';

/** A link between two entities, with its provenance. */
export type Link = {
  __typename?: 'Link';
  /** What the link rests on (null for structural links such as PART_OF). */
  basis?: Maybe<Basis>;
  /** The date of the event the link records (signature, ratification, amendment), where known. */
  date?: Maybe<Scalars['Date']['output']>;
  /** The entity the link starts at. */
  from: Entity;
  /** Stable id of the link: `from|TYPE|to`, with a qualifier where two links share both ends. */
  id: Scalars['ID']['output'];
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sources that support the link. */
  sources: Array<Source>;
  /** How far the link can be relied on (null for structural links). */
  status?: Maybe<ClaimStatus>;
  /** The entity the link ends at. */
  to: Entity;
  /** The type of the link. */
  type: RelationType;
  /** First day the link held, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day the link held, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/**
 * A new link between two entities, with the fields of the dataset files. Which kinds a type may
 * connect is checked (src/model/relations.ts); every curated link needs at least one source, and
 * every type but the structural ones (IN_CLUSTER, CITES) a basis.
 */
export type LinkInput = {
  /** RATIFIED: id of the ratifying act. */
  act?: InputMaybe<Scalars['ID']['input']>;
  /** What the link rests on. */
  basis?: InputMaybe<Basis>;
  /** SIGNED, RATIFIED, AMENDS, REPLACES: the date of the event. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** RATIFIED: the date of deposit. */
  depositDate?: InputMaybe<Scalars['Date']['input']>;
  /** Id of the entity the link starts at. */
  from: Scalars['ID']['input'];
  /** RATIFIED: the date of entry into force. */
  inForceDate?: InputMaybe<Scalars['Date']['input']>;
  /** An editor's note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** IN_CLUSTER: the paragraphs of Art. 44(6), for example `6`. */
  paragraphs?: InputMaybe<Scalars['String']['input']>;
  /** CITES: the position in the bibliography. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Keeps two links of the same type between the same two entities apart. */
  qualifier?: InputMaybe<Scalars['String']['input']>;
  /** RESPONSIBLE_FOR: the role. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** Ids of the sources that support the link: at least one. */
  sources: Array<Scalars['ID']['input']>;
  /** How far it can be relied on (by default OFFICIAL for an official basis, ACCEPTED otherwise). */
  status?: InputMaybe<ClaimStatus>;
  /** Id of the entity the link ends at. */
  to: Scalars['ID']['input'];
  /** The type of the link. PART_OF and SUPPORTED_BY are set through an entity's `partOf` and `sources`. */
  type: RelationType;
  /** First day the link held. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day the link held. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

/** The outcome of a write to a link. */
export type LinkWrite = {
  __typename?: 'LinkWrite';
  /** The audit entry of this write. */
  audit: AuditEntry;
  /** Id of the entity it starts at. */
  from: Scalars['ID']['output'];
  /** The link's id: `from|TYPE|to`, with `#qualifier` where given. */
  id: Scalars['ID']['output'];
  /** Id of the entity it ends at. */
  to: Scalars['ID']['output'];
  /** The type of the link. */
  type: RelationType;
};

/** A remedy or measure a source proposes. */
export type Measure = Entity & {
  __typename?: 'Measure';
  /** Other identifiers. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id. */
  id: Scalars['ID']['output'];
  /** Always MEASURE. */
  kind: EntityKind;
  /** Every link of this entity. */
  links: Array<Link>;
  /** The name in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
  /** The languages this entity has a name in. */
  nameLangs: Array<Lang>;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** A short description, in the language asked. */
  summary?: Maybe<Scalars['String']['output']>;
  /** First day, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** False when the look-ups behind the dataset could not confirm it. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). */
  version: Scalars['Int']['output'];
};


/** A remedy or measure a source proposes. */
export type MeasureLinksArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A remedy or measure a source proposes. */
export type MeasureNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** A remedy or measure a source proposes. */
export type MeasureSummaryArgs = {
  lang?: InputMaybe<Lang>;
};

/**
 * Curated writes. Each needs a bearer token; each is atomic, validated with the rules of the
 * dataset files (a violation is BAD_USER_INPUT naming the field, and nothing is written) and
 * recorded in the audit trail.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates an entity (version 1). */
  createEntity: EntityWrite;
  /** Creates an API token (needs the ADMIN role). The token is in the answer, and nowhere else. */
  createToken: CreatedToken;
  /** Creates the entities and links of a document, all of them or none. */
  importGraph: ImportResult;
  /** Links two entities (CONFLICT when that link exists already). */
  link: LinkWrite;
  /** Retires an entity: sets its `validTo`. It stays in the graph, with its history. */
  retireEntity: EntityWrite;
  /** Revokes an API token (needs the ADMIN role). */
  revokeToken: ApiToken;
  /** Removes a link, by its id (NOT_FOUND when there is none). */
  unlink: LinkWrite;
  /** Changes an entity's fields, if it is still at `expectedVersion` (CONFLICT otherwise). */
  updateEntity: EntityWrite;
};


/**
 * Curated writes. Each needs a bearer token; each is atomic, validated with the rules of the
 * dataset files (a violation is BAD_USER_INPUT naming the field, and nothing is written) and
 * recorded in the audit trail.
 */
export type MutationCreateEntityArgs = {
  input: EntityInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Curated writes. Each needs a bearer token; each is atomic, validated with the rules of the
 * dataset files (a violation is BAD_USER_INPUT naming the field, and nothing is written) and
 * recorded in the audit trail.
 */
export type MutationCreateTokenArgs = {
  name: Scalars['String']['input'];
  role: Role;
};


/**
 * Curated writes. Each needs a bearer token; each is atomic, validated with the rules of the
 * dataset files (a violation is BAD_USER_INPUT naming the field, and nothing is written) and
 * recorded in the audit trail.
 */
export type MutationImportGraphArgs = {
  input: ImportInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Curated writes. Each needs a bearer token; each is atomic, validated with the rules of the
 * dataset files (a violation is BAD_USER_INPUT naming the field, and nothing is written) and
 * recorded in the audit trail.
 */
export type MutationLinkArgs = {
  input: LinkInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Curated writes. Each needs a bearer token; each is atomic, validated with the rules of the
 * dataset files (a violation is BAD_USER_INPUT naming the field, and nothing is written) and
 * recorded in the audit trail.
 */
export type MutationRetireEntityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  validTo: Scalars['Date']['input'];
};


/**
 * Curated writes. Each needs a bearer token; each is atomic, validated with the rules of the
 * dataset files (a violation is BAD_USER_INPUT naming the field, and nothing is written) and
 * recorded in the audit trail.
 */
export type MutationRevokeTokenArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Curated writes. Each needs a bearer token; each is atomic, validated with the rules of the
 * dataset files (a violation is BAD_USER_INPUT naming the field, and nothing is written) and
 * recorded in the audit trail.
 */
export type MutationUnlinkArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Curated writes. Each needs a bearer token; each is atomic, validated with the rules of the
 * dataset files (a violation is BAD_USER_INPUT naming the field, and nothing is written) and
 * recorded in the audit trail.
 */
export type MutationUpdateEntityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  set: EntityPatch;
};

/** A holder of an office. */
export type Person = Entity & {
  __typename?: 'Person';
  /** Other identifiers. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id. */
  id: Scalars['ID']['output'];
  /** Always PERSON. */
  kind: EntityKind;
  /** Every link of this entity. */
  links: Array<Link>;
  /** The name in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
  /** The languages this entity has a name in. */
  nameLangs: Array<Lang>;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** A short description, in the language asked. */
  summary?: Maybe<Scalars['String']['output']>;
  /** First day, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** False when the look-ups behind the dataset could not confirm it. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). */
  version: Scalars['Int']['output'];
};


/** A holder of an office. */
export type PersonLinksArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A holder of an office. */
export type PersonNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** A holder of an office. */
export type PersonSummaryArgs = {
  lang?: InputMaybe<Lang>;
};

/** A principle or right. */
export type Principle = Entity & {
  __typename?: 'Principle';
  /** Other identifiers. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id. */
  id: Scalars['ID']['output'];
  /** Always PRINCIPLE. */
  kind: EntityKind;
  /** Every link of this entity. */
  links: Array<Link>;
  /** The name in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
  /** The languages this entity has a name in. */
  nameLangs: Array<Lang>;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** A short description, in the language asked. */
  summary?: Maybe<Scalars['String']['output']>;
  /** First day, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** False when the look-ups behind the dataset could not confirm it. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). */
  version: Scalars['Int']['output'];
};


/** A principle or right. */
export type PrincipleLinksArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A principle or right. */
export type PrincipleNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** A principle or right. */
export type PrincipleSummaryArgs = {
  lang?: InputMaybe<Lang>;
};

/** A programme, campaign or service such as a helpline. */
export type Program = Entity & {
  __typename?: 'Program';
  /** Other identifiers. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id. */
  id: Scalars['ID']['output'];
  /** Always PROGRAM. */
  kind: EntityKind;
  /** Every link of this entity. */
  links: Array<Link>;
  /** The name in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
  /** The languages this entity has a name in. */
  nameLangs: Array<Lang>;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** A short description, in the language asked. */
  summary?: Maybe<Scalars['String']['output']>;
  /** First day, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** False when the look-ups behind the dataset could not confirm it. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). */
  version: Scalars['Int']['output'];
};


/** A programme, campaign or service such as a helpline. */
export type ProgramLinksArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A programme, campaign or service such as a helpline. */
export type ProgramNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** A programme, campaign or service such as a helpline. */
export type ProgramSummaryArgs = {
  lang?: InputMaybe<Lang>;
};

/** An article or paragraph of an instrument. */
export type Provision = Entity & {
  __typename?: 'Provision';
  /** Other identifiers. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id: `crc:art:19`, `kz:const:1995:art:27`. */
  id: Scalars['ID']['output'];
  /** Who implements this article: domestic instruments and provisions, with basis and sources. */
  implementedBy: Array<ImplementationLink>;
  /** The articles this (domestic) provision implements. */
  implements: Array<ImplementationLink>;
  /** Always PROVISION. */
  kind: EntityKind;
  /** Every link of this entity. */
  links: Array<Link>;
  /** The article's title in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
  /** The languages this entity has a name in. */
  nameLangs: Array<Lang>;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The article's number as written, for example `19` or `7-1`. */
  number?: Maybe<Scalars['String']['output']>;
  /** The instrument (or provision) this provision is part of. */
  partOf?: Maybe<Entity>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** A short description of what the article says, in the language asked. */
  summary?: Maybe<Scalars['String']['output']>;
  /** First day in force, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day in force, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** False when the look-ups behind the dataset could not confirm it. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). */
  version: Scalars['Int']['output'];
};


/** An article or paragraph of an instrument. */
export type ProvisionImplementedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An article or paragraph of an instrument. */
export type ProvisionImplementsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An article or paragraph of an instrument. */
export type ProvisionLinksArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};


/** An article or paragraph of an instrument. */
export type ProvisionNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** An article or paragraph of an instrument. */
export type ProvisionSummaryArgs = {
  lang?: InputMaybe<Lang>;
};

/** Read access to the graph. Every root field runs exactly one Cypher statement. */
export type Query = {
  __typename?: 'Query';
  /** A CRC article by number (1 to 54), as it stood on `asOf` when given. */
  crcArticle?: Maybe<Provision>;
  /** All 54 CRC articles, in order. */
  crcArticles: Array<Provision>;
  /** The audit trail of an entity (including its links) or of a link: every curated write, newest first. */
  history: Array<AuditEntry>;
  /** A legal instrument by id, or null when there is none. */
  instrument?: Maybe<Instrument>;
  /** Legal instruments, optionally of one kind, in force on `asOf` when given. */
  instruments: Array<Instrument>;
  /** The entity with this id, or null when there is none. */
  node?: Maybe<Entity>;
  /**
   * Full-text search over names in English, Kazakh and Russian (and aliases such as register
   * codes). Words may be written in any of the three languages; Russian words match their
   * inflected forms.
   */
  search: Array<SearchHit>;
  /** Every API token (needs the ADMIN role). */
  tokens: Array<ApiToken>;
};


/** Read access to the graph. Every root field runs exactly one Cypher statement. */
export type QueryCrcArticleArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  number: Scalars['Int']['input'];
};


/** Read access to the graph. Every root field runs exactly one Cypher statement. */
export type QueryCrcArticlesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** Read access to the graph. Every root field runs exactly one Cypher statement. */
export type QueryHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** Read access to the graph. Every root field runs exactly one Cypher statement. */
export type QueryInstrumentArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};


/** Read access to the graph. Every root field runs exactly one Cypher statement. */
export type QueryInstrumentsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<InstrumentKind>;
};


/** Read access to the graph. Every root field runs exactly one Cypher statement. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read access to the graph. Every root field runs exactly one Cypher statement. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  query: Scalars['String']['input'];
};

/** A recommendation (one paragraph) of a UN treaty-body document. */
export type Recommendation = Entity & {
  __typename?: 'Recommendation';
  /** Other identifiers. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable id: `<symbol>#para-<n>`. */
  id: Scalars['ID']['output'];
  /** Always RECOMMENDATION. */
  kind: EntityKind;
  /** Every link of this entity. */
  links: Array<Link>;
  /** A short title in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
  /** The languages this entity has a name in. */
  nameLangs: Array<Lang>;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The paragraph, as numbered in the document. */
  paragraph?: Maybe<Scalars['String']['output']>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** What the paragraph says, in the language asked. */
  summary?: Maybe<Scalars['String']['output']>;
  /** The symbol of the document it is part of. */
  symbol?: Maybe<Scalars['String']['output']>;
  /** First day, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** False when the paragraph number or content could not be confirmed. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). */
  version: Scalars['Int']['output'];
};


/** A recommendation (one paragraph) of a UN treaty-body document. */
export type RecommendationLinksArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A recommendation (one paragraph) of a UN treaty-body document. */
export type RecommendationNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** A recommendation (one paragraph) of a UN treaty-body document. */
export type RecommendationSummaryArgs = {
  lang?: InputMaybe<Lang>;
};

/** The types of relationship in the graph. */
export type RelationType =
  /** Something addresses a challenge. */
  | 'ADDRESSES'
  /** A challenge affects a right or group. */
  | 'AFFECTS'
  /** An act amends another act. */
  | 'AMENDS'
  /** A recommendation asks to change a law. */
  | 'ASKS_TO_CHANGE'
  /** A source cites another source. */
  | 'CITES'
  /** A recommendation concerns a CRC article. */
  | 'CONCERNS'
  /** An article of one version corresponds to an article of another version. */
  | 'CORRESPONDS_TO'
  /** An article states a principle. */
  | 'EMBODIES'
  /** An institution or programme was established by an act. */
  | 'ESTABLISHED_BY'
  /** An optional protocol extends a CRC article. */
  | 'EXTENDS'
  /** An office was held by a person. */
  | 'HELD_BY'
  /** A domestic instrument or provision implements a CRC or protocol article. */
  | 'IMPLEMENTS'
  /** A CRC article belongs to a reporting cluster. */
  | 'IN_CLUSTER'
  /** An institution monitors an act, area or institution. */
  | 'MONITORS'
  /** An institution oversees another institution. */
  | 'OVERSEES'
  /** A provision is part of an instrument; a recommendation is part of a UN document. */
  | 'PART_OF'
  /** A State ratified a treaty. */
  | 'RATIFIED'
  /** A domestic act ratifies a treaty. */
  | 'RATIFIES'
  /** An act or institution replaces an earlier one. */
  | 'REPLACES'
  /** An institution is responsible for an area, act, programme or challenge. */
  | 'RESPONSIBLE_FOR'
  /** An institution runs a programme. */
  | 'RUNS'
  /** A State signed a treaty. */
  | 'SIGNED'
  /** An entity is supported by a source. */
  | 'SUPPORTED_BY';

/** What a token may do. Each role may do everything the roles before it may. */
export type Role =
  /** Also creates and revokes tokens. */
  | 'ADMIN'
  /** Curates the graph: creates, updates, retires and links entities. */
  | 'EDITOR';

/** A search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity found. */
  entity: Entity;
  /** Relevance: higher is better. */
  score: Scalars['Float']['output'];
};

/** A bibliographic or official source. */
export type Source = Entity & {
  __typename?: 'Source';
  /** Other identifiers. */
  aliases: Array<Scalars['String']['output']>;
  /** Authors, as given. */
  authors: Array<Scalars['String']['output']>;
  /** The reference as a citing work gives it. */
  citation?: Maybe<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** DOI. */
  doi?: Maybe<Scalars['String']['output']>;
  /** Stable, readable id: `src:<slug>`. */
  id: Scalars['ID']['output'];
  /** Always SOURCE. */
  kind: EntityKind;
  /** Every link of this entity. */
  links: Array<Link>;
  /** The title in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
  /** The languages this entity has a name in. */
  nameLangs: Array<Lang>;
  /** What the look-ups found about this source. */
  note?: Maybe<Scalars['String']['output']>;
  /** Publisher. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** Official register, treaty, UN document, academic, news, NGO, government or reference. */
  sourceType?: Maybe<Scalars['String']['output']>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** A short description, in the language asked. */
  summary?: Maybe<Scalars['String']['output']>;
  /** Where to read it. */
  url?: Maybe<Scalars['String']['output']>;
  /** First day, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Journal, series or website. */
  venue?: Maybe<Scalars['String']['output']>;
  /** False when the look-ups behind the dataset could not find or confirm this source. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). */
  version: Scalars['Int']['output'];
  /** Year of publication. */
  year?: Maybe<Scalars['Int']['output']>;
};


/** A bibliographic or official source. */
export type SourceLinksArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A bibliographic or official source. */
export type SourceNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** A bibliographic or official source. */
export type SourceSummaryArgs = {
  lang?: InputMaybe<Lang>;
};

/** A State party. */
export type State = Entity & {
  __typename?: 'State';
  /** Other identifiers. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id (ISO 3166 alpha-2, lower case). */
  id: Scalars['ID']['output'];
  /** Always STATE. */
  kind: EntityKind;
  /** Every link of this entity. */
  links: Array<Link>;
  /** The name in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
  /** The languages this entity has a name in. */
  nameLangs: Array<Lang>;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** A short description, in the language asked. */
  summary?: Maybe<Scalars['String']['output']>;
  /** First day, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** False when the look-ups behind the dataset could not confirm it. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). */
  version: Scalars['Int']['output'];
};


/** A State party. */
export type StateLinksArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A State party. */
export type StateNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** A State party. */
export type StateSummaryArgs = {
  lang?: InputMaybe<Lang>;
};

/** A text in several languages, as in the dataset files (`name: { en: ..., ru: ... }`). */
export type TextInput = {
  /** English. */
  en?: InputMaybe<Scalars['String']['input']>;
  /** Kazakh. */
  kk?: InputMaybe<Scalars['String']['input']>;
  /** Russian. */
  ru?: InputMaybe<Scalars['String']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ApiToken: ResolverTypeWrapper<TokenInfo>;
  Area: ResolverTypeWrapper<EntityRow>;
  AuditEntry: ResolverTypeWrapper<AuditRow>;
  AuditOperation: AuditOperation;
  Basis: Basis;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Challenge: ResolverTypeWrapper<EntityRow>;
  Claim: ResolverTypeWrapper<ClaimRow>;
  ClaimStatus: ClaimStatus;
  Cluster: ResolverTypeWrapper<EntityRow>;
  CreatedToken: ResolverTypeWrapper<CreatedTokenRow>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Direction: Direction;
  Document: ResolverTypeWrapper<EntityRow>;
  Entity: ResolverTypeWrapper<EntityRow>;
  EntityInput: EntityInput;
  EntityKind: EntityKind;
  EntityPatch: EntityPatch;
  EntityWrite: ResolverTypeWrapper<EntityWriteRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Group: ResolverTypeWrapper<EntityRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImplementationLink: ResolverTypeWrapper<LinkRow>;
  ImportInput: ImportInput;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  Institution: ResolverTypeWrapper<EntityRow>;
  Instrument: ResolverTypeWrapper<EntityRow>;
  InstrumentKind: InstrumentKind;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Lang: Lang;
  Link: ResolverTypeWrapper<LinkRow>;
  LinkInput: LinkInput;
  LinkWrite: ResolverTypeWrapper<LinkWriteRow>;
  Measure: ResolverTypeWrapper<EntityRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Person: ResolverTypeWrapper<EntityRow>;
  Principle: ResolverTypeWrapper<EntityRow>;
  Program: ResolverTypeWrapper<EntityRow>;
  Provision: ResolverTypeWrapper<EntityRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Recommendation: ResolverTypeWrapper<EntityRow>;
  RelationType: RelationType;
  Role: Role;
  SearchHit: ResolverTypeWrapper<SearchHitRow>;
  Source: ResolverTypeWrapper<EntityRow>;
  State: ResolverTypeWrapper<EntityRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TextInput: TextInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiToken: TokenInfo;
  Area: EntityRow;
  AuditEntry: AuditRow;
  Boolean: Scalars['Boolean']['output'];
  Challenge: EntityRow;
  Claim: ClaimRow;
  Cluster: EntityRow;
  CreatedToken: CreatedTokenRow;
  Date: Scalars['Date']['output'];
  Document: EntityRow;
  Entity: EntityRow;
  EntityInput: EntityInput;
  EntityPatch: EntityPatch;
  EntityWrite: EntityWriteRow;
  Float: Scalars['Float']['output'];
  Group: EntityRow;
  ID: Scalars['ID']['output'];
  ImplementationLink: LinkRow;
  ImportInput: ImportInput;
  ImportResult: ImportResult;
  Institution: EntityRow;
  Instrument: EntityRow;
  Int: Scalars['Int']['output'];
  Link: LinkRow;
  LinkInput: LinkInput;
  LinkWrite: LinkWriteRow;
  Measure: EntityRow;
  Mutation: Record<PropertyKey, never>;
  Person: EntityRow;
  Principle: EntityRow;
  Program: EntityRow;
  Provision: EntityRow;
  Query: Record<PropertyKey, never>;
  Recommendation: EntityRow;
  SearchHit: SearchHitRow;
  Source: EntityRow;
  State: EntityRow;
  String: Scalars['String']['output'];
  TextInput: TextInput;
}>;

export type ApiTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type AreaResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<AreaLinksArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<AreaNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<AreaSummaryArgs, 'lang'>>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  batch?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['AuditOperation'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ChallengeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Challenge'] = ResolversParentTypes['Challenge']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<ChallengeLinksArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ChallengeNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ChallengeSummaryArgs, 'lang'>>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  official?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  property?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ClusterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Cluster'] = ResolversParentTypes['Cluster']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<ClusterLinksArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ClusterNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ClusterSummaryArgs, 'lang'>>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CreatedTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatedToken'] = ResolversParentTypes['CreatedToken']> = ResolversObject<{
  info?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<DocumentLinksArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<DocumentNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<DocumentSummaryArgs, 'lang'>>;
  symbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Area' | 'Challenge' | 'Cluster' | 'Document' | 'Group' | 'Institution' | 'Instrument' | 'Measure' | 'Person' | 'Principle' | 'Program' | 'Provision' | 'Recommendation' | 'Source' | 'State', ParentType, ContextType>;
}>;

export type EntityWriteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityWrite'] = ResolversParentTypes['EntityWrite']> = ResolversObject<{
  audit?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Group'] = ResolversParentTypes['Group']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<GroupLinksArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<GroupNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<GroupSummaryArgs, 'lang'>>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ImplementationLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImplementationLink'] = ResolversParentTypes['ImplementationLink']> = ResolversObject<{
  article?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type ImportResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = ResolversObject<{
  batch?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type InstitutionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<InstitutionLinksArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<InstitutionNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<InstitutionSummaryArgs, 'lang'>>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InstrumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Instrument'] = ResolversParentTypes['Instrument']> = ResolversObject<{
  adopted?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implements?: Resolver<Array<ResolversTypes['ImplementationLink']>, ParentType, ContextType, Partial<InstrumentImplementsArgs>>;
  instrumentKind?: Resolver<ResolversTypes['InstrumentKind'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<InstrumentLinksArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<InstrumentNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provisions?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  registerCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<InstrumentSummaryArgs, 'lang'>>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Link'] = ResolversParentTypes['Link']> = ResolversObject<{
  basis?: Resolver<Maybe<ResolversTypes['Basis']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ClaimStatus']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type LinkWriteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkWrite'] = ResolversParentTypes['LinkWrite']> = ResolversObject<{
  audit?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
}>;

export type MeasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Measure'] = ResolversParentTypes['Measure']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<MeasureLinksArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MeasureNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MeasureSummaryArgs, 'lang'>>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createEntity?: Resolver<ResolversTypes['EntityWrite'], ParentType, ContextType, RequireFields<MutationCreateEntityArgs, 'input'>>;
  createToken?: Resolver<ResolversTypes['CreatedToken'], ParentType, ContextType, RequireFields<MutationCreateTokenArgs, 'name' | 'role'>>;
  importGraph?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportGraphArgs, 'input'>>;
  link?: Resolver<ResolversTypes['LinkWrite'], ParentType, ContextType, RequireFields<MutationLinkArgs, 'input'>>;
  retireEntity?: Resolver<ResolversTypes['EntityWrite'], ParentType, ContextType, RequireFields<MutationRetireEntityArgs, 'expectedVersion' | 'id' | 'validTo'>>;
  revokeToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType, RequireFields<MutationRevokeTokenArgs, 'id'>>;
  unlink?: Resolver<ResolversTypes['LinkWrite'], ParentType, ContextType, RequireFields<MutationUnlinkArgs, 'id'>>;
  updateEntity?: Resolver<ResolversTypes['EntityWrite'], ParentType, ContextType, RequireFields<MutationUpdateEntityArgs, 'expectedVersion' | 'id' | 'set'>>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<PersonLinksArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<PersonNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<PersonSummaryArgs, 'lang'>>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PrincipleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Principle'] = ResolversParentTypes['Principle']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<PrincipleLinksArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<PrincipleNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<PrincipleSummaryArgs, 'lang'>>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProgramResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<ProgramLinksArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ProgramNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ProgramSummaryArgs, 'lang'>>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProvisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Provision'] = ResolversParentTypes['Provision']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementedBy?: Resolver<Array<ResolversTypes['ImplementationLink']>, ParentType, ContextType, Partial<ProvisionImplementedByArgs>>;
  implements?: Resolver<Array<ResolversTypes['ImplementationLink']>, ParentType, ContextType, Partial<ProvisionImplementsArgs>>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<ProvisionLinksArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ProvisionNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ProvisionSummaryArgs, 'lang'>>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  crcArticle?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType, RequireFields<QueryCrcArticleArgs, 'number'>>;
  crcArticles?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType, Partial<QueryCrcArticlesArgs>>;
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryHistoryArgs, 'first' | 'id' | 'offset'>>;
  instrument?: Resolver<Maybe<ResolversTypes['Instrument']>, ParentType, ContextType, RequireFields<QueryInstrumentArgs, 'id'>>;
  instruments?: Resolver<Array<ResolversTypes['Instrument']>, ParentType, ContextType, Partial<QueryInstrumentsArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  tokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
}>;

export type RecommendationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Recommendation'] = ResolversParentTypes['Recommendation']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<RecommendationLinksArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<RecommendationNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paragraph?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<RecommendationSummaryArgs, 'lang'>>;
  symbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  doi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<SourceLinksArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<SourceNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<SourceSummaryArgs, 'lang'>>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['State'] = ResolversParentTypes['State']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<StateLinksArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<StateNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<StateSummaryArgs, 'lang'>>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  ApiToken?: ApiTokenResolvers<ContextType>;
  Area?: AreaResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Challenge?: ChallengeResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  Cluster?: ClusterResolvers<ContextType>;
  CreatedToken?: CreatedTokenResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Document?: DocumentResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityWrite?: EntityWriteResolvers<ContextType>;
  Group?: GroupResolvers<ContextType>;
  ImplementationLink?: ImplementationLinkResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  Link?: LinkResolvers<ContextType>;
  LinkWrite?: LinkWriteResolvers<ContextType>;
  Measure?: MeasureResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Principle?: PrincipleResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  Provision?: ProvisionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  State?: StateResolvers<ContextType>;
}>;

