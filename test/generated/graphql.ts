/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a link rests on. */
export type Basis =
  /** A subject-matter mapping made by this project's editors from the sources given. */
  | 'EDITORIAL'
  /** The official text or register says so. */
  | 'OFFICIAL'
  /** The seed paper claims it. */
  | 'SEED_PAPER';

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

/**
 * A new entity, with the fields of the dataset files (cypher/data/README.md). Which fields a kind
 * may have is checked; `name.en` is required, and every kind but SOURCE needs at least one source.
 */
export type EntityInput = {
  /** Sources: the day it was last looked up. */
  accessed?: string | null | undefined;
  /** Instruments: date of adoption. */
  adopted?: string | null | undefined;
  /** Other identifiers: register codes, AKN or ELI IRIs. */
  aliases?: Array<string> | null | undefined;
  /** Sources: the authors. */
  authors?: Array<string> | null | undefined;
  /** Sources: the reference as a citing work gives it. */
  citation?: string | null | undefined;
  /** UN documents and recommendations: the date. */
  date?: string | null | undefined;
  /** UN documents: the type of document. */
  docType?: string | null | undefined;
  /** Sources: the DOI. */
  doi?: string | null | undefined;
  /** Stable, readable id (letters, digits and : / # . _ -), for example `kz:law:education`. */
  id: string | number;
  /** Institutions: what type of body it is. */
  institutionType?: string | null | undefined;
  /** States: the ISO 3166 code. */
  isoCode?: string | null | undefined;
  /** Instruments: `UN` or a State's ISO code. */
  jurisdiction?: string | null | undefined;
  /** What kind of entity this is. */
  kind: EntityKind;
  /** The name; English is required. */
  name: TextInput;
  /** An editor's note. */
  note?: string | null | undefined;
  /** Instruments and provisions: the official number. */
  number?: string | null | undefined;
  /** Recommendations: the paragraph number. */
  paragraph?: string | null | undefined;
  /** Id of the instrument, provision or UN document it is part of (PROVISION and RECOMMENDATION need it). */
  partOf?: string | number | null | undefined;
  /** Provisions and clusters: the position for ordering. */
  position?: number | null | undefined;
  /** Sources: the publisher. */
  publisher?: string | null | undefined;
  /** Instruments: the code in the official register. */
  registerCode?: string | null | undefined;
  /** UN documents: the session. */
  session?: string | null | undefined;
  /** A short name. */
  shortName?: TextInput | null | undefined;
  /** Sources: OFFICIAL_REGISTER, TREATY, UN_DOCUMENT, ACADEMIC, NEWS, NGO, GOVERNMENT or REFERENCE. */
  sourceType?: string | null | undefined;
  /** Ids of the sources that support it (SOURCE entities). */
  sources?: Array<string | number> | null | undefined;
  /** A short description. */
  summary?: TextInput | null | undefined;
  /** UN documents and recommendations: the document symbol. */
  symbol?: string | null | undefined;
  /** Link to the text or the page. */
  url?: string | null | undefined;
  /** First day in force or in existence. */
  validFrom?: string | null | undefined;
  /** Last day in force or in existence. */
  validTo?: string | null | undefined;
  /** Sources: journal, series or website. */
  venue?: string | null | undefined;
  /** False when it could not be confirmed. */
  verified?: boolean | null | undefined;
  /** Sources: the year of publication. */
  year?: number | null | undefined;
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

/** What a token may do. Each role may do everything the roles before it may. */
export type Role =
  /** Also creates and revokes tokens. */
  | 'ADMIN'
  /** Curates the graph: creates, updates, retires and links entities. */
  | 'EDITOR';

/** A text in several languages, as in the dataset files (`name: { en: ..., ru: ... }`). */
export type TextInput = {
  /** English. */
  en?: string | null | undefined;
  /** Kazakh. */
  kk?: string | null | undefined;
  /** Russian. */
  ru?: string | null | undefined;
};

export type AuthCreateSourceMutationVariables = Exact<{
  input: EntityInput;
}>;


export type AuthCreateSourceMutation = { createEntity: { version: number, entity:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     } };

export type AuthCreateTokenMutationVariables = Exact<{
  name: string;
  role: Role;
}>;


export type AuthCreateTokenMutation = { createToken: { token: string, info: { id: string, name: string, role: Role, createdBy: string | null } } };

export type AuthRevokeTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthRevokeTokenMutation = { revokeToken: { id: string, revokedAt: string | null, revokedBy: string | null } };

export type AuthTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthTokensQuery = { tokens: Array<{ id: string, name: string, role: Role }> };

export type AuthReadQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthReadQuery = { crcArticle: { id: string } | null };

export type ArticleQueryVariables = Exact<{
  n: number;
}>;


export type ArticleQuery = { crcArticle: { id: string } | null };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type UnknownQueryVariables = Exact<{ [key: string]: never; }>;


export type UnknownQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, instrument: { id: string } | null };

export type AllArticlesQueryVariables = Exact<{ [key: string]: never; }>;


export type AllArticlesQuery = { crcArticles: Array<{ id: string }> };

export type ClaimsOfQueryVariables = Exact<{
  id: string | number;
}>;


export type ClaimsOfQuery = { node:
    | { __typename: 'Area', claims: Array<{ property: string, value: string, status: ClaimStatus, official: boolean, basis: Basis, sources: Array<{ id: string }> }> }
    | { __typename: 'Challenge', claims: Array<{ property: string, value: string, status: ClaimStatus, official: boolean, basis: Basis, sources: Array<{ id: string }> }> }
    | { __typename: 'Cluster', claims: Array<{ property: string, value: string, status: ClaimStatus, official: boolean, basis: Basis, sources: Array<{ id: string }> }> }
    | { __typename: 'Document', claims: Array<{ property: string, value: string, status: ClaimStatus, official: boolean, basis: Basis, sources: Array<{ id: string }> }> }
    | { __typename: 'Group', claims: Array<{ property: string, value: string, status: ClaimStatus, official: boolean, basis: Basis, sources: Array<{ id: string }> }> }
    | { __typename: 'Institution', claims: Array<{ property: string, value: string, status: ClaimStatus, official: boolean, basis: Basis, sources: Array<{ id: string }> }> }
    | { __typename: 'Instrument', adopted: string | null, verified: boolean, implements: Array<{ status: ClaimStatus, basis: Basis, article: { id: string } }>, claims: Array<{ property: string, value: string, status: ClaimStatus, official: boolean, basis: Basis, sources: Array<{ id: string }> }> }
    | { __typename: 'Measure', claims: Array<{ property: string, value: string, status: ClaimStatus, official: boolean, basis: Basis, sources: Array<{ id: string }> }> }
    | { __typename: 'Person', claims: Array<{ property: string, value: string, status: ClaimStatus, official: boolean, basis: Basis, sources: Array<{ id: string }> }> }
    | { __typename: 'Principle', claims: Array<{ property: string, value: string, status: ClaimStatus, official: boolean, basis: Basis, sources: Array<{ id: string }> }> }
    | { __typename: 'Program', claims: Array<{ property: string, value: string, status: ClaimStatus, official: boolean, basis: Basis, sources: Array<{ id: string }> }> }
    | { __typename: 'Provision', claims: Array<{ property: string, value: string, status: ClaimStatus, official: boolean, basis: Basis, sources: Array<{ id: string }> }> }
    | { __typename: 'Recommendation', claims: Array<{ property: string, value: string, status: ClaimStatus, official: boolean, basis: Basis, sources: Array<{ id: string }> }> }
    | { __typename: 'Source', claims: Array<{ property: string, value: string, status: ClaimStatus, official: boolean, basis: Basis, sources: Array<{ id: string }> }> }
    | { __typename: 'State', claims: Array<{ property: string, value: string, status: ClaimStatus, official: boolean, basis: Basis, sources: Array<{ id: string }> }> }
   | null };

export type SearchQueryVariables = Exact<{
  query: string;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, entity:
      | { id: string, kind: EntityKind }
      | { id: string, kind: EntityKind }
      | { id: string, kind: EntityKind }
      | { id: string, kind: EntityKind }
      | { id: string, kind: EntityKind }
      | { id: string, kind: EntityKind }
      | { id: string, kind: EntityKind }
      | { id: string, kind: EntityKind }
      | { id: string, kind: EntityKind }
      | { id: string, kind: EntityKind }
      | { id: string, kind: EntityKind }
      | { id: string, kind: EntityKind }
      | { id: string, kind: EntityKind }
      | { id: string, kind: EntityKind }
      | { id: string, kind: EntityKind }
     }> };

export type ArticleImplementersQueryVariables = Exact<{
  number: number;
}>;


export type ArticleImplementersQuery = { crcArticle: { id: string, name: string, implementedBy: Array<{ basis: Basis, status: ClaimStatus, by:
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
      , article: { id: string, number: string | null }, sources: Array<{ id: string, name: string }> }> } | null };

export type DeepTraceQueryVariables = Exact<{ [key: string]: never; }>;


export type DeepTraceQuery = { crcArticle: { implementedBy: Array<{ by:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string, implements: Array<{ article: { id: string, implementedBy: Array<{ by:
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                  | { id: string }
                , sources: Array<{ id: string }> }> } }> }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , sources: Array<{ id: string, sources: Array<{ id: string }> }> }>, sources: Array<{ id: string }>, claims: Array<{ id: string, sources: Array<{ id: string }> }> } | null };

export type LawArticlesQueryVariables = Exact<{
  id: string | number;
}>;


export type LawArticlesQuery = { instrument: { id: string, instrumentKind: InstrumentKind, number: string | null, adopted: string | null, provisions: Array<{ id: string }>, implements: Array<{ basis: Basis, by:
        | { id: string, kind: EntityKind }
        | { id: string, kind: EntityKind }
        | { id: string, kind: EntityKind }
        | { id: string, kind: EntityKind }
        | { id: string, kind: EntityKind }
        | { id: string, kind: EntityKind }
        | { id: string, kind: EntityKind }
        | { id: string, kind: EntityKind }
        | { id: string, kind: EntityKind }
        | { id: string, kind: EntityKind }
        | { id: string, kind: EntityKind }
        | { id: string, kind: EntityKind }
        | { id: string, kind: EntityKind }
        | { id: string, kind: EntityKind }
        | { id: string, kind: EntityKind }
      , article: { id: string, number: string | null }, sources: Array<{ id: string }> }> } | null };

export type ProtocolsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProtocolsQuery = { instruments: Array<{ id: string, instrumentKind: InstrumentKind }> };

export type ArticleNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type ArticleNamesQuery = { crcArticles: Array<{ number: string | null, en: string, ru: string, kk: string }> };

export type Article12QueryVariables = Exact<{ [key: string]: never; }>;


export type Article12Query = { crcArticle: { id: string } | null };


export const AuthCreateSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthCreateSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AuthCreateSourceMutation, AuthCreateSourceMutationVariables>;
export const AuthCreateTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthCreateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"info"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]}}]} as unknown as DocumentNode<AuthCreateTokenMutation, AuthCreateTokenMutationVariables>;
export const AuthRevokeTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthRevokeToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"}}]}}]}}]} as unknown as DocumentNode<AuthRevokeTokenMutation, AuthRevokeTokenMutationVariables>;
export const AuthTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AuthTokensQuery, AuthTokensQueryVariables>;
export const AuthReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crcArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthReadQuery, AuthReadQueryVariables>;
export const ArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Article"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"n"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crcArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"n"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ArticleQuery, ArticleQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const UnknownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Unknown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"kz:law:no-such-law","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"crc:art:999","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UnknownQuery, UnknownQueryVariables>;
export const AllArticlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllArticles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crcArticles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AllArticlesQuery, AllArticlesQueryVariables>;
export const ClaimsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"property"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"official"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"implements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimsOfQuery, ClaimsOfQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const ArticleImplementersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticleImplementers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crcArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"implementedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArticleImplementersQuery, ArticleImplementersQueryVariables>;
export const DeepTraceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeepTrace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crcArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"IntValue","value":"19"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implementedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"implementedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeepTraceQuery, DeepTraceQueryVariables>;
export const LawArticlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LawArticles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentKind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"implements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"article"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LawArticlesQuery, LawArticlesQueryVariables>;
export const ProtocolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Protocols"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instruments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"OPTIONAL_PROTOCOL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentKind"}}]}}]}}]} as unknown as DocumentNode<ProtocolsQuery, ProtocolsQueryVariables>;
export const ArticleNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticleNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crcArticles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","alias":{"kind":"Name","value":"en"},"name":{"kind":"Name","value":"name"}},{"kind":"Field","alias":{"kind":"Name","value":"ru"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","alias":{"kind":"Name","value":"kk"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"KK"}}]}]}}]}}]} as unknown as DocumentNode<ArticleNamesQuery, ArticleNamesQueryVariables>;
export const Article12Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Article12"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crcArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<Article12Query, Article12QueryVariables>;