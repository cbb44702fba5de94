import { DATES, pick, WORDS, type SuiteOperation } from './types.js';

/** The cursor connections (each a page and the total count, in one statement). */
const page = (fields: string) => `edges { cursor node { ${fields} } } pageInfo { hasNextPage endCursor } totalCount`;

export const CONNECTIONS: SuiteOperation[] = [
  {
    name: 'instrumentsConnection',
    title: 'a page of instruments',
    bench: false,
    anchored: false,
    query: `query InstrumentsPage($kind: InstrumentKind, $asOf: Date) {
  instrumentsConnection(kind: $kind, asOf: $asOf, first: 10) { ${page('id name')} }
}`,
    variables: { kind: 'LAW', asOf: null },
    randomVariables: (random) => ({ kind: pick(random, ['LAW', 'CODE', 'DECREE']), asOf: random() < 0.5 ? null : pick(random, DATES) }),
  },
  {
    name: 'searchConnection',
    title: 'a page of search hits',
    bench: false,
    anchored: false,
    query: `query SearchPage($query: String!) {
  searchConnection(query: $query, first: 10) { edges { cursor score node { id name } } pageInfo { hasNextPage endCursor } totalCount }
}`,
    variables: { query: 'child rights' },
    randomVariables: (random) => ({ query: pick(random, WORDS) }),
  },
  {
    name: 'recommendationsConnection',
    title: 'a page of recommendations on an article',
    bench: false,
    // Seeks the article, but the same statement holds a branch that lists every recommendation.
    anchored: false,
    query: `query RecommendationsPage($article: Int) {
  recommendationsConnection(article: $article, first: 10) { ${page('id name')} }
}`,
    variables: { article: 19 },
    randomVariables: (random) => ({ article: 1 + Math.floor(random() * 54) }),
  },
  {
    name: 'institutionsConnection',
    title: 'a page of institutions',
    bench: false,
    anchored: false,
    query: `query InstitutionsPage($asOf: Date) {
  institutionsConnection(asOf: $asOf, first: 10) { ${page('id name')} }
}`,
    variables: { asOf: null },
    randomVariables: (random) => ({ asOf: random() < 0.5 ? null : pick(random, DATES) }),
  },
];
