/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ExplorerCell($number: Int!, $asOf: Date, $lang: Lang!) {\n  crcArticle(number: $number, asOf: $asOf) {\n    id\n    name(lang: $lang)\n    links(types: [IMPLEMENTS], direction: IN, asOf: $asOf) {\n      id\n      basis\n      status\n      note\n      validFrom\n      validTo\n      from {\n        id\n        kind\n        name(lang: $lang)\n      }\n      sources {\n        id\n        name(lang: $lang)\n        url\n        year\n      }\n      claims {\n        id\n        property\n        value\n        status\n        basis\n      }\n    }\n  }\n}": typeof types.ExplorerCellDocument,
    "query ExplorerCoverage($asOf: Date, $lang: Lang!) {\n  crcArticles(asOf: $asOf) {\n    id\n    number\n    name(lang: $lang)\n    clusters {\n      id\n      name(lang: $lang)\n    }\n  }\n  implementationCoverage(asOf: $asOf, jurisdiction: \"KZ\") {\n    coveredCount\n    articles {\n      articleId\n      recordedGap\n      instruments {\n        id\n        kind\n        name(lang: $lang)\n        contested\n        links {\n          id\n          by\n          basis\n          status\n        }\n      }\n    }\n  }\n}": typeof types.ExplorerCoverageDocument,
    "query ExplorerDetails($id: ID!, $lang: Lang!) {\n  node(id: $id) {\n    id\n    kind\n    name(lang: $lang)\n    summary(lang: $lang)\n    aliases\n    validFrom\n    validTo\n    verified\n    note\n    sources {\n      id\n      name(lang: $lang)\n      ... on Source {\n        url\n        year\n      }\n    }\n    ... on Instrument {\n      adopted\n      number\n      registerCode\n      url\n    }\n    ... on Provision {\n      number\n      partOf {\n        id\n        name(lang: $lang)\n      }\n    }\n    ... on Source {\n      url\n      authors\n      year\n      venue\n    }\n  }\n}": typeof types.ExplorerDetailsDocument,
    "query ExplorerNeighborhood($id: ID!, $depth: Int!, $types: [RelationType!], $asOf: Date) {\n  neighborhood(\n    id: $id\n    depth: $depth\n    limit: 150\n    relationTypes: $types\n    asOf: $asOf\n  ) {\n    ...ExplorerSubgraph\n  }\n}": typeof types.ExplorerNeighborhoodDocument,
    "fragment ExplorerNode on Entity {\n  id\n  kind\n  en: name(lang: EN)\n  kk: name(lang: KK)\n  ru: name(lang: RU)\n}\n\nfragment ExplorerEdge on GraphEdge {\n  id\n  type\n  source\n  sourceIds\n  target\n  basis\n  status\n}\n\nfragment ExplorerSubgraph on Subgraph {\n  truncated\n  nodes {\n    ...ExplorerNode\n  }\n  edges {\n    ...ExplorerEdge\n  }\n}\n\nquery ExplorerSources($ids: [ID!]!, $lang: Lang!) {\n  subgraph(ids: $ids) {\n    nodes {\n      id\n      name(lang: $lang)\n      ... on Source {\n        url\n        year\n      }\n    }\n  }\n}": typeof types.ExplorerNodeFragmentDoc,
    "query ExplorerPaths($from: ID!, $to: ID!, $types: [RelationType!], $asOf: Date) {\n  pathSubgraph(\n    from: $from\n    to: $to\n    relationTypes: $types\n    asOf: $asOf\n    first: 5\n    maxHops: 4\n  ) {\n    ...ExplorerSubgraph\n  }\n}": typeof types.ExplorerPathsDocument,
    "query ExplorerSearch($query: String!, $asOf: Date) {\n  searchConnection(query: $query, first: 12, asOf: $asOf) {\n    totalCount\n    edges {\n      score\n      node {\n        ...ExplorerNode\n      }\n    }\n  }\n}": typeof types.ExplorerSearchDocument,
    "query ExplorerEntities($ids: [ID!]!, $asOf: Date) {\n  subgraph(ids: $ids, asOf: $asOf) {\n    ...ExplorerSubgraph\n  }\n}": typeof types.ExplorerEntitiesDocument,
    "query ExplorerWholeGraph($limit: Int!) {\n  wholeGraph(limit: $limit) {\n    ...ExplorerSubgraph\n  }\n}": typeof types.ExplorerWholeGraphDocument,
};
const documents: Documents = {
    "query ExplorerCell($number: Int!, $asOf: Date, $lang: Lang!) {\n  crcArticle(number: $number, asOf: $asOf) {\n    id\n    name(lang: $lang)\n    links(types: [IMPLEMENTS], direction: IN, asOf: $asOf) {\n      id\n      basis\n      status\n      note\n      validFrom\n      validTo\n      from {\n        id\n        kind\n        name(lang: $lang)\n      }\n      sources {\n        id\n        name(lang: $lang)\n        url\n        year\n      }\n      claims {\n        id\n        property\n        value\n        status\n        basis\n      }\n    }\n  }\n}": types.ExplorerCellDocument,
    "query ExplorerCoverage($asOf: Date, $lang: Lang!) {\n  crcArticles(asOf: $asOf) {\n    id\n    number\n    name(lang: $lang)\n    clusters {\n      id\n      name(lang: $lang)\n    }\n  }\n  implementationCoverage(asOf: $asOf, jurisdiction: \"KZ\") {\n    coveredCount\n    articles {\n      articleId\n      recordedGap\n      instruments {\n        id\n        kind\n        name(lang: $lang)\n        contested\n        links {\n          id\n          by\n          basis\n          status\n        }\n      }\n    }\n  }\n}": types.ExplorerCoverageDocument,
    "query ExplorerDetails($id: ID!, $lang: Lang!) {\n  node(id: $id) {\n    id\n    kind\n    name(lang: $lang)\n    summary(lang: $lang)\n    aliases\n    validFrom\n    validTo\n    verified\n    note\n    sources {\n      id\n      name(lang: $lang)\n      ... on Source {\n        url\n        year\n      }\n    }\n    ... on Instrument {\n      adopted\n      number\n      registerCode\n      url\n    }\n    ... on Provision {\n      number\n      partOf {\n        id\n        name(lang: $lang)\n      }\n    }\n    ... on Source {\n      url\n      authors\n      year\n      venue\n    }\n  }\n}": types.ExplorerDetailsDocument,
    "query ExplorerNeighborhood($id: ID!, $depth: Int!, $types: [RelationType!], $asOf: Date) {\n  neighborhood(\n    id: $id\n    depth: $depth\n    limit: 150\n    relationTypes: $types\n    asOf: $asOf\n  ) {\n    ...ExplorerSubgraph\n  }\n}": types.ExplorerNeighborhoodDocument,
    "fragment ExplorerNode on Entity {\n  id\n  kind\n  en: name(lang: EN)\n  kk: name(lang: KK)\n  ru: name(lang: RU)\n}\n\nfragment ExplorerEdge on GraphEdge {\n  id\n  type\n  source\n  sourceIds\n  target\n  basis\n  status\n}\n\nfragment ExplorerSubgraph on Subgraph {\n  truncated\n  nodes {\n    ...ExplorerNode\n  }\n  edges {\n    ...ExplorerEdge\n  }\n}\n\nquery ExplorerSources($ids: [ID!]!, $lang: Lang!) {\n  subgraph(ids: $ids) {\n    nodes {\n      id\n      name(lang: $lang)\n      ... on Source {\n        url\n        year\n      }\n    }\n  }\n}": types.ExplorerNodeFragmentDoc,
    "query ExplorerPaths($from: ID!, $to: ID!, $types: [RelationType!], $asOf: Date) {\n  pathSubgraph(\n    from: $from\n    to: $to\n    relationTypes: $types\n    asOf: $asOf\n    first: 5\n    maxHops: 4\n  ) {\n    ...ExplorerSubgraph\n  }\n}": types.ExplorerPathsDocument,
    "query ExplorerSearch($query: String!, $asOf: Date) {\n  searchConnection(query: $query, first: 12, asOf: $asOf) {\n    totalCount\n    edges {\n      score\n      node {\n        ...ExplorerNode\n      }\n    }\n  }\n}": types.ExplorerSearchDocument,
    "query ExplorerEntities($ids: [ID!]!, $asOf: Date) {\n  subgraph(ids: $ids, asOf: $asOf) {\n    ...ExplorerSubgraph\n  }\n}": types.ExplorerEntitiesDocument,
    "query ExplorerWholeGraph($limit: Int!) {\n  wholeGraph(limit: $limit) {\n    ...ExplorerSubgraph\n  }\n}": types.ExplorerWholeGraphDocument,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ExplorerCell($number: Int!, $asOf: Date, $lang: Lang!) {\n  crcArticle(number: $number, asOf: $asOf) {\n    id\n    name(lang: $lang)\n    links(types: [IMPLEMENTS], direction: IN, asOf: $asOf) {\n      id\n      basis\n      status\n      note\n      validFrom\n      validTo\n      from {\n        id\n        kind\n        name(lang: $lang)\n      }\n      sources {\n        id\n        name(lang: $lang)\n        url\n        year\n      }\n      claims {\n        id\n        property\n        value\n        status\n        basis\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ExplorerCellDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ExplorerCoverage($asOf: Date, $lang: Lang!) {\n  crcArticles(asOf: $asOf) {\n    id\n    number\n    name(lang: $lang)\n    clusters {\n      id\n      name(lang: $lang)\n    }\n  }\n  implementationCoverage(asOf: $asOf, jurisdiction: \"KZ\") {\n    coveredCount\n    articles {\n      articleId\n      recordedGap\n      instruments {\n        id\n        kind\n        name(lang: $lang)\n        contested\n        links {\n          id\n          by\n          basis\n          status\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ExplorerCoverageDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ExplorerDetails($id: ID!, $lang: Lang!) {\n  node(id: $id) {\n    id\n    kind\n    name(lang: $lang)\n    summary(lang: $lang)\n    aliases\n    validFrom\n    validTo\n    verified\n    note\n    sources {\n      id\n      name(lang: $lang)\n      ... on Source {\n        url\n        year\n      }\n    }\n    ... on Instrument {\n      adopted\n      number\n      registerCode\n      url\n    }\n    ... on Provision {\n      number\n      partOf {\n        id\n        name(lang: $lang)\n      }\n    }\n    ... on Source {\n      url\n      authors\n      year\n      venue\n    }\n  }\n}"): typeof import('./graphql.js').ExplorerDetailsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ExplorerNeighborhood($id: ID!, $depth: Int!, $types: [RelationType!], $asOf: Date) {\n  neighborhood(\n    id: $id\n    depth: $depth\n    limit: 150\n    relationTypes: $types\n    asOf: $asOf\n  ) {\n    ...ExplorerSubgraph\n  }\n}"): typeof import('./graphql.js').ExplorerNeighborhoodDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment ExplorerNode on Entity {\n  id\n  kind\n  en: name(lang: EN)\n  kk: name(lang: KK)\n  ru: name(lang: RU)\n}\n\nfragment ExplorerEdge on GraphEdge {\n  id\n  type\n  source\n  sourceIds\n  target\n  basis\n  status\n}\n\nfragment ExplorerSubgraph on Subgraph {\n  truncated\n  nodes {\n    ...ExplorerNode\n  }\n  edges {\n    ...ExplorerEdge\n  }\n}\n\nquery ExplorerSources($ids: [ID!]!, $lang: Lang!) {\n  subgraph(ids: $ids) {\n    nodes {\n      id\n      name(lang: $lang)\n      ... on Source {\n        url\n        year\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ExplorerNodeFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ExplorerPaths($from: ID!, $to: ID!, $types: [RelationType!], $asOf: Date) {\n  pathSubgraph(\n    from: $from\n    to: $to\n    relationTypes: $types\n    asOf: $asOf\n    first: 5\n    maxHops: 4\n  ) {\n    ...ExplorerSubgraph\n  }\n}"): typeof import('./graphql.js').ExplorerPathsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ExplorerSearch($query: String!, $asOf: Date) {\n  searchConnection(query: $query, first: 12, asOf: $asOf) {\n    totalCount\n    edges {\n      score\n      node {\n        ...ExplorerNode\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ExplorerSearchDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ExplorerEntities($ids: [ID!]!, $asOf: Date) {\n  subgraph(ids: $ids, asOf: $asOf) {\n    ...ExplorerSubgraph\n  }\n}"): typeof import('./graphql.js').ExplorerEntitiesDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ExplorerWholeGraph($limit: Int!) {\n  wholeGraph(limit: $limit) {\n    ...ExplorerSubgraph\n  }\n}"): typeof import('./graphql.js').ExplorerWholeGraphDocument;


export function gql(source: string) {
  return (documents as any)[source] ?? {};
}
