import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRow, LinkRow, ClaimRow, SearchHitRow, SubgraphRow, PathRow, EdgeRow, CoverageRow, ArticleCoverageRow, CoveringInstrumentRow, CoverageMatrixRow, TimelineEventRow, TimelinePartyRow } from '../read/rows.js';
import type { AuditRow } from '../curation/audit.js';
import type { EntityWriteRow, LinkWriteRow, CreatedTokenRow } from '../resolvers/mappers.js';
import type { TokenInfo } from '../auth/tokens.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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
export type Area = Curated & Entity & {
  __typename?: 'Area';
  /** Other identifiers: official register codes, AKN or ELI style IRIs. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree, each with its sources. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id, for example `crc:art:19` or `kz:law:rights-of-child`. */
  id: Scalars['ID']['output'];
  /**
   * The first day this entity counts as in force in every `asOf` answer: its `validFrom`, else its
   * adoption, else the date of the document, else the start of what it is part of (a provision
   * follows its act). Null when nothing is known: then it counts from any day.
   */
  inForceFrom?: Maybe<Scalars['Date']['output']>;
  /**
   * The last day this entity counts as in force in every `asOf` answer: its `validTo`, else the day
   * before a successor that replaces or repeals it starts, else the end of what it is part of. Null
   * while it is in force with no end in sight.
   */
  inForceTo?: Maybe<Scalars['Date']['output']>;
  /** Always AREA. */
  kind: EntityKind;
  /** Every link of this entity, optionally of some types, in one direction, in force on a day. */
  links: Array<Link>;
  /** The institutions that monitor this area (the Commissioner for Children's Rights). */
  monitoredBy: Array<Institution>;
  /** The name in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
  /** The languages this entity has a name in. */
  nameLangs: Array<Lang>;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The institutions responsible for this area, with role, period and sources. */
  responsible: Array<ResponsibilityLink>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** A short description, in the language asked (English when missing). */
  summary?: Maybe<Scalars['String']['output']>;
  /** First day this entity was in force or existed, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day this entity was in force or existed, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** True only when someone checked it against a source and said so (the data says `verified: true`); false otherwise. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). Pass it as `expectedVersion` to change it. */
  version: Scalars['Int']['output'];
};


/** A policy area an institution is responsible for. */
export type AreaLinksArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  direction?: InputMaybe<Direction>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A policy area an institution is responsible for. */
export type AreaMonitoredByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A policy area an institution is responsible for. */
export type AreaNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** A policy area an institution is responsible for. */
export type AreaResponsibleArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A policy area an institution is responsible for. */
export type AreaSummaryArgs = {
  lang?: InputMaybe<Lang>;
};

/** How one CRC article is implemented in domestic law. */
export type ArticleCoverage = {
  __typename?: 'ArticleCoverage';
  /** The article's id, for example `crc:art:19`. */
  articleId: Scalars['ID']['output'];
  /** The number of distinct domestic instruments implementing the article (CONTESTED links not counted). */
  count: Scalars['Int']['output'];
  /** The domestic instruments implementing the article, by id. */
  instruments: Array<CoveringInstrument>;
  /** The article's number (1 to 54). */
  number: Scalars['Int']['output'];
  /**
   * True when a gap is recorded for the article: the sources searched name no implementing provision
   * (a NO_IMPLEMENTATION_FOUND finding; `Provision.gaps` gives its sources). An article with no
   * implementer and no recorded gap has simply not been researched yet.
   */
  recordedGap: Scalars['Boolean']['output'];
  /** The article's title in the language asked, or in English when that language is missing. */
  title: Scalars['String']['output'];
};


/** How one CRC article is implemented in domestic law. */
export type ArticleCoverageTitleArgs = {
  lang?: InputMaybe<Lang>;
};

/** A page of the recommendations concerning an article, ordered by their link's id (`Provision.recommendationsConnection`). */
export type ArticleRecommendationConnection = {
  __typename?: 'ArticleRecommendationConnection';
  /** The recommendations of this page, each with its cursor. */
  edges: Array<ArticleRecommendationEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /**
   * The number of recommendations matching, across all pages. Computed only when selected: it
   * reads every link of the article, so its cost grows with the article's links where a page's does not.
   */
  totalCount: Scalars['Int']['output'];
};

/** One recommendation in a page of an article's recommendations. */
export type ArticleRecommendationEdge = {
  __typename?: 'ArticleRecommendationEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The recommendation. */
  node: Recommendation;
};

/** One curated write: when, what, by which role (and, for editors and admins, who), and the state before and after. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The name of the token that wrote: shown to editors and admins only, null to anonymous readers. */
  actor?: Maybe<Scalars['String']['output']>;
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

/** What a link rests on: who says so. */
export type Basis =
  /** The Committee on the Rights of the Child says so in its concluding observations (cited by document and paragraph). */
  | 'COMMITTEE'
  /** A subject-matter mapping made by this project's editors from the sources given. */
  | 'EDITORIAL'
  /** The official text or register says so: the act's own text, a ratification act. */
  | 'OFFICIAL'
  /** The seed paper claims it. */
  | 'SEED_PAPER'
  /** The State says so in its periodic report to the Committee on the Rights of the Child (cited by document and paragraph). */
  | 'STATE_REPORT';

/** A problem children face. */
export type Challenge = Curated & Entity & {
  __typename?: 'Challenge';
  /** Other identifiers: official register codes, AKN or ELI style IRIs. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree, each with its sources. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id, for example `crc:art:19` or `kz:law:rights-of-child`. */
  id: Scalars['ID']['output'];
  /**
   * The first day this entity counts as in force in every `asOf` answer: its `validFrom`, else its
   * adoption, else the date of the document, else the start of what it is part of (a provision
   * follows its act). Null when nothing is known: then it counts from any day.
   */
  inForceFrom?: Maybe<Scalars['Date']['output']>;
  /**
   * The last day this entity counts as in force in every `asOf` answer: its `validTo`, else the day
   * before a successor that replaces or repeals it starts, else the end of what it is part of. Null
   * while it is in force with no end in sight.
   */
  inForceTo?: Maybe<Scalars['Date']['output']>;
  /** Always CHALLENGE. */
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
  /** True only when someone checked it against a source and said so (the data says `verified: true`); false otherwise. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). Pass it as `expectedVersion` to change it. */
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

/** A recommendation asking the State to change (or add provisions to) a law. */
export type ChangeRequestLink = {
  __typename?: 'ChangeRequestLink';
  /** What the link rests on: EDITORIAL when the editors chose the act the recommendation would change. */
  basis: Basis;
  /** Versions of this link's properties where sources disagree. */
  claims: Array<Claim>;
  /** Stable id of the link. */
  id: Scalars['ID']['output'];
  /** The law, code or provision to change. */
  law: Entity;
  /** An editor's note: why this act. */
  note?: Maybe<Scalars['String']['output']>;
  /** The recommendation. */
  recommendation: Recommendation;
  /** The sources that support the link. */
  sources: Array<Source>;
  /** How far the link can be relied on. */
  status: ClaimStatus;
};

/** One version of a disputed fact about an entity, with its sources. */
export type Claim = {
  __typename?: 'Claim';
  /** What the claim rests on. */
  basis: Basis;
  /** Stable id of the claim. */
  id: Scalars['ID']['output'];
  /** The link this claim is about, when it is about a link rather than an entity's own property. */
  link?: Maybe<Link>;
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
export type Cluster = Curated & Entity & {
  __typename?: 'Cluster';
  /** Other identifiers: official register codes, AKN or ELI style IRIs. */
  aliases: Array<Scalars['String']['output']>;
  /** The CRC articles in this reporting cluster (some only in part; see the cluster's summary). */
  articles: Array<Provision>;
  /** Statements about this entity's properties where sources disagree, each with its sources. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id, for example `crc:art:19` or `kz:law:rights-of-child`. */
  id: Scalars['ID']['output'];
  /**
   * The first day this entity counts as in force in every `asOf` answer: its `validFrom`, else its
   * adoption, else the date of the document, else the start of what it is part of (a provision
   * follows its act). Null when nothing is known: then it counts from any day.
   */
  inForceFrom?: Maybe<Scalars['Date']['output']>;
  /**
   * The last day this entity counts as in force in every `asOf` answer: its `validTo`, else the day
   * before a successor that replaces or repeals it starts, else the end of what it is part of. Null
   * while it is in force with no end in sight.
   */
  inForceTo?: Maybe<Scalars['Date']['output']>;
  /** Always CLUSTER. */
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
  /** True only when someone checked it against a source and said so (the data says `verified: true`); false otherwise. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). Pass it as `expectedVersion` to change it. */
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

/** A recommendation concerning a CRC article. */
export type ConcernLink = {
  __typename?: 'ConcernLink';
  /** The CRC article it concerns. */
  article: Provision;
  /** What the link rests on: OFFICIAL when the document cites the article. */
  basis: Basis;
  /** Versions of this link's properties where sources disagree. */
  claims: Array<Claim>;
  /** Stable id of the link. */
  id: Scalars['ID']['output'];
  /** An editor's note, for example the paragraph of the article concerned. */
  note?: Maybe<Scalars['String']['output']>;
  /** The recommendation. */
  recommendation: Recommendation;
  /** The sources that support the link. */
  sources: Array<Source>;
  /** How far the link can be relied on. */
  status: ClaimStatus;
};

/** An article of one version of an instrument that corresponds to an article of another version. */
export type CorrespondenceLink = {
  __typename?: 'CorrespondenceLink';
  /** The corresponding article: the end of the link that is not the article asked about. */
  article: Provision;
  /** What the link rests on. */
  basis: Basis;
  /** Versions of this link's properties where sources disagree. */
  claims: Array<Claim>;
  /** The earlier article (the link's start). */
  from: Provision;
  /** Stable id of the link. */
  id: Scalars['ID']['output'];
  /** An editor's note: what changed between the versions. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sources that support the link. */
  sources: Array<Source>;
  /** How far the link can be relied on. */
  status: ClaimStatus;
  /** The later article (the link's end). */
  to: Provision;
};

/** Which CRC articles domestic law implements, and which it does not. */
export type Coverage = {
  __typename?: 'Coverage';
  /** Every CRC article, in order, with the domestic instruments implementing it. */
  articles: Array<ArticleCoverage>;
  /** The day the coverage was computed for (links and instruments in force then); null for all time. */
  asOf?: Maybe<Scalars['Date']['output']>;
  /** The number of articles implemented by at least one instrument. */
  coveredCount: Scalars['Int']['output'];
  /** The articles no domestic instrument implements (count 0), in order. */
  gaps: Array<ArticleCoverage>;
  /** Articles × instruments, for a heat-map. */
  matrix: CoverageMatrix;
};

/** One link through which a domestic instrument (or one of its provisions) implements a CRC article. */
export type CoverageLink = {
  __typename?: 'CoverageLink';
  /** What the link rests on. */
  basis: Basis;
  /** The id of the entity carrying the link: the instrument itself or one of its provisions. */
  by: Scalars['ID']['output'];
  /** Id of the IMPLEMENTS link. */
  id: Scalars['ID']['output'];
  /** How far the link can be relied on; CONTESTED links do not count as implementation. */
  status: ClaimStatus;
};

/**
 * Coverage as a matrix a heat-map takes directly: `values[i][j]` is the number of (not contested)
 * IMPLEMENTS links from instrument `j` or its provisions to article `i`.
 */
export type CoverageMatrix = {
  __typename?: 'CoverageMatrix';
  /** Row labels: the articles' ids, in article order (all 54). */
  articleIds: Array<Scalars['ID']['output']>;
  /** The articles' numbers, in the same order as `articleIds`. */
  articleNumbers: Array<Scalars['Int']['output']>;
  /** Column labels: the ids of the instruments that implement at least one article, by id. */
  instrumentIds: Array<Scalars['ID']['output']>;
  /** The instruments' names in the language asked, in the same order as `instrumentIds`. */
  instrumentNames: Array<Scalars['String']['output']>;
  /** One row per article, one column per instrument: the number of links. */
  values: Array<Array<Scalars['Int']['output']>>;
};


/**
 * Coverage as a matrix a heat-map takes directly: `values[i][j]` is the number of (not contested)
 * IMPLEMENTS links from instrument `j` or its provisions to article `i`.
 */
export type CoverageMatrixInstrumentNamesArgs = {
  lang?: InputMaybe<Lang>;
};

/** A domestic instrument implementing a CRC article, directly or through its provisions. */
export type CoveringInstrument = {
  __typename?: 'CoveringInstrument';
  /** True when every link of this instrument to the article is CONTESTED (it then does not count). */
  contested: Scalars['Boolean']['output'];
  /** The instrument's id. */
  id: Scalars['ID']['output'];
  /** The instrument's kind (CONSTITUTION, CODE, LAW or DECREE). */
  kind: EntityKind;
  /** The links, with their basis and status. */
  links: Array<CoverageLink>;
  /** The instrument's name in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
};


/** A domestic instrument implementing a CRC article, directly or through its provisions. */
export type CoveringInstrumentNameArgs = {
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

/**
 * Something editors change through the API (the curation mutations): how often it was changed, and
 * whether it has been. Every entity is curated.
 */
export type Curated = {
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). Pass it as `expectedVersion` to change it. */
  version: Scalars['Int']['output'];
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
export type Document = Curated & Entity & {
  __typename?: 'Document';
  /** Other identifiers: official register codes, AKN or ELI style IRIs. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree, each with its sources. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Date of the document. */
  date?: Maybe<Scalars['Date']['output']>;
  /** Stable id: the document symbol. */
  id: Scalars['ID']['output'];
  /**
   * The first day this entity counts as in force in every `asOf` answer: its `validFrom`, else its
   * adoption, else the date of the document, else the start of what it is part of (a provision
   * follows its act). Null when nothing is known: then it counts from any day.
   */
  inForceFrom?: Maybe<Scalars['Date']['output']>;
  /**
   * The last day this entity counts as in force in every `asOf` answer: its `validTo`, else the day
   * before a successor that replaces or repeals it starts, else the end of what it is part of. Null
   * while it is in force with no end in sight.
   */
  inForceTo?: Maybe<Scalars['Date']['output']>;
  /** Always DOCUMENT. */
  kind: EntityKind;
  /** Every link of this entity, optionally of some types, in one direction, in force on a day. */
  links: Array<Link>;
  /** The title in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
  /** The languages this entity has a name in. */
  nameLangs: Array<Lang>;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The recommendations (paragraphs) of this document recorded in the graph, in paragraph order. */
  recommendations: Array<Recommendation>;
  /** Session of the Committee. */
  session?: Maybe<Scalars['String']['output']>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** A short description, in the language asked (English when missing). */
  summary?: Maybe<Scalars['String']['output']>;
  /** The UN document symbol, for example `CRC/C/KAZ/CO/4`. */
  symbol?: Maybe<Scalars['String']['output']>;
  /** First day this entity was in force or existed, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day this entity was in force or existed, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** True only when someone checked it against a source and said so (the data says `verified: true`); false otherwise. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). Pass it as `expectedVersion` to change it. */
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
  /**
   * The first day this entity counts as in force in every `asOf` answer: its `validFrom`, else its
   * adoption, else the date of the document, else the start of what it is part of (a provision
   * follows its act). Null when nothing is known: then it counts from any day.
   */
  inForceFrom?: Maybe<Scalars['Date']['output']>;
  /**
   * The last day this entity counts as in force in every `asOf` answer: its `validTo`, else the day
   * before a successor that replaces or repeals it starts, else the end of what it is part of. Null
   * while it is in force with no end in sight.
   */
  inForceTo?: Maybe<Scalars['Date']['output']>;
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
  /** True only when someone checked it against a source and said so (the data says `verified: true`); false otherwise. */
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
  /** Instruments: ids of the sources of the adoption date, where they differ from the act's own sources. */
  adoptedSources?: InputMaybe<Array<Scalars['ID']['input']>>;
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
  /** Instruments: the day the act entered into force (its validity starts then; `validFrom` is derived from it). */
  entryIntoForce?: InputMaybe<Scalars['Date']['input']>;
  /** Instruments: ids of the sources of the entry-into-force date. */
  entryIntoForceSources?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Institutions: the name it had before `renamedOn`. */
  formerName?: InputMaybe<TextInput>;
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
  /** Institutions: the day its present name took effect (needs `formerName`). */
  renamedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Institutions: ids of the sources of the rename. */
  renamedSources?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** UN documents: the session. */
  session?: InputMaybe<Scalars['String']['input']>;
  /** A short name. */
  shortName?: InputMaybe<TextInput>;
  /** Institutions: true for an office one person holds at a time (its HELD_BY terms may not overlap). */
  singleHolder?: InputMaybe<Scalars['Boolean']['input']>;
  /** Sources: OFFICIAL_REGISTER, ACT_TEXT, TREATY, UN_DOCUMENT, ACADEMIC, NEWS, NGO, GOVERNMENT or REFERENCE. */
  sourceType?: InputMaybe<Scalars['String']['input']>;
  /** Ids of the sources that support it (SOURCE entities). */
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A short description. */
  summary?: InputMaybe<TextInput>;
  /** UN documents and recommendations: the document symbol. */
  symbol?: InputMaybe<Scalars['String']['input']>;
  /** Link to the text or the page: an http or https address (anything else is BAD_USER_INPUT). */
  url?: InputMaybe<Scalars['String']['input']>;
  /** First day in force or in existence. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day in force or in existence. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
  /** Instruments: ids of the sources of the end date (`validTo`). */
  validToSources?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Sources: journal, series or website. */
  venue?: InputMaybe<Scalars['String']['input']>;
  /** True only when you checked it against a source; false (the default for a new entity) when not. An update that leaves it out keeps the stored value. */
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
  /** Instruments: ids of the sources of the adoption date, where they differ from the act's own sources. */
  adoptedSources?: InputMaybe<Array<Scalars['ID']['input']>>;
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
  /** Instruments: the day the act entered into force (its validity starts then; `validFrom` is derived from it). */
  entryIntoForce?: InputMaybe<Scalars['Date']['input']>;
  /** Instruments: ids of the sources of the entry-into-force date. */
  entryIntoForceSources?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Institutions: the name it had before `renamedOn`. */
  formerName?: InputMaybe<TextInput>;
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
  /** Institutions: the day its present name took effect (needs `formerName`). */
  renamedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Institutions: ids of the sources of the rename. */
  renamedSources?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** UN documents: the session. */
  session?: InputMaybe<Scalars['String']['input']>;
  /** A short name. */
  shortName?: InputMaybe<TextInput>;
  /** Institutions: true for an office one person holds at a time (its HELD_BY terms may not overlap). */
  singleHolder?: InputMaybe<Scalars['Boolean']['input']>;
  /** Sources: the type of source. */
  sourceType?: InputMaybe<Scalars['String']['input']>;
  /** Ids of the sources that support it. */
  sources?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A short description. */
  summary?: InputMaybe<TextInput>;
  /** UN documents and recommendations: the document symbol. */
  symbol?: InputMaybe<Scalars['String']['input']>;
  /** Link to the text or the page: an http or https address (anything else is BAD_USER_INPUT). */
  url?: InputMaybe<Scalars['String']['input']>;
  /** First day in force or in existence. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day in force or in existence. */
  validTo?: InputMaybe<Scalars['Date']['input']>;
  /** Instruments: ids of the sources of the end date (`validTo`). */
  validToSources?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Sources: journal, series or website. */
  venue?: InputMaybe<Scalars['String']['input']>;
  /** True only when you checked it against a source; false (the default for a new entity) when not. An update that leaves it out keeps the stored value. */
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

/** A file holding a subgraph in an export format. */
export type ExportFile = {
  __typename?: 'ExportFile';
  /** Size of the content in bytes (UTF-8). */
  bytes: Scalars['Int']['output'];
  /** The file's content (UTF-8 text). */
  content: Scalars['String']['output'];
  /** The media type, for example `application/graphml+xml`. */
  contentType: Scalars['String']['output'];
  /** A file name for saving it, for example `neighborhood-kz_law_education.graphml`. */
  filename: Scalars['String']['output'];
  /** The format of the file. */
  format: ExportFormat;
};

/** A file format a subgraph can be exported in. */
export type ExportFormat =
  /** The edges as CSV, one row per edge, with `source` and `target` ids. */
  | 'CSV_EDGES'
  /** The nodes as CSV, one row per node (Gephi, spreadsheets, pandas). */
  | 'CSV_NODES'
  /** Cytoscape.js elements JSON (`{ elements: { nodes, edges } }`), loadable with `cytoscape({ elements })`. */
  | 'CYTOSCAPE_JSON'
  /** GEXF 1.3 (XML), Gephi's native format. */
  | 'GEXF'
  /** GraphML (XML), for yEd, Gephi, NetworkX, graphology. */
  | 'GRAPHML';

/**
 * A recorded gap: the sources searched name no provision of the State's law implementing the
 * article. A gap is a finding with its sources, never a silent absence.
 */
export type GapLink = {
  __typename?: 'GapLink';
  /** The article no implementing provision was found for. */
  article: Provision;
  /** What the finding rests on. */
  basis: Basis;
  /** Stable id of the link: `<state>|NO_IMPLEMENTATION_FOUND|<article>`. */
  id: Scalars['ID']['output'];
  /** What was searched and what was found nearest. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sources searched. */
  sources: Array<Source>;
  /** The State whose law was searched. */
  state: State;
  /** How far the finding can be relied on. */
  status: ClaimStatus;
  /** First day the finding held, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day the finding held, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** An edge of a subgraph or path: a link, with its ends given by id so a visualization can draw it directly. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** What the link rests on (null for structural links such as PART_OF). */
  basis?: Maybe<Basis>;
  /** The date of the event the link records (signature, ratification, amendment), where known. */
  date?: Maybe<Scalars['Date']['output']>;
  /** Stable id of the link: `from|TYPE|to`, with a qualifier where two links share both ends. */
  id: Scalars['ID']['output'];
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The id of the entity the link starts at (always one of the subgraph's nodes). */
  source: Scalars['ID']['output'];
  /** The ids of the sources that support the link. */
  sourceIds: Array<Scalars['ID']['output']>;
  /** How far the link can be relied on (null for structural links). */
  status?: Maybe<ClaimStatus>;
  /** The id of the entity the link ends at (always one of the subgraph's nodes). */
  target: Scalars['ID']['output'];
  /** The type of the link. */
  type: RelationType;
  /** First day the link held, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day the link held, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** A group of children. */
export type Group = Curated & Entity & {
  __typename?: 'Group';
  /** Other identifiers: official register codes, AKN or ELI style IRIs. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree, each with its sources. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id, for example `crc:art:19` or `kz:law:rights-of-child`. */
  id: Scalars['ID']['output'];
  /**
   * The first day this entity counts as in force in every `asOf` answer: its `validFrom`, else its
   * adoption, else the date of the document, else the start of what it is part of (a provision
   * follows its act). Null when nothing is known: then it counts from any day.
   */
  inForceFrom?: Maybe<Scalars['Date']['output']>;
  /**
   * The last day this entity counts as in force in every `asOf` answer: its `validTo`, else the day
   * before a successor that replaces or repeals it starts, else the end of what it is part of. Null
   * while it is in force with no end in sight.
   */
  inForceTo?: Maybe<Scalars['Date']['output']>;
  /** Always GROUP. */
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
  /** True only when someone checked it against a source and said so (the data says `verified: true`); false otherwise. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). Pass it as `expectedVersion` to change it. */
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
  /** Versions of this link's properties where sources disagree. */
  claims: Array<Claim>;
  /** The day of the document that says so: the reporting cycle a STATE_REPORT or COMMITTEE claim belongs to. */
  date?: Maybe<Scalars['Date']['output']>;
  /**
   * The document that says so, for a STATE_REPORT link (the State's periodic report) or a COMMITTEE
   * link (the Committee's concluding observations); null on the other bases.
   */
  document?: Maybe<Document>;
  /** Stable id of the link. */
  id: Scalars['ID']['output'];
  /** An editor's note, for example what in the law implements the article. */
  note?: Maybe<Scalars['String']['output']>;
  /** The paragraph of `document` that says so, for example `178` (with `document`: `CRC/C/KAZ/4#para-178`). */
  paragraph?: Maybe<Scalars['String']['output']>;
  /** The sources that support the link. */
  sources: Array<Source>;
  /** How far the link can be relied on: the official version, an accepted mapping, or a contested claim. */
  status: ClaimStatus;
  /** First day the link held, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day the link held, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** A page of the links implementing an article, ordered by link id (`Provision.implementedByConnection`). */
export type ImplementationLinkConnection = {
  __typename?: 'ImplementationLinkConnection';
  /** The links of this page, each with its cursor. */
  edges: Array<ImplementationLinkEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /**
   * The number of links matching, across all pages. Computed only when selected: it reads every
   * link of the article, so its cost grows with the article's links where a page's does not.
   */
  totalCount: Scalars['Int']['output'];
};

/** One link in a page of implementation links. */
export type ImplementationLinkEdge = {
  __typename?: 'ImplementationLinkEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The link. */
  node: ImplementationLink;
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
export type Institution = Curated & Entity & {
  __typename?: 'Institution';
  /** Other identifiers: official register codes, AKN or ELI style IRIs. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree, each with its sources. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Who held this office, with the term and sources. */
  holders: Array<OfficeHolderLink>;
  /** Stable, readable id, for example `crc:art:19` or `kz:law:rights-of-child`. */
  id: Scalars['ID']['output'];
  /**
   * The first day this entity counts as in force in every `asOf` answer: its `validFrom`, else its
   * adoption, else the date of the document, else the start of what it is part of (a provision
   * follows its act). Null when nothing is known: then it counts from any day.
   */
  inForceFrom?: Maybe<Scalars['Date']['output']>;
  /**
   * The last day this entity counts as in force in every `asOf` answer: its `validTo`, else the day
   * before a successor that replaces or repeals it starts, else the end of what it is part of. Null
   * while it is in force with no end in sight.
   */
  inForceTo?: Maybe<Scalars['Date']['output']>;
  /** Always INSTITUTION. */
  kind: EntityKind;
  /** Every link of this entity, optionally of some types, in one direction, in force on a day. */
  links: Array<Link>;
  /** The name in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
  /** The languages this entity has a name in. */
  nameLangs: Array<Lang>;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The institutions this one is part of or answers to (a committee's ministry). */
  overseenBy: Array<Institution>;
  /** The institutions this one oversees. */
  oversees: Array<Institution>;
  /** The institutions this one took over from (the Ministry of Education and Science, for its two successors). */
  predecessors: Array<Institution>;
  /** What this institution is responsible for (areas, acts, programmes), with role, period and sources. */
  responsibleFor: Array<ResponsibilityLink>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** The institutions that took over from this one. */
  successors: Array<Institution>;
  /** A short description, in the language asked (English when missing). */
  summary?: Maybe<Scalars['String']['output']>;
  /** First day the institution existed, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day the institution existed, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** True only when someone checked it against a source and said so (the data says `verified: true`); false otherwise. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). Pass it as `expectedVersion` to change it. */
  version: Scalars['Int']['output'];
};


/** A ministry, committee, office, court system or civil-society body. */
export type InstitutionHoldersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
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
export type InstitutionOverseenByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A ministry, committee, office, court system or civil-society body. */
export type InstitutionOverseesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A ministry, committee, office, court system or civil-society body. */
export type InstitutionResponsibleForArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A ministry, committee, office, court system or civil-society body. */
export type InstitutionSummaryArgs = {
  lang?: InputMaybe<Lang>;
};

/** A page of institutions, ordered by id. */
export type InstitutionConnection = {
  __typename?: 'InstitutionConnection';
  /** The institutions of this page, each with its cursor. */
  edges: Array<InstitutionEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of institutions matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One institution in a page of institutions. */
export type InstitutionEdge = {
  __typename?: 'InstitutionEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The institution. */
  node: Institution;
};

/** A legal instrument: the CRC, an optional protocol, a constitution, a code, a law or a decree. */
export type Instrument = Curated & Entity & {
  __typename?: 'Instrument';
  /** Date of adoption. */
  adopted?: Maybe<Scalars['Date']['output']>;
  /** Other identifiers: official register codes, AKN or ELI style IRIs. */
  aliases: Array<Scalars['String']['output']>;
  /** The acts that amend this one. */
  amendedBy: Array<Link>;
  /** The acts or provisions this act amends. */
  amends: Array<Link>;
  /** Statements about this entity's properties where sources disagree, each with its sources. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** The day the act entered into force, where a source gives it (validity starts then; at adoption when this is unknown). */
  entryIntoForce?: Maybe<Scalars['Date']['output']>;
  /** The CRC articles this optional protocol extends. */
  extends: Array<Provision>;
  /** Stable, readable id, for example `crc:art:19` or `kz:law:rights-of-child`. */
  id: Scalars['ID']['output'];
  /** The CRC articles this instrument, or one of its provisions, implements. */
  implements: Array<ImplementationLink>;
  /**
   * The first day this entity counts as in force in every `asOf` answer: its `validFrom`, else its
   * adoption, else the date of the document, else the start of what it is part of (a provision
   * follows its act). Null when nothing is known: then it counts from any day.
   */
  inForceFrom?: Maybe<Scalars['Date']['output']>;
  /**
   * The last day this entity counts as in force in every `asOf` answer: its `validTo`, else the day
   * before a successor that replaces or repeals it starts, else the end of what it is part of. Null
   * while it is in force with no end in sight.
   */
  inForceTo?: Maybe<Scalars['Date']['output']>;
  /** The kind of instrument. */
  instrumentKind: InstrumentKind;
  /** Jurisdiction: `UN` or a State's ISO code. */
  jurisdiction?: Maybe<Scalars['String']['output']>;
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
  /** Official number, for example `345-II`. */
  number?: Maybe<Scalars['String']['output']>;
  /** The instruments this one replaced (a constitution or code it superseded). */
  predecessors: Array<Instrument>;
  /** The provisions (articles) of this instrument recorded in the graph, in order. */
  provisions: Array<Provision>;
  /** Who ratified this treaty: the date, the ratifying act, deposit and entry into force, sources and disputed dates. */
  ratifications: Array<RatificationLink>;
  /** Code in the official register (adilet.zan.kz for Kazakhstan). */
  registerCode?: Maybe<Scalars['String']['output']>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** The instruments that replaced this one. */
  successors: Array<Instrument>;
  /** A short description, in the language asked (English when missing). */
  summary?: Maybe<Scalars['String']['output']>;
  /** Link to the official text. */
  url?: Maybe<Scalars['String']['output']>;
  /** First day in force, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day in force, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** True only when someone checked it against a source and said so (the data says `verified: true`); false otherwise. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). Pass it as `expectedVersion` to change it. */
  version: Scalars['Int']['output'];
};


/** A legal instrument: the CRC, an optional protocol, a constitution, a code, a law or a decree. */
export type InstrumentAmendedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A legal instrument: the CRC, an optional protocol, a constitution, a code, a law or a decree. */
export type InstrumentAmendsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A legal instrument: the CRC, an optional protocol, a constitution, a code, a law or a decree. */
export type InstrumentExtendsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
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
export type InstrumentRatificationsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A legal instrument: the CRC, an optional protocol, a constitution, a code, a law or a decree. */
export type InstrumentSummaryArgs = {
  lang?: InputMaybe<Lang>;
};

/** A page of legal instruments, ordered by kind and id. */
export type InstrumentConnection = {
  __typename?: 'InstrumentConnection';
  /** The instruments of this page, each with its cursor. */
  edges: Array<InstrumentEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of instruments matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One legal instrument in a page of instruments. */
export type InstrumentEdge = {
  __typename?: 'InstrumentEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The instrument. */
  node: Instrument;
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
  /** Versions of this link's properties where sources disagree (for example two ratification dates). */
  claims: Array<Claim>;
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
  /** The date of the event the link records (signature, ratification, amendment, repeal), or of the report or observations it cites. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** RATIFIED: the date of deposit. */
  depositDate?: InputMaybe<Scalars['Date']['input']>;
  /** STATE_REPORT and COMMITTEE links: id of the UN document (State report or concluding observations) that says so. */
  document?: InputMaybe<Scalars['ID']['input']>;
  /** Id of the entity the link starts at. */
  from: Scalars['ID']['input'];
  /** RATIFIED: the date of entry into force. */
  inForceDate?: InputMaybe<Scalars['Date']['input']>;
  /** An editor's note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** STATE_REPORT and COMMITTEE links: the paragraph of that document, for example `178`. */
  paragraph?: InputMaybe<Scalars['String']['input']>;
  /** IN_CLUSTER: the paragraphs of Art. 44(6), for example `6`. */
  paragraphs?: InputMaybe<Scalars['String']['input']>;
  /** CITES: the position in the bibliography. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** Keeps two links of the same type between the same two entities apart (by default the cited `document`). */
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
  /** True only when someone checked the link against its sources; false when not said. */
  verified?: InputMaybe<Scalars['Boolean']['input']>;
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
export type Measure = Curated & Entity & {
  __typename?: 'Measure';
  /** Other identifiers: official register codes, AKN or ELI style IRIs. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree, each with its sources. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id, for example `crc:art:19` or `kz:law:rights-of-child`. */
  id: Scalars['ID']['output'];
  /**
   * The first day this entity counts as in force in every `asOf` answer: its `validFrom`, else its
   * adoption, else the date of the document, else the start of what it is part of (a provision
   * follows its act). Null when nothing is known: then it counts from any day.
   */
  inForceFrom?: Maybe<Scalars['Date']['output']>;
  /**
   * The last day this entity counts as in force in every `asOf` answer: its `validTo`, else the day
   * before a successor that replaces or repeals it starts, else the end of what it is part of. Null
   * while it is in force with no end in sight.
   */
  inForceTo?: Maybe<Scalars['Date']['output']>;
  /** Always MEASURE. */
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
  /** True only when someone checked it against a source and said so (the data says `verified: true`); false otherwise. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). Pass it as `expectedVersion` to change it. */
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

/** A person's term in an office. */
export type OfficeHolderLink = {
  __typename?: 'OfficeHolderLink';
  /** What the link rests on. */
  basis: Basis;
  /** Versions of this link's properties where sources disagree. */
  claims: Array<Claim>;
  /** Stable id of the link. */
  id: Scalars['ID']['output'];
  /** An editor's note (for example a term known only to the month). */
  note?: Maybe<Scalars['String']['output']>;
  /** The office. */
  office: Institution;
  /** The holder. */
  person: Person;
  /** The sources that support the link. */
  sources: Array<Source>;
  /** How far the link can be relied on. */
  status: ClaimStatus;
  /** First day of the term, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day of the term, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** Where a page of a connection sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of the page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when there are items after this page (ask again with `after: endCursor`). */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page was asked for with `after` (items come before it). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item of the page, null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A path between two entities. */
export type Path = {
  __typename?: 'Path';
  /** The links along the path, in order; `source` and `target` give each link's own direction. */
  edges: Array<GraphEdge>;
  /** The number of links in the path. */
  length: Scalars['Int']['output'];
  /** The entities along the path, from the start to the end. */
  nodes: Array<Entity>;
};

/** A holder of an office. */
export type Person = Curated & Entity & {
  __typename?: 'Person';
  /** Other identifiers: official register codes, AKN or ELI style IRIs. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree, each with its sources. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id, for example `crc:art:19` or `kz:law:rights-of-child`. */
  id: Scalars['ID']['output'];
  /**
   * The first day this entity counts as in force in every `asOf` answer: its `validFrom`, else its
   * adoption, else the date of the document, else the start of what it is part of (a provision
   * follows its act). Null when nothing is known: then it counts from any day.
   */
  inForceFrom?: Maybe<Scalars['Date']['output']>;
  /**
   * The last day this entity counts as in force in every `asOf` answer: its `validTo`, else the day
   * before a successor that replaces or repeals it starts, else the end of what it is part of. Null
   * while it is in force with no end in sight.
   */
  inForceTo?: Maybe<Scalars['Date']['output']>;
  /** Always PERSON. */
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
  /** True only when someone checked it against a source and said so (the data says `verified: true`); false otherwise. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). Pass it as `expectedVersion` to change it. */
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
export type Principle = Curated & Entity & {
  __typename?: 'Principle';
  /** Other identifiers: official register codes, AKN or ELI style IRIs. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree, each with its sources. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id, for example `crc:art:19` or `kz:law:rights-of-child`. */
  id: Scalars['ID']['output'];
  /**
   * The first day this entity counts as in force in every `asOf` answer: its `validFrom`, else its
   * adoption, else the date of the document, else the start of what it is part of (a provision
   * follows its act). Null when nothing is known: then it counts from any day.
   */
  inForceFrom?: Maybe<Scalars['Date']['output']>;
  /**
   * The last day this entity counts as in force in every `asOf` answer: its `validTo`, else the day
   * before a successor that replaces or repeals it starts, else the end of what it is part of. Null
   * while it is in force with no end in sight.
   */
  inForceTo?: Maybe<Scalars['Date']['output']>;
  /** Always PRINCIPLE. */
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
  /** True only when someone checked it against a source and said so (the data says `verified: true`); false otherwise. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). Pass it as `expectedVersion` to change it. */
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
export type Program = Curated & Entity & {
  __typename?: 'Program';
  /** Other identifiers: official register codes, AKN or ELI style IRIs. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree, each with its sources. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id, for example `crc:art:19` or `kz:law:rights-of-child`. */
  id: Scalars['ID']['output'];
  /**
   * The first day this entity counts as in force in every `asOf` answer: its `validFrom`, else its
   * adoption, else the date of the document, else the start of what it is part of (a provision
   * follows its act). Null when nothing is known: then it counts from any day.
   */
  inForceFrom?: Maybe<Scalars['Date']['output']>;
  /**
   * The last day this entity counts as in force in every `asOf` answer: its `validTo`, else the day
   * before a successor that replaces or repeals it starts, else the end of what it is part of. Null
   * while it is in force with no end in sight.
   */
  inForceTo?: Maybe<Scalars['Date']['output']>;
  /** Always PROGRAM. */
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
  /** True only when someone checked it against a source and said so (the data says `verified: true`); false otherwise. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). Pass it as `expectedVersion` to change it. */
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
export type Provision = Curated & Entity & {
  __typename?: 'Provision';
  /** Other identifiers: official register codes, AKN or ELI style IRIs. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree, each with its sources. */
  claims: Array<Claim>;
  /** The Committee's reporting clusters this CRC article belongs to. */
  clusters: Array<Cluster>;
  /**
   * The articles of other versions of the same instrument that correspond to this one, in either
   * direction (1995 Art. 30 and 2026 Art. 33 of the Constitution), with the link's sources.
   */
  correspondsTo: Array<CorrespondenceLink>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** The optional protocols that extend this CRC article. */
  extendedBy: Array<Instrument>;
  /** Recorded gaps for this (CRC) article: the States in whose law no implementing provision was found, with the sources searched. */
  gaps: Array<GapLink>;
  /** Stable, readable id: `crc:art:19`, `kz:const:1995:art:27`. */
  id: Scalars['ID']['output'];
  /** Who implements this article: domestic instruments and provisions, with basis and sources. */
  implementedBy: Array<ImplementationLink>;
  /**
   * `implementedBy` a page at a time, for articles implemented by thousands of links: ordered by
   * the link's id (`from|IMPLEMENTS|to`, so by the implementing entity's id), read in that order
   * from the links' id index, so a page costs the same however many States the graph holds.
   */
  implementedByConnection: ImplementationLinkConnection;
  /** The articles this (domestic) provision implements. */
  implements: Array<ImplementationLink>;
  /**
   * The first day this entity counts as in force in every `asOf` answer: its `validFrom`, else its
   * adoption, else the date of the document, else the start of what it is part of (a provision
   * follows its act). Null when nothing is known: then it counts from any day.
   */
  inForceFrom?: Maybe<Scalars['Date']['output']>;
  /**
   * The last day this entity counts as in force in every `asOf` answer: its `validTo`, else the day
   * before a successor that replaces or repeals it starts, else the end of what it is part of. Null
   * while it is in force with no end in sight.
   */
  inForceTo?: Maybe<Scalars['Date']['output']>;
  /** Always PROVISION. */
  kind: EntityKind;
  /** Every link of this entity, optionally of some types, in one direction, in force on a day. */
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
  /** The recommendations that concern this (CRC) article, issued on `asOf` when given. */
  recommendations: Array<Recommendation>;
  /**
   * `recommendations` a page at a time, one edge per CONCERNS link: ordered by the link's id
   * (`from|CONCERNS|to`, so by the recommendation's id), read in that order from the links' id
   * index, so a page costs the same however many States the graph holds.
   */
  recommendationsConnection: ArticleRecommendationConnection;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** A short description of what the article says, in the language asked. */
  summary?: Maybe<Scalars['String']['output']>;
  /** First day in force, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day in force, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** True only when someone checked it against a source and said so (the data says `verified: true`); false otherwise. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). Pass it as `expectedVersion` to change it. */
  version: Scalars['Int']['output'];
};


/** An article or paragraph of an instrument. */
export type ProvisionCorrespondsToArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An article or paragraph of an instrument. */
export type ProvisionExtendedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An article or paragraph of an instrument. */
export type ProvisionGapsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An article or paragraph of an instrument. */
export type ProvisionImplementedByArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An article or paragraph of an instrument. */
export type ProvisionImplementedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
export type ProvisionRecommendationsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** An article or paragraph of an instrument. */
export type ProvisionRecommendationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /**
   * For each CRC article, the domestic instruments implementing it (directly or through their
   * provisions) with basis and status, the count, the gaps (articles with none), and an
   * articles × instruments matrix.
   */
  implementationCoverage: Coverage;
  /**
   * Institutions in existence on `asOf` when given, optionally only those responsible for the area
   * (or act, programme, challenge) with id `area` on that day.
   */
  institutions: Array<Institution>;
  /** Institutions, a page at a time, ordered by id. */
  institutionsConnection: InstitutionConnection;
  /** A legal instrument by id, or null when there is none. */
  instrument?: Maybe<Instrument>;
  /** Legal instruments, optionally of one kind, in force on `asOf` when given. */
  instruments: Array<Instrument>;
  /** Legal instruments, a page at a time, ordered by kind and id. */
  instrumentsConnection: InstrumentConnection;
  /**
   * The entities within `depth` links of an entity, and the links between them, nearer entities
   * first. NOT_FOUND for an unknown id.
   */
  neighborhood: Subgraph;
  /** The entity with this id, or null when there is none. */
  node?: Maybe<Entity>;
  /** The union of the paths `paths` returns for the same arguments, as one subgraph (to draw or export). */
  pathSubgraph: Subgraph;
  /**
   * The shortest paths between two entities, shortest first, following links in either direction.
   * Paths that visit the same entities in the same order through parallel links count once. An
   * empty list when no path is that short; NOT_FOUND for an unknown id.
   */
  paths: Array<Path>;
  /**
   * Recommendations (paragraphs of UN treaty-body documents), optionally only those concerning CRC
   * article `article` (1 to 54) or those in the document with id `document` (its symbol), issued
   * and concerning it on `asOf` when given. In order of date, document and paragraph.
   */
  recommendations: Array<Recommendation>;
  /** Recommendations of UN treaty bodies, a page at a time, ordered by document and paragraph. */
  recommendationsConnection: RecommendationConnection;
  /**
   * Full-text search over names in English, Kazakh and Russian (and aliases such as register
   * codes). Words may be written in any of the three languages; Russian words match their
   * inflected forms.
   */
  search: Array<SearchHit>;
  /** Full-text search (as `search`), a page at a time, best first. */
  searchConnection: SearchConnection;
  /**
   * The induced subgraph of a set of entities: those entities (in the order given) and every link
   * between two of them. NOT_FOUND names the ids that do not exist.
   */
  subgraph: Subgraph;
  /**
   * What happened to an act, a provision or an institution, in date order: adopted, entered into
   * force (an institution: established), amended, replaced, repealed, ended (abolished), each with
   * the other act or institution and the sources. Events without a known date come last.
   * NOT_FOUND for an unknown id.
   */
  timeline: Array<TimelineEvent>;
  /** Every API token (needs the ADMIN role). */
  tokens: Array<ApiToken>;
  /** The whole graph: every entity (in id order) and every link between them. */
  wholeGraph: Subgraph;
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
export type QueryImplementationCoverageArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
};


/** Read access to the graph. Every root field runs exactly one Cypher statement. */
export type QueryInstitutionsArgs = {
  area?: InputMaybe<Scalars['ID']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** Read access to the graph. Every root field runs exactly one Cypher statement. */
export type QueryInstitutionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
export type QueryInstrumentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<InstrumentKind>;
};


/** Read access to the graph. Every root field runs exactly one Cypher statement. */
export type QueryNeighborhoodArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<EntityKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<RelationType>>;
};


/** Read access to the graph. Every root field runs exactly one Cypher statement. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read access to the graph. Every root field runs exactly one Cypher statement. */
export type QueryPathSubgraphArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<RelationType>>;
  to: Scalars['ID']['input'];
};


/** Read access to the graph. Every root field runs exactly one Cypher statement. */
export type QueryPathsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<RelationType>>;
  to: Scalars['ID']['input'];
};


/** Read access to the graph. Every root field runs exactly one Cypher statement. */
export type QueryRecommendationsArgs = {
  article?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  document?: InputMaybe<Scalars['ID']['input']>;
};


/** Read access to the graph. Every root field runs exactly one Cypher statement. */
export type QueryRecommendationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  article?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  document?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read access to the graph. Every root field runs exactly one Cypher statement. */
export type QuerySearchArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  query: Scalars['String']['input'];
};


/** Read access to the graph. Every root field runs exactly one Cypher statement. */
export type QuerySearchConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  query: Scalars['String']['input'];
};


/** Read access to the graph. Every root field runs exactly one Cypher statement. */
export type QuerySubgraphArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  ids: Array<Scalars['ID']['input']>;
  relationTypes?: InputMaybe<Array<RelationType>>;
};


/** Read access to the graph. Every root field runs exactly one Cypher statement. */
export type QueryTimelineArgs = {
  id: Scalars['ID']['input'];
};


/** Read access to the graph. Every root field runs exactly one Cypher statement. */
export type QueryWholeGraphArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** A State's ratification of a treaty, with the ratifying act and the dates sources give. */
export type RatificationLink = {
  __typename?: 'RatificationLink';
  /** The domestic act (law or resolution) by which the State ratified. */
  act?: Maybe<Instrument>;
  /** What the link rests on. */
  basis: Basis;
  /** Every version of a date where sources disagree, each with its sources and status. */
  claims: Array<Claim>;
  /** Date of the domestic act of ratification. */
  date?: Maybe<Scalars['Date']['output']>;
  /** Date the instrument of ratification was deposited with the UN, where an official source gives it. */
  depositDate?: Maybe<Scalars['Date']['output']>;
  /** Stable id of the link: `<state>|RATIFIED|<treaty>`. */
  id: Scalars['ID']['output'];
  /** Date the treaty entered into force for the State, where an official source gives it. */
  inForceDate?: Maybe<Scalars['Date']['output']>;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sources that support the link. */
  sources: Array<Source>;
  /** The State that ratified. */
  state: State;
  /** How far the link can be relied on. */
  status: ClaimStatus;
  /** The treaty ratified. */
  treaty: Instrument;
  /** First day the link held, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day the link held, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** A recommendation (one paragraph) of a UN treaty-body document. */
export type Recommendation = Curated & Entity & {
  __typename?: 'Recommendation';
  /** The challenges this recommendation is about. */
  addresses: Array<Challenge>;
  /** Other identifiers: official register codes, AKN or ELI style IRIs. */
  aliases: Array<Scalars['String']['output']>;
  /** The laws (or provisions) this recommendation asks the State to change, with sources. */
  asksToChange: Array<ChangeRequestLink>;
  /** Statements about this entity's properties where sources disagree, each with its sources. */
  claims: Array<Claim>;
  /** The CRC articles this recommendation concerns, with sources. */
  concerns: Array<ConcernLink>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Date of the document the paragraph is part of. */
  date?: Maybe<Scalars['Date']['output']>;
  /** The UN document this paragraph is part of. */
  document?: Maybe<Document>;
  /** Stable id: `<symbol>#para-<n>`. */
  id: Scalars['ID']['output'];
  /**
   * The first day this entity counts as in force in every `asOf` answer: its `validFrom`, else its
   * adoption, else the date of the document, else the start of what it is part of (a provision
   * follows its act). Null when nothing is known: then it counts from any day.
   */
  inForceFrom?: Maybe<Scalars['Date']['output']>;
  /**
   * The last day this entity counts as in force in every `asOf` answer: its `validTo`, else the day
   * before a successor that replaces or repeals it starts, else the end of what it is part of. Null
   * while it is in force with no end in sight.
   */
  inForceTo?: Maybe<Scalars['Date']['output']>;
  /** Always RECOMMENDATION. */
  kind: EntityKind;
  /** Every link of this entity, optionally of some types, in one direction, in force on a day. */
  links: Array<Link>;
  /** A short title in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
  /** The languages this entity has a name in. */
  nameLangs: Array<Lang>;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The paragraph, as numbered in the document. */
  paragraph?: Maybe<Scalars['String']['output']>;
  /** The later recommendations that make this one again. */
  reiteratedBy: Array<Recommendation>;
  /** The earlier recommendations this one makes again (REITERATES): the follow-up of an issue across reviews. */
  reiterates: Array<Recommendation>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** What the paragraph says, in the language asked. */
  summary?: Maybe<Scalars['String']['output']>;
  /** The symbol of the document it is part of. */
  symbol?: Maybe<Scalars['String']['output']>;
  /** First day this entity was in force or existed, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day this entity was in force or existed, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** True only when the paragraph was read and the data says so; false when its number or content could not be confirmed, or nobody said. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). Pass it as `expectedVersion` to change it. */
  version: Scalars['Int']['output'];
};


/** A recommendation (one paragraph) of a UN treaty-body document. */
export type RecommendationAddressesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A recommendation (one paragraph) of a UN treaty-body document. */
export type RecommendationAsksToChangeArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A recommendation (one paragraph) of a UN treaty-body document. */
export type RecommendationConcernsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
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

/** A page of UN treaty-body recommendations, ordered by document and paragraph. */
export type RecommendationConnection = {
  __typename?: 'RecommendationConnection';
  /** The recommendations of this page, each with its cursor. */
  edges: Array<RecommendationEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of recommendations matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One recommendation in a page of recommendations. */
export type RecommendationEdge = {
  __typename?: 'RecommendationEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The recommendation. */
  node: Recommendation;
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
  /** A recorded gap: no provision of the State's law implementing the article was found in the sources searched. */
  | 'NO_IMPLEMENTATION_FOUND'
  /** An institution oversees another institution. */
  | 'OVERSEES'
  /** A provision is part of an instrument; a recommendation is part of a UN document. */
  | 'PART_OF'
  /** A State ratified a treaty. */
  | 'RATIFIED'
  /** A domestic act ratifies a treaty. */
  | 'RATIFIES'
  /** A recommendation repeats an earlier recommendation. */
  | 'REITERATES'
  /** An act repeals an earlier act or one of its provisions. */
  | 'REPEALS'
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

/** An institution's responsibility for an area, act, programme, challenge or group, over a period. */
export type ResponsibilityLink = {
  __typename?: 'ResponsibilityLink';
  /** What the link rests on. */
  basis: Basis;
  /** Versions of this link's properties where sources disagree. */
  claims: Array<Claim>;
  /** Stable id of the link. */
  id: Scalars['ID']['output'];
  /** The institution responsible. */
  institution: Institution;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Its role, for example `central authorised body`. */
  role?: Maybe<Scalars['String']['output']>;
  /** The sources that support the link. */
  sources: Array<Source>;
  /** How far the link can be relied on. */
  status: ClaimStatus;
  /** What it is responsible for. */
  subject: Entity;
  /** First day of the responsibility, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day of the responsibility, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** What a token may do. Each role may do everything the roles before it may. */
export type Role =
  /** Also creates and revokes tokens. */
  | 'ADMIN'
  /** Curates the graph: creates, updates, retires and links entities. */
  | 'EDITOR';

/** A page of search results, best first. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** The results of this page, each with its cursor and score. */
  edges: Array<SearchEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** The number of entities matching, across all pages (counting at most the best 10,000). */
  totalCount: Scalars['Int']['output'];
};

/** One search result in a page of results. */
export type SearchEdge = {
  __typename?: 'SearchEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The entity found. */
  node: Entity;
  /** Relevance: higher is better. */
  score: Scalars['Float']['output'];
};

/** A search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity found. */
  entity: Entity;
  /** Relevance: higher is better. */
  score: Scalars['Float']['output'];
};

/** A bibliographic or official source. */
export type Source = Curated & Entity & {
  __typename?: 'Source';
  /** Other identifiers: official register codes, AKN or ELI style IRIs. */
  aliases: Array<Scalars['String']['output']>;
  /** Authors, as given. */
  authors: Array<Scalars['String']['output']>;
  /** The reference as a citing work gives it. */
  citation?: Maybe<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree, each with its sources. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** DOI. */
  doi?: Maybe<Scalars['String']['output']>;
  /** Stable, readable id: `src:<slug>`. */
  id: Scalars['ID']['output'];
  /**
   * The first day this entity counts as in force in every `asOf` answer: its `validFrom`, else its
   * adoption, else the date of the document, else the start of what it is part of (a provision
   * follows its act). Null when nothing is known: then it counts from any day.
   */
  inForceFrom?: Maybe<Scalars['Date']['output']>;
  /**
   * The last day this entity counts as in force in every `asOf` answer: its `validTo`, else the day
   * before a successor that replaces or repeals it starts, else the end of what it is part of. Null
   * while it is in force with no end in sight.
   */
  inForceTo?: Maybe<Scalars['Date']['output']>;
  /** Always SOURCE. */
  kind: EntityKind;
  /** Every link of this entity, optionally of some types, in one direction, in force on a day. */
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
  /** A short description, in the language asked (English when missing). */
  summary?: Maybe<Scalars['String']['output']>;
  /** Where to read it. */
  url?: Maybe<Scalars['String']['output']>;
  /** First day this entity was in force or existed, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day this entity was in force or existed, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** Journal, series or website. */
  venue?: Maybe<Scalars['String']['output']>;
  /** True only when a copy of this source was read and the data says so; false when it could not be found or confirmed, or nobody said. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). Pass it as `expectedVersion` to change it. */
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
export type State = Curated & Entity & {
  __typename?: 'State';
  /** Other identifiers: official register codes, AKN or ELI style IRIs. */
  aliases: Array<Scalars['String']['output']>;
  /** Statements about this entity's properties where sources disagree, each with its sources. */
  claims: Array<Claim>;
  /** True once an editor has changed it through the API; the dataset loader then leaves it alone. */
  curated: Scalars['Boolean']['output'];
  /** Stable, readable id (ISO 3166 alpha-2, lower case). */
  id: Scalars['ID']['output'];
  /**
   * The first day this entity counts as in force in every `asOf` answer: its `validFrom`, else its
   * adoption, else the date of the document, else the start of what it is part of (a provision
   * follows its act). Null when nothing is known: then it counts from any day.
   */
  inForceFrom?: Maybe<Scalars['Date']['output']>;
  /**
   * The last day this entity counts as in force in every `asOf` answer: its `validTo`, else the day
   * before a successor that replaces or repeals it starts, else the end of what it is part of. Null
   * while it is in force with no end in sight.
   */
  inForceTo?: Maybe<Scalars['Date']['output']>;
  /** Always STATE. */
  kind: EntityKind;
  /** Every link of this entity, optionally of some types, in one direction, in force on a day. */
  links: Array<Link>;
  /** The name in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
  /** The languages this entity has a name in. */
  nameLangs: Array<Lang>;
  /** An editor's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The treaties this State ratified, with the date, the ratifying act, sources and disputed dates. */
  ratifications: Array<RatificationLink>;
  /** The treaties this State signed, with the date and sources. */
  signatures: Array<Link>;
  /** The sources that support this entity. */
  sources: Array<Source>;
  /** A short description, in the language asked (English when missing). */
  summary?: Maybe<Scalars['String']['output']>;
  /** First day this entity was in force or existed, where known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day this entity was in force or existed, where known. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** True only when someone checked it against a source and said so (the data says `verified: true`); false otherwise. */
  verified: Scalars['Boolean']['output'];
  /** How many curated writes this entity has had (0 as loaded from the dataset files). Pass it as `expectedVersion` to change it. */
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
export type StateRatificationsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A State party. */
export type StateSignaturesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A State party. */
export type StateSummaryArgs = {
  lang?: InputMaybe<Lang>;
};

/**
 * A set of entities and the links between them, ready to draw: every edge's source and target is
 * one of `nodes`.
 */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** The number of edges returned. */
  edgeCount: Scalars['Int']['output'];
  /** The links between those entities, ordered by id. */
  edges: Array<GraphEdge>;
  /** This subgraph as a file in an export format (made from the nodes and edges already fetched). */
  export: ExportFile;
  /** The number of nodes returned. */
  nodeCount: Scalars['Int']['output'];
  /** The entities. For a neighbourhood, the centre comes first and nearer entities before farther ones. */
  nodes: Array<Entity>;
  /** True when a limit cut the result: more entities (or links) matched than are returned. */
  truncated: Scalars['Boolean']['output'];
};


/**
 * A set of entities and the links between them, ready to draw: every edge's source and target is
 * one of `nodes`.
 */
export type SubgraphExportArgs = {
  format: ExportFormat;
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

/** One event in the life of an act or institution. */
export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  /** The other act or institution of the event; null for adoption, entry into force, establishment, a rename and an end. */
  act?: Maybe<TimelineParty>;
  /** The day, where known. */
  date?: Maybe<Scalars['Date']['output']>;
  /**
   * True when the day is derived rather than read: an end the day before a successor starts, or a
   * succession dated by the successor's entry into force (or adoption) because the link has no date.
   */
  derived: Scalars['Boolean']['output'];
  /** What happened. */
  event: TimelineEventKind;
  /** RENAMED: the name it had before, in the language asked, or in English when that language is missing; null for other events. */
  formerName?: Maybe<Scalars['String']['output']>;
  /** The id of the link that records the event, when a link does. */
  link?: Maybe<Scalars['ID']['output']>;
  /** An editor's note on the link. */
  note?: Maybe<Scalars['String']['output']>;
  /** The ids of the sources for the event: the link's, those given for the date, or else the entity's own sources. */
  sources: Array<Scalars['ID']['output']>;
};


/** One event in the life of an act or institution. */
export type TimelineEventFormerNameArgs = {
  lang?: InputMaybe<Lang>;
};

/** What happened to an act or institution (`Query.timeline`). */
export type TimelineEventKind =
  /** The act was adopted (its `adopted` date). */
  | 'ADOPTED'
  /** The event's `act` amended this one. */
  | 'AMENDED_BY'
  /** This act amended the event's `act`. */
  | 'AMENDS'
  /** Its last day in force (an institution: abolished), given by a source or derived from a successor. */
  | 'ENDED'
  /** The act entered into force (its `entryIntoForce`); validity starts then. */
  | 'ENTERED_INTO_FORCE'
  /** The institution was established (its `validFrom`). */
  | 'ESTABLISHED'
  /** This institution or programme was established by the event's `act`. */
  | 'ESTABLISHED_BY'
  /** An act or provision, the event's `act`, was established by this one (an ESTABLISHED_BY link). */
  | 'ESTABLISHES'
  /** The institution took its present name; the event's `formerName` is the one it had before. */
  | 'RENAMED'
  /** The event's `act` repealed this one: this one ends the day before. */
  | 'REPEALED_BY'
  /** This act repealed the event's `act`. */
  | 'REPEALS'
  /** The event's `act` replaced this one: this one ends the day before. */
  | 'REPLACED_BY'
  /** This act or institution replaced (succeeded) the event's `act`. */
  | 'REPLACES'
  /** Two or more successors replaced this institution on the same day, the event's `act` among them. */
  | 'SPLIT_INTO';

/** The other act or institution of a timeline event. */
export type TimelineParty = {
  __typename?: 'TimelineParty';
  /** Its id. */
  id: Scalars['ID']['output'];
  /** Its kind. */
  kind: EntityKind;
  /** Its name in the language asked, or in English when that language is missing. */
  name: Scalars['String']['output'];
};


/** The other act or institution of a timeline event. */
export type TimelinePartyNameArgs = {
  lang?: InputMaybe<Lang>;
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




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Curated:
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
  ;
  Entity:
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
    | ( EntityRow )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ApiToken: ResolverTypeWrapper<TokenInfo>;
  Area: ResolverTypeWrapper<EntityRow>;
  ArticleCoverage: ResolverTypeWrapper<ArticleCoverageRow>;
  ArticleRecommendationConnection: ResolverTypeWrapper<Omit<ArticleRecommendationConnection, 'edges'> & { edges: Array<ResolversTypes['ArticleRecommendationEdge']> }>;
  ArticleRecommendationEdge: ResolverTypeWrapper<Omit<ArticleRecommendationEdge, 'node'> & { node: ResolversTypes['Recommendation'] }>;
  AuditEntry: ResolverTypeWrapper<AuditRow>;
  AuditOperation: AuditOperation;
  Basis: Basis;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Challenge: ResolverTypeWrapper<EntityRow>;
  ChangeRequestLink: ResolverTypeWrapper<LinkRow>;
  Claim: ResolverTypeWrapper<ClaimRow>;
  ClaimStatus: ClaimStatus;
  Cluster: ResolverTypeWrapper<EntityRow>;
  ConcernLink: ResolverTypeWrapper<LinkRow>;
  CorrespondenceLink: ResolverTypeWrapper<LinkRow>;
  Coverage: ResolverTypeWrapper<CoverageRow>;
  CoverageLink: ResolverTypeWrapper<CoverageLink>;
  CoverageMatrix: ResolverTypeWrapper<CoverageMatrixRow>;
  CoveringInstrument: ResolverTypeWrapper<CoveringInstrumentRow>;
  CreatedToken: ResolverTypeWrapper<CreatedTokenRow>;
  Curated: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Curated']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Direction: Direction;
  Document: ResolverTypeWrapper<EntityRow>;
  Entity: ResolverTypeWrapper<EntityRow>;
  EntityInput: EntityInput;
  EntityKind: EntityKind;
  EntityPatch: EntityPatch;
  EntityWrite: ResolverTypeWrapper<EntityWriteRow>;
  ExportFile: ResolverTypeWrapper<ExportFile>;
  ExportFormat: ExportFormat;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GapLink: ResolverTypeWrapper<LinkRow>;
  GraphEdge: ResolverTypeWrapper<EdgeRow>;
  Group: ResolverTypeWrapper<EntityRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImplementationLink: ResolverTypeWrapper<LinkRow>;
  ImplementationLinkConnection: ResolverTypeWrapper<Omit<ImplementationLinkConnection, 'edges'> & { edges: Array<ResolversTypes['ImplementationLinkEdge']> }>;
  ImplementationLinkEdge: ResolverTypeWrapper<Omit<ImplementationLinkEdge, 'node'> & { node: ResolversTypes['ImplementationLink'] }>;
  ImportInput: ImportInput;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  Institution: ResolverTypeWrapper<EntityRow>;
  InstitutionConnection: ResolverTypeWrapper<Omit<InstitutionConnection, 'edges'> & { edges: Array<ResolversTypes['InstitutionEdge']> }>;
  InstitutionEdge: ResolverTypeWrapper<Omit<InstitutionEdge, 'node'> & { node: ResolversTypes['Institution'] }>;
  Instrument: ResolverTypeWrapper<EntityRow>;
  InstrumentConnection: ResolverTypeWrapper<Omit<InstrumentConnection, 'edges'> & { edges: Array<ResolversTypes['InstrumentEdge']> }>;
  InstrumentEdge: ResolverTypeWrapper<Omit<InstrumentEdge, 'node'> & { node: ResolversTypes['Instrument'] }>;
  InstrumentKind: InstrumentKind;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Lang: Lang;
  Link: ResolverTypeWrapper<LinkRow>;
  LinkInput: LinkInput;
  LinkWrite: ResolverTypeWrapper<LinkWriteRow>;
  Measure: ResolverTypeWrapper<EntityRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OfficeHolderLink: ResolverTypeWrapper<LinkRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<PathRow>;
  Person: ResolverTypeWrapper<EntityRow>;
  Principle: ResolverTypeWrapper<EntityRow>;
  Program: ResolverTypeWrapper<EntityRow>;
  Provision: ResolverTypeWrapper<EntityRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RatificationLink: ResolverTypeWrapper<LinkRow>;
  Recommendation: ResolverTypeWrapper<EntityRow>;
  RecommendationConnection: ResolverTypeWrapper<Omit<RecommendationConnection, 'edges'> & { edges: Array<ResolversTypes['RecommendationEdge']> }>;
  RecommendationEdge: ResolverTypeWrapper<Omit<RecommendationEdge, 'node'> & { node: ResolversTypes['Recommendation'] }>;
  RelationType: RelationType;
  ResponsibilityLink: ResolverTypeWrapper<LinkRow>;
  Role: Role;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges'> & { edges: Array<ResolversTypes['SearchEdge']> }>;
  SearchEdge: ResolverTypeWrapper<Omit<SearchEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  SearchHit: ResolverTypeWrapper<SearchHitRow>;
  Source: ResolverTypeWrapper<EntityRow>;
  State: ResolverTypeWrapper<EntityRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphRow>;
  TextInput: TextInput;
  TimelineEvent: ResolverTypeWrapper<TimelineEventRow>;
  TimelineEventKind: TimelineEventKind;
  TimelineParty: ResolverTypeWrapper<TimelinePartyRow>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiToken: TokenInfo;
  Area: EntityRow;
  ArticleCoverage: ArticleCoverageRow;
  ArticleRecommendationConnection: Omit<ArticleRecommendationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArticleRecommendationEdge']> };
  ArticleRecommendationEdge: Omit<ArticleRecommendationEdge, 'node'> & { node: ResolversParentTypes['Recommendation'] };
  AuditEntry: AuditRow;
  Boolean: Scalars['Boolean']['output'];
  Challenge: EntityRow;
  ChangeRequestLink: LinkRow;
  Claim: ClaimRow;
  Cluster: EntityRow;
  ConcernLink: LinkRow;
  CorrespondenceLink: LinkRow;
  Coverage: CoverageRow;
  CoverageLink: CoverageLink;
  CoverageMatrix: CoverageMatrixRow;
  CoveringInstrument: CoveringInstrumentRow;
  CreatedToken: CreatedTokenRow;
  Curated: ResolversInterfaceTypes<ResolversParentTypes>['Curated'];
  Date: Scalars['Date']['output'];
  Document: EntityRow;
  Entity: EntityRow;
  EntityInput: EntityInput;
  EntityPatch: EntityPatch;
  EntityWrite: EntityWriteRow;
  ExportFile: ExportFile;
  Float: Scalars['Float']['output'];
  GapLink: LinkRow;
  GraphEdge: EdgeRow;
  Group: EntityRow;
  ID: Scalars['ID']['output'];
  ImplementationLink: LinkRow;
  ImplementationLinkConnection: Omit<ImplementationLinkConnection, 'edges'> & { edges: Array<ResolversParentTypes['ImplementationLinkEdge']> };
  ImplementationLinkEdge: Omit<ImplementationLinkEdge, 'node'> & { node: ResolversParentTypes['ImplementationLink'] };
  ImportInput: ImportInput;
  ImportResult: ImportResult;
  Institution: EntityRow;
  InstitutionConnection: Omit<InstitutionConnection, 'edges'> & { edges: Array<ResolversParentTypes['InstitutionEdge']> };
  InstitutionEdge: Omit<InstitutionEdge, 'node'> & { node: ResolversParentTypes['Institution'] };
  Instrument: EntityRow;
  InstrumentConnection: Omit<InstrumentConnection, 'edges'> & { edges: Array<ResolversParentTypes['InstrumentEdge']> };
  InstrumentEdge: Omit<InstrumentEdge, 'node'> & { node: ResolversParentTypes['Instrument'] };
  Int: Scalars['Int']['output'];
  Link: LinkRow;
  LinkInput: LinkInput;
  LinkWrite: LinkWriteRow;
  Measure: EntityRow;
  Mutation: Record<PropertyKey, never>;
  OfficeHolderLink: LinkRow;
  PageInfo: PageInfo;
  Path: PathRow;
  Person: EntityRow;
  Principle: EntityRow;
  Program: EntityRow;
  Provision: EntityRow;
  Query: Record<PropertyKey, never>;
  RatificationLink: LinkRow;
  Recommendation: EntityRow;
  RecommendationConnection: Omit<RecommendationConnection, 'edges'> & { edges: Array<ResolversParentTypes['RecommendationEdge']> };
  RecommendationEdge: Omit<RecommendationEdge, 'node'> & { node: ResolversParentTypes['Recommendation'] };
  ResponsibilityLink: LinkRow;
  SearchConnection: Omit<SearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchEdge']> };
  SearchEdge: Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  SearchHit: SearchHitRow;
  Source: EntityRow;
  State: EntityRow;
  String: Scalars['String']['output'];
  Subgraph: SubgraphRow;
  TextInput: TextInput;
  TimelineEvent: TimelineEventRow;
  TimelineParty: TimelinePartyRow;
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
  inForceFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inForceTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<AreaLinksArgs, 'direction'>>;
  monitoredBy?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType, Partial<AreaMonitoredByArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<AreaNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responsible?: Resolver<Array<ResolversTypes['ResponsibilityLink']>, ParentType, ContextType, Partial<AreaResponsibleArgs>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<AreaSummaryArgs, 'lang'>>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ArticleCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleCoverage'] = ResolversParentTypes['ArticleCoverage']> = ResolversObject<{
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  instruments?: Resolver<Array<ResolversTypes['CoveringInstrument']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordedGap?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ArticleCoverageTitleArgs, 'lang'>>;
}>;

export type ArticleRecommendationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleRecommendationConnection'] = ResolversParentTypes['ArticleRecommendationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ArticleRecommendationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ArticleRecommendationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleRecommendationEdge'] = ResolversParentTypes['ArticleRecommendationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  inForceFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inForceTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
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

export type ChangeRequestLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeRequestLink'] = ResolversParentTypes['ChangeRequestLink']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  law?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
}>;

export type ClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['Link']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  official?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  property?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ClusterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Cluster'] = ResolversParentTypes['Cluster']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForceFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inForceTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
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

export type ConcernLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConcernLink'] = ResolversParentTypes['ConcernLink']> = ResolversObject<{
  article?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
}>;

export type CorrespondenceLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrespondenceLink'] = ResolversParentTypes['CorrespondenceLink']> = ResolversObject<{
  article?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
}>;

export type CoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Coverage'] = ResolversParentTypes['Coverage']> = ResolversObject<{
  articles?: Resolver<Array<ResolversTypes['ArticleCoverage']>, ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  coveredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['ArticleCoverage']>, ParentType, ContextType>;
  matrix?: Resolver<ResolversTypes['CoverageMatrix'], ParentType, ContextType>;
}>;

export type CoverageLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageLink'] = ResolversParentTypes['CoverageLink']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
}>;

export type CoverageMatrixResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageMatrix'] = ResolversParentTypes['CoverageMatrix']> = ResolversObject<{
  articleIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  articleNumbers?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  instrumentIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  instrumentNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<CoverageMatrixInstrumentNamesArgs, 'lang'>>;
  values?: Resolver<Array<Array<ResolversTypes['Int']>>, ParentType, ContextType>;
}>;

export type CoveringInstrumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoveringInstrument'] = ResolversParentTypes['CoveringInstrument']> = ResolversObject<{
  contested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['CoverageLink']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<CoveringInstrumentNameArgs, 'lang'>>;
}>;

export type CreatedTokenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatedToken'] = ResolversParentTypes['CreatedToken']> = ResolversObject<{
  info?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CuratedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Curated'] = ResolversParentTypes['Curated']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Area' | 'Challenge' | 'Cluster' | 'Document' | 'Group' | 'Institution' | 'Instrument' | 'Measure' | 'Person' | 'Principle' | 'Program' | 'Provision' | 'Recommendation' | 'Source' | 'State', ParentType, ContextType>;
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
  inForceFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inForceTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<DocumentLinksArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<DocumentNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
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

export type ExportFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExportFile'] = ResolversParentTypes['ExportFile']> = ResolversObject<{
  bytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ExportFormat'], ParentType, ContextType>;
}>;

export type GapLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GapLink'] = ResolversParentTypes['GapLink']> = ResolversObject<{
  article?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = ResolversObject<{
  basis?: Resolver<Maybe<ResolversTypes['Basis']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ClaimStatus']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type GroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Group'] = ResolversParentTypes['Group']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForceFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inForceTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
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
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paragraph?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type ImplementationLinkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImplementationLinkConnection'] = ResolversParentTypes['ImplementationLinkConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ImplementationLinkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImplementationLinkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImplementationLinkEdge'] = ResolversParentTypes['ImplementationLinkEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ImplementationLink'], ParentType, ContextType>;
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
  holders?: Resolver<Array<ResolversTypes['OfficeHolderLink']>, ParentType, ContextType, Partial<InstitutionHoldersArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForceFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inForceTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<InstitutionLinksArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<InstitutionNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overseenBy?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType, Partial<InstitutionOverseenByArgs>>;
  oversees?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType, Partial<InstitutionOverseesArgs>>;
  predecessors?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  responsibleFor?: Resolver<Array<ResolversTypes['ResponsibilityLink']>, ParentType, ContextType, Partial<InstitutionResponsibleForArgs>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  successors?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<InstitutionSummaryArgs, 'lang'>>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InstitutionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InstitutionConnection'] = ResolversParentTypes['InstitutionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InstitutionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InstitutionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InstitutionEdge'] = ResolversParentTypes['InstitutionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
}>;

export type InstrumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Instrument'] = ResolversParentTypes['Instrument']> = ResolversObject<{
  adopted?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  amendedBy?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<InstrumentAmendedByArgs>>;
  amends?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<InstrumentAmendsArgs>>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entryIntoForce?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  extends?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType, Partial<InstrumentExtendsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implements?: Resolver<Array<ResolversTypes['ImplementationLink']>, ParentType, ContextType, Partial<InstrumentImplementsArgs>>;
  inForceFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inForceTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  instrumentKind?: Resolver<ResolversTypes['InstrumentKind'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<InstrumentLinksArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<InstrumentNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  predecessors?: Resolver<Array<ResolversTypes['Instrument']>, ParentType, ContextType>;
  provisions?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  ratifications?: Resolver<Array<ResolversTypes['RatificationLink']>, ParentType, ContextType, Partial<InstrumentRatificationsArgs>>;
  registerCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  successors?: Resolver<Array<ResolversTypes['Instrument']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<InstrumentSummaryArgs, 'lang'>>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InstrumentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InstrumentConnection'] = ResolversParentTypes['InstrumentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InstrumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InstrumentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InstrumentEdge'] = ResolversParentTypes['InstrumentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
}>;

export type LinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Link'] = ResolversParentTypes['Link']> = ResolversObject<{
  basis?: Resolver<Maybe<ResolversTypes['Basis']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
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
  inForceFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inForceTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
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

export type OfficeHolderLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OfficeHolderLink'] = ResolversParentTypes['OfficeHolderLink']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  office?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForceFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inForceTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
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
  inForceFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inForceTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
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
  inForceFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inForceTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
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
  clusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  correspondsTo?: Resolver<Array<ResolversTypes['CorrespondenceLink']>, ParentType, ContextType, Partial<ProvisionCorrespondsToArgs>>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  extendedBy?: Resolver<Array<ResolversTypes['Instrument']>, ParentType, ContextType, Partial<ProvisionExtendedByArgs>>;
  gaps?: Resolver<Array<ResolversTypes['GapLink']>, ParentType, ContextType, Partial<ProvisionGapsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementedBy?: Resolver<Array<ResolversTypes['ImplementationLink']>, ParentType, ContextType, Partial<ProvisionImplementedByArgs>>;
  implementedByConnection?: Resolver<ResolversTypes['ImplementationLinkConnection'], ParentType, ContextType, RequireFields<ProvisionImplementedByConnectionArgs, 'first'>>;
  implements?: Resolver<Array<ResolversTypes['ImplementationLink']>, ParentType, ContextType, Partial<ProvisionImplementsArgs>>;
  inForceFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inForceTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<ProvisionLinksArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ProvisionNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType, Partial<ProvisionRecommendationsArgs>>;
  recommendationsConnection?: Resolver<ResolversTypes['ArticleRecommendationConnection'], ParentType, ContextType, RequireFields<ProvisionRecommendationsConnectionArgs, 'first'>>;
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
  implementationCoverage?: Resolver<ResolversTypes['Coverage'], ParentType, ContextType, Partial<QueryImplementationCoverageArgs>>;
  institutions?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType, Partial<QueryInstitutionsArgs>>;
  institutionsConnection?: Resolver<ResolversTypes['InstitutionConnection'], ParentType, ContextType, RequireFields<QueryInstitutionsConnectionArgs, 'first'>>;
  instrument?: Resolver<Maybe<ResolversTypes['Instrument']>, ParentType, ContextType, RequireFields<QueryInstrumentArgs, 'id'>>;
  instruments?: Resolver<Array<ResolversTypes['Instrument']>, ParentType, ContextType, Partial<QueryInstrumentsArgs>>;
  instrumentsConnection?: Resolver<ResolversTypes['InstrumentConnection'], ParentType, ContextType, RequireFields<QueryInstrumentsConnectionArgs, 'first'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  pathSubgraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryPathSubgraphArgs, 'first' | 'from' | 'maxHops' | 'to'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'from' | 'maxHops' | 'to'>>;
  recommendations?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType, Partial<QueryRecommendationsArgs>>;
  recommendationsConnection?: Resolver<ResolversTypes['RecommendationConnection'], ParentType, ContextType, RequireFields<QueryRecommendationsConnectionArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  searchConnection?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchConnectionArgs, 'first' | 'query'>>;
  subgraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QuerySubgraphArgs, 'ids'>>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'id'>>;
  tokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  wholeGraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, Partial<QueryWholeGraphArgs>>;
}>;

export type RatificationLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RatificationLink'] = ResolversParentTypes['RatificationLink']> = ResolversObject<{
  act?: Resolver<Maybe<ResolversTypes['Instrument']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  depositDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForceDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['State'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  treaty?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type RecommendationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Recommendation'] = ResolversParentTypes['Recommendation']> = ResolversObject<{
  addresses?: Resolver<Array<ResolversTypes['Challenge']>, ParentType, ContextType, Partial<RecommendationAddressesArgs>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  asksToChange?: Resolver<Array<ResolversTypes['ChangeRequestLink']>, ParentType, ContextType, Partial<RecommendationAsksToChangeArgs>>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  concerns?: Resolver<Array<ResolversTypes['ConcernLink']>, ParentType, ContextType, Partial<RecommendationConcernsArgs>>;
  curated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForceFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inForceTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<RecommendationLinksArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<RecommendationNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paragraph?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reiteratedBy?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  reiterates?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<RecommendationSummaryArgs, 'lang'>>;
  symbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RecommendationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecommendationConnection'] = ResolversParentTypes['RecommendationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RecommendationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecommendationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecommendationEdge'] = ResolversParentTypes['RecommendationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
}>;

export type ResponsibilityLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResponsibilityLink'] = ResolversParentTypes['ResponsibilityLink']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type SearchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SearchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
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
  inForceFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inForceTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
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
  inForceFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inForceTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, RequireFields<StateLinksArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<StateNameArgs, 'lang'>>;
  nameLangs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ratifications?: Resolver<Array<ResolversTypes['RatificationLink']>, ParentType, ContextType, Partial<StateRatificationsArgs>>;
  signatures?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType, Partial<StateSignaturesArgs>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<StateSummaryArgs, 'lang'>>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = ResolversObject<{
  edgeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  export?: Resolver<ResolversTypes['ExportFile'], ParentType, ContextType, RequireFields<SubgraphExportArgs, 'format' | 'lang'>>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type TimelineEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = ResolversObject<{
  act?: Resolver<Maybe<ResolversTypes['TimelineParty']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  derived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['TimelineEventKind'], ParentType, ContextType>;
  formerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<TimelineEventFormerNameArgs, 'lang'>>;
  link?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type TimelinePartyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineParty'] = ResolversParentTypes['TimelineParty']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<TimelinePartyNameArgs, 'lang'>>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  ApiToken?: ApiTokenResolvers<ContextType>;
  Area?: AreaResolvers<ContextType>;
  ArticleCoverage?: ArticleCoverageResolvers<ContextType>;
  ArticleRecommendationConnection?: ArticleRecommendationConnectionResolvers<ContextType>;
  ArticleRecommendationEdge?: ArticleRecommendationEdgeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Challenge?: ChallengeResolvers<ContextType>;
  ChangeRequestLink?: ChangeRequestLinkResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  Cluster?: ClusterResolvers<ContextType>;
  ConcernLink?: ConcernLinkResolvers<ContextType>;
  CorrespondenceLink?: CorrespondenceLinkResolvers<ContextType>;
  Coverage?: CoverageResolvers<ContextType>;
  CoverageLink?: CoverageLinkResolvers<ContextType>;
  CoverageMatrix?: CoverageMatrixResolvers<ContextType>;
  CoveringInstrument?: CoveringInstrumentResolvers<ContextType>;
  CreatedToken?: CreatedTokenResolvers<ContextType>;
  Curated?: CuratedResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Document?: DocumentResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityWrite?: EntityWriteResolvers<ContextType>;
  ExportFile?: ExportFileResolvers<ContextType>;
  GapLink?: GapLinkResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  Group?: GroupResolvers<ContextType>;
  ImplementationLink?: ImplementationLinkResolvers<ContextType>;
  ImplementationLinkConnection?: ImplementationLinkConnectionResolvers<ContextType>;
  ImplementationLinkEdge?: ImplementationLinkEdgeResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  InstitutionConnection?: InstitutionConnectionResolvers<ContextType>;
  InstitutionEdge?: InstitutionEdgeResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  InstrumentConnection?: InstrumentConnectionResolvers<ContextType>;
  InstrumentEdge?: InstrumentEdgeResolvers<ContextType>;
  Link?: LinkResolvers<ContextType>;
  LinkWrite?: LinkWriteResolvers<ContextType>;
  Measure?: MeasureResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OfficeHolderLink?: OfficeHolderLinkResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Principle?: PrincipleResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  Provision?: ProvisionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RatificationLink?: RatificationLinkResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  RecommendationConnection?: RecommendationConnectionResolvers<ContextType>;
  RecommendationEdge?: RecommendationEdgeResolvers<ContextType>;
  ResponsibilityLink?: ResponsibilityLinkResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  State?: StateResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  TimelineParty?: TimelinePartyResolvers<ContextType>;
}>;

