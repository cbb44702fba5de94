/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** Language of a name. A name missing in the language asked falls back to English. */
export type Lang =
  /** English */
  | 'EN'
  /** Kazakh */
  | 'KK'
  /** Russian */
  | 'RU';

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

export type ExplorerCellQueryVariables = Exact<{
  number: number;
  asOf?: string | null | undefined;
  lang: Lang;
}>;


export type ExplorerCellQuery = { crcArticle: { id: string, name: string, links: Array<{ id: string, basis: Basis | null, status: ClaimStatus | null, note: string | null, validFrom: string | null, validTo: string | null, from:
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
      , sources: Array<{ id: string, name: string, url: string | null, year: number | null }>, claims: Array<{ id: string, property: string, value: string, status: ClaimStatus, basis: Basis }> }> } | null };

export type ExplorerCoverageQueryVariables = Exact<{
  asOf?: string | null | undefined;
  lang: Lang;
}>;


export type ExplorerCoverageQuery = { crcArticles: Array<{ id: string, number: string | null, name: string, clusters: Array<{ id: string, name: string }> }>, implementationCoverage: { coveredCount: number, articles: Array<{ articleId: string, recordedGap: boolean, instruments: Array<{ id: string, kind: EntityKind, name: string, contested: boolean, links: Array<{ id: string, by: string, basis: Basis, status: ClaimStatus }> }> }> } };

export type ExplorerDetailsQueryVariables = Exact<{
  id: string | number;
  lang: Lang;
}>;


export type ExplorerDetailsQuery = { node:
    | { id: string, kind: EntityKind, name: string, summary: string | null, aliases: Array<string>, validFrom: string | null, validTo: string | null, verified: boolean, note: string | null, sources: Array<{ url: string | null, year: number | null, id: string, name: string }> }
    | { id: string, kind: EntityKind, name: string, summary: string | null, aliases: Array<string>, validFrom: string | null, validTo: string | null, verified: boolean, note: string | null, sources: Array<{ url: string | null, year: number | null, id: string, name: string }> }
    | { id: string, kind: EntityKind, name: string, summary: string | null, aliases: Array<string>, validFrom: string | null, validTo: string | null, verified: boolean, note: string | null, sources: Array<{ url: string | null, year: number | null, id: string, name: string }> }
    | { id: string, kind: EntityKind, name: string, summary: string | null, aliases: Array<string>, validFrom: string | null, validTo: string | null, verified: boolean, note: string | null, sources: Array<{ url: string | null, year: number | null, id: string, name: string }> }
    | { id: string, kind: EntityKind, name: string, summary: string | null, aliases: Array<string>, validFrom: string | null, validTo: string | null, verified: boolean, note: string | null, sources: Array<{ url: string | null, year: number | null, id: string, name: string }> }
    | { id: string, kind: EntityKind, name: string, summary: string | null, aliases: Array<string>, validFrom: string | null, validTo: string | null, verified: boolean, note: string | null, sources: Array<{ url: string | null, year: number | null, id: string, name: string }> }
    | { adopted: string | null, number: string | null, registerCode: string | null, url: string | null, id: string, kind: EntityKind, name: string, summary: string | null, aliases: Array<string>, validFrom: string | null, validTo: string | null, verified: boolean, note: string | null, sources: Array<{ url: string | null, year: number | null, id: string, name: string }> }
    | { id: string, kind: EntityKind, name: string, summary: string | null, aliases: Array<string>, validFrom: string | null, validTo: string | null, verified: boolean, note: string | null, sources: Array<{ url: string | null, year: number | null, id: string, name: string }> }
    | { id: string, kind: EntityKind, name: string, summary: string | null, aliases: Array<string>, validFrom: string | null, validTo: string | null, verified: boolean, note: string | null, sources: Array<{ url: string | null, year: number | null, id: string, name: string }> }
    | { id: string, kind: EntityKind, name: string, summary: string | null, aliases: Array<string>, validFrom: string | null, validTo: string | null, verified: boolean, note: string | null, sources: Array<{ url: string | null, year: number | null, id: string, name: string }> }
    | { id: string, kind: EntityKind, name: string, summary: string | null, aliases: Array<string>, validFrom: string | null, validTo: string | null, verified: boolean, note: string | null, sources: Array<{ url: string | null, year: number | null, id: string, name: string }> }
    | { number: string | null, id: string, kind: EntityKind, name: string, summary: string | null, aliases: Array<string>, validFrom: string | null, validTo: string | null, verified: boolean, note: string | null, partOf:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, sources: Array<{ url: string | null, year: number | null, id: string, name: string }> }
    | { id: string, kind: EntityKind, name: string, summary: string | null, aliases: Array<string>, validFrom: string | null, validTo: string | null, verified: boolean, note: string | null, sources: Array<{ url: string | null, year: number | null, id: string, name: string }> }
    | { url: string | null, authors: Array<string>, year: number | null, venue: string | null, id: string, kind: EntityKind, name: string, summary: string | null, aliases: Array<string>, validFrom: string | null, validTo: string | null, verified: boolean, note: string | null, sources: Array<{ url: string | null, year: number | null, id: string, name: string }> }
    | { id: string, kind: EntityKind, name: string, summary: string | null, aliases: Array<string>, validFrom: string | null, validTo: string | null, verified: boolean, note: string | null, sources: Array<{ url: string | null, year: number | null, id: string, name: string }> }
   | null };

export type ExplorerNeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth: number;
  types?: Array<RelationType> | RelationType | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ExplorerNeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
    >, edges: Array<{ id: string, type: RelationType, source: string, sourceIds: Array<string>, target: string, basis: Basis | null, status: ClaimStatus | null }> } };

type ExplorerNode_Area_Fragment = { id: string, kind: EntityKind, en: string, kk: string, ru: string };

type ExplorerNode_Challenge_Fragment = { id: string, kind: EntityKind, en: string, kk: string, ru: string };

type ExplorerNode_Cluster_Fragment = { id: string, kind: EntityKind, en: string, kk: string, ru: string };

type ExplorerNode_Document_Fragment = { id: string, kind: EntityKind, en: string, kk: string, ru: string };

type ExplorerNode_Group_Fragment = { id: string, kind: EntityKind, en: string, kk: string, ru: string };

type ExplorerNode_Institution_Fragment = { id: string, kind: EntityKind, en: string, kk: string, ru: string };

type ExplorerNode_Instrument_Fragment = { id: string, kind: EntityKind, en: string, kk: string, ru: string };

type ExplorerNode_Measure_Fragment = { id: string, kind: EntityKind, en: string, kk: string, ru: string };

type ExplorerNode_Person_Fragment = { id: string, kind: EntityKind, en: string, kk: string, ru: string };

type ExplorerNode_Principle_Fragment = { id: string, kind: EntityKind, en: string, kk: string, ru: string };

type ExplorerNode_Program_Fragment = { id: string, kind: EntityKind, en: string, kk: string, ru: string };

type ExplorerNode_Provision_Fragment = { id: string, kind: EntityKind, en: string, kk: string, ru: string };

type ExplorerNode_Recommendation_Fragment = { id: string, kind: EntityKind, en: string, kk: string, ru: string };

type ExplorerNode_Source_Fragment = { id: string, kind: EntityKind, en: string, kk: string, ru: string };

type ExplorerNode_State_Fragment = { id: string, kind: EntityKind, en: string, kk: string, ru: string };

export type ExplorerNodeFragment =
  | ExplorerNode_Area_Fragment
  | ExplorerNode_Challenge_Fragment
  | ExplorerNode_Cluster_Fragment
  | ExplorerNode_Document_Fragment
  | ExplorerNode_Group_Fragment
  | ExplorerNode_Institution_Fragment
  | ExplorerNode_Instrument_Fragment
  | ExplorerNode_Measure_Fragment
  | ExplorerNode_Person_Fragment
  | ExplorerNode_Principle_Fragment
  | ExplorerNode_Program_Fragment
  | ExplorerNode_Provision_Fragment
  | ExplorerNode_Recommendation_Fragment
  | ExplorerNode_Source_Fragment
  | ExplorerNode_State_Fragment
;

export type ExplorerEdgeFragment = { id: string, type: RelationType, source: string, sourceIds: Array<string>, target: string, basis: Basis | null, status: ClaimStatus | null };

export type ExplorerSubgraphFragment = { truncated: boolean, nodes: Array<
    | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
    | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
    | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
    | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
    | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
    | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
    | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
    | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
    | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
    | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
    | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
    | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
    | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
    | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
    | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
  >, edges: Array<{ id: string, type: RelationType, source: string, sourceIds: Array<string>, target: string, basis: Basis | null, status: ClaimStatus | null }> };

export type ExplorerSourcesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  lang: Lang;
}>;


export type ExplorerSourcesQuery = { subgraph: { nodes: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { url: string | null, year: number | null, id: string, name: string }
      | { id: string, name: string }
    > } };

export type ExplorerPathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  types?: Array<RelationType> | RelationType | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ExplorerPathsQuery = { pathSubgraph: { truncated: boolean, nodes: Array<
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
    >, edges: Array<{ id: string, type: RelationType, source: string, sourceIds: Array<string>, target: string, basis: Basis | null, status: ClaimStatus | null }> } };

export type ExplorerSearchQueryVariables = Exact<{
  query: string;
  asOf?: string | null | undefined;
}>;


export type ExplorerSearchQuery = { searchConnection: { totalCount: number, edges: Array<{ score: number, node:
        | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
        | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
        | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
        | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
        | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
        | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
        | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
        | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
        | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
        | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
        | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
        | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
        | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
        | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
        | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
       }> } };

export type ExplorerEntitiesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  asOf?: string | null | undefined;
}>;


export type ExplorerEntitiesQuery = { subgraph: { truncated: boolean, nodes: Array<
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
    >, edges: Array<{ id: string, type: RelationType, source: string, sourceIds: Array<string>, target: string, basis: Basis | null, status: ClaimStatus | null }> } };

export type ExplorerWholeGraphQueryVariables = Exact<{
  limit: number;
}>;


export type ExplorerWholeGraphQuery = { wholeGraph: { truncated: boolean, nodes: Array<
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
      | { id: string, kind: EntityKind, en: string, kk: string, ru: string }
    >, edges: Array<{ id: string, type: RelationType, source: string, sourceIds: Array<string>, target: string, basis: Basis | null, status: ClaimStatus | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ExplorerNodeFragmentDoc = new TypedDocumentString(`
    fragment ExplorerNode on Entity {
  id
  kind
  en: name(lang: EN)
  kk: name(lang: KK)
  ru: name(lang: RU)
}
    `, {"fragmentName":"ExplorerNode"}) as unknown as TypedDocumentString<ExplorerNodeFragment, unknown>;
export const ExplorerEdgeFragmentDoc = new TypedDocumentString(`
    fragment ExplorerEdge on GraphEdge {
  id
  type
  source
  sourceIds
  target
  basis
  status
}
    `, {"fragmentName":"ExplorerEdge"}) as unknown as TypedDocumentString<ExplorerEdgeFragment, unknown>;
export const ExplorerSubgraphFragmentDoc = new TypedDocumentString(`
    fragment ExplorerSubgraph on Subgraph {
  truncated
  nodes {
    ...ExplorerNode
  }
  edges {
    ...ExplorerEdge
  }
}
    fragment ExplorerNode on Entity {
  id
  kind
  en: name(lang: EN)
  kk: name(lang: KK)
  ru: name(lang: RU)
}
fragment ExplorerEdge on GraphEdge {
  id
  type
  source
  sourceIds
  target
  basis
  status
}`, {"fragmentName":"ExplorerSubgraph"}) as unknown as TypedDocumentString<ExplorerSubgraphFragment, unknown>;
export const ExplorerCellDocument = new TypedDocumentString(`
    query ExplorerCell($number: Int!, $asOf: Date, $lang: Lang!) {
  crcArticle(number: $number, asOf: $asOf) {
    id
    name(lang: $lang)
    links(types: [IMPLEMENTS], direction: IN, asOf: $asOf) {
      id
      basis
      status
      note
      validFrom
      validTo
      from {
        id
        kind
        name(lang: $lang)
      }
      sources {
        id
        name(lang: $lang)
        url
        year
      }
      claims {
        id
        property
        value
        status
        basis
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerCellQuery, ExplorerCellQueryVariables>;
export const ExplorerCoverageDocument = new TypedDocumentString(`
    query ExplorerCoverage($asOf: Date, $lang: Lang!) {
  crcArticles(asOf: $asOf) {
    id
    number
    name(lang: $lang)
    clusters {
      id
      name(lang: $lang)
    }
  }
  implementationCoverage(asOf: $asOf, jurisdiction: "KZ") {
    coveredCount
    articles {
      articleId
      recordedGap
      instruments {
        id
        kind
        name(lang: $lang)
        contested
        links {
          id
          by
          basis
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerCoverageQuery, ExplorerCoverageQueryVariables>;
export const ExplorerDetailsDocument = new TypedDocumentString(`
    query ExplorerDetails($id: ID!, $lang: Lang!) {
  node(id: $id) {
    id
    kind
    name(lang: $lang)
    summary(lang: $lang)
    aliases
    validFrom
    validTo
    verified
    note
    sources {
      id
      name(lang: $lang)
      ... on Source {
        url
        year
      }
    }
    ... on Instrument {
      adopted
      number
      registerCode
      url
    }
    ... on Provision {
      number
      partOf {
        id
        name(lang: $lang)
      }
    }
    ... on Source {
      url
      authors
      year
      venue
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerDetailsQuery, ExplorerDetailsQueryVariables>;
export const ExplorerNeighborhoodDocument = new TypedDocumentString(`
    query ExplorerNeighborhood($id: ID!, $depth: Int!, $types: [RelationType!], $asOf: Date) {
  neighborhood(
    id: $id
    depth: $depth
    limit: 150
    relationTypes: $types
    asOf: $asOf
  ) {
    ...ExplorerSubgraph
  }
}
    fragment ExplorerNode on Entity {
  id
  kind
  en: name(lang: EN)
  kk: name(lang: KK)
  ru: name(lang: RU)
}
fragment ExplorerEdge on GraphEdge {
  id
  type
  source
  sourceIds
  target
  basis
  status
}
fragment ExplorerSubgraph on Subgraph {
  truncated
  nodes {
    ...ExplorerNode
  }
  edges {
    ...ExplorerEdge
  }
}`) as unknown as TypedDocumentString<ExplorerNeighborhoodQuery, ExplorerNeighborhoodQueryVariables>;
export const ExplorerSourcesDocument = new TypedDocumentString(`
    query ExplorerSources($ids: [ID!]!, $lang: Lang!) {
  subgraph(ids: $ids) {
    nodes {
      id
      name(lang: $lang)
      ... on Source {
        url
        year
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSourcesQuery, ExplorerSourcesQueryVariables>;
export const ExplorerPathsDocument = new TypedDocumentString(`
    query ExplorerPaths($from: ID!, $to: ID!, $types: [RelationType!], $asOf: Date) {
  pathSubgraph(
    from: $from
    to: $to
    relationTypes: $types
    asOf: $asOf
    first: 5
    maxHops: 4
  ) {
    ...ExplorerSubgraph
  }
}
    fragment ExplorerNode on Entity {
  id
  kind
  en: name(lang: EN)
  kk: name(lang: KK)
  ru: name(lang: RU)
}
fragment ExplorerEdge on GraphEdge {
  id
  type
  source
  sourceIds
  target
  basis
  status
}
fragment ExplorerSubgraph on Subgraph {
  truncated
  nodes {
    ...ExplorerNode
  }
  edges {
    ...ExplorerEdge
  }
}`) as unknown as TypedDocumentString<ExplorerPathsQuery, ExplorerPathsQueryVariables>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($query: String!, $asOf: Date) {
  searchConnection(query: $query, first: 12, asOf: $asOf) {
    totalCount
    edges {
      score
      node {
        ...ExplorerNode
      }
    }
  }
}
    fragment ExplorerNode on Entity {
  id
  kind
  en: name(lang: EN)
  kk: name(lang: KK)
  ru: name(lang: RU)
}`) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerEntitiesDocument = new TypedDocumentString(`
    query ExplorerEntities($ids: [ID!]!, $asOf: Date) {
  subgraph(ids: $ids, asOf: $asOf) {
    ...ExplorerSubgraph
  }
}
    fragment ExplorerNode on Entity {
  id
  kind
  en: name(lang: EN)
  kk: name(lang: KK)
  ru: name(lang: RU)
}
fragment ExplorerEdge on GraphEdge {
  id
  type
  source
  sourceIds
  target
  basis
  status
}
fragment ExplorerSubgraph on Subgraph {
  truncated
  nodes {
    ...ExplorerNode
  }
  edges {
    ...ExplorerEdge
  }
}`) as unknown as TypedDocumentString<ExplorerEntitiesQuery, ExplorerEntitiesQueryVariables>;
export const ExplorerWholeGraphDocument = new TypedDocumentString(`
    query ExplorerWholeGraph($limit: Int!) {
  wholeGraph(limit: $limit) {
    ...ExplorerSubgraph
  }
}
    fragment ExplorerNode on Entity {
  id
  kind
  en: name(lang: EN)
  kk: name(lang: KK)
  ru: name(lang: RU)
}
fragment ExplorerEdge on GraphEdge {
  id
  type
  source
  sourceIds
  target
  basis
  status
}
fragment ExplorerSubgraph on Subgraph {
  truncated
  nodes {
    ...ExplorerNode
  }
  edges {
    ...ExplorerEdge
  }
}`) as unknown as TypedDocumentString<ExplorerWholeGraphQuery, ExplorerWholeGraphQueryVariables>;