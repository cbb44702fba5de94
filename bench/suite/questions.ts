import { ARTICLE_IMPLEMENTERS_ANSWER, ENTITY_ANSWER, HUB_PAGE_ANSWER, LAW_ARTICLES_ANSWER } from './peer-answers.js';
import { between, DATES, LAWS, pick, WORDS, type SuiteOperation } from './types.js';

/** From a CRC article to the laws that implement it and back, with provenance. */
export const QUESTIONS: SuiteOperation[] = [
  {
    name: 'articleImplementers',
    title: 'article → implementers with sources',
    bench: true,
    anchored: true,
    query: `query ArticleImplementers($number: Int!) {
  crcArticle(number: $number) {
    id
    number
    name
    implementedBy {
      by { id kind name }
      basis
      status
      sources { id name }
    }
  }
}`,
    variables: { number: 19 },
    randomVariables: (random) => ({ number: between(random, 1, 54) }),
    peer: {
      query: `query ArticleImplementers($id: ID!) {
  provisions(where: { id: { eq: $id } }) {
    id
    number
    name_en
    implementedByConnection {
      edges {
        properties { basis status sources }
        node {
          __typename
          ... on Instrument { id kind name_en }
          ... on Provision { id kind name_en }
        }
      }
    }
    implementerSources { id name_en }
  }
}`,
      variables: () => ({ id: 'crc:art:19' }),
      answers: ARTICLE_IMPLEMENTERS_ANSWER,
      note: 'a link holds its sources as ids; their names come from a @cypher field on the article, joined by id',
    },
  },
  {
    name: 'hubPage',
    title: 'first page of a hub article’s implementers',
    bench: true,
    anchored: true,
    query: `query HubImplementersFirstPage($number: Int!) {
  crcArticle(number: $number) {
    id
    implementedByConnection(first: 20) {
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id basis status by { id name } sources { id } } }
    }
  }
}`,
    variables: { number: 19 },
    randomVariables: (random) => ({ number: between(random, 1, 54) }),
    peer: {
      query: `query HubImplementersFirstPage($id: ID!) {
  provisions(where: { id: { eq: $id } }) {
    id
    implementedByConnection(first: 20, sort: [{ edge: { id: ASC } }]) {
      pageInfo { hasNextPage endCursor }
      edges {
        properties { id basis status sources }
        node {
          __typename
          ... on Instrument { id name_en }
          ... on Provision { id name_en }
        }
      }
    }
  }
}`,
      variables: () => ({ id: 'crc:art:19' }),
      answers: HUB_PAGE_ANSWER,
      note: 'a connection page sorted by the link id, as the service orders it',
    },
  },
  {
    name: 'lawArticles',
    title: 'law → articles it implements',
    bench: true,
    anchored: true,
    query: `query LawArticles($id: ID!) {
  instrument(id: $id) {
    id
    name
    number
    adopted
    provisions { id number name }
    implements {
      by { id }
      article { id number name }
      basis
      sources { id }
    }
  }
}`,
    variables: { id: 'kz:law:rights-of-child' },
    randomVariables: (random) => ({ id: pick(random, LAWS) }),
    peer: {
      query: `query LawArticles($id: ID!) {
  instruments(where: { id: { eq: $id } }) {
    id
    name_en
    number
    adopted
    provisions {
      id
      number
      name_en
      implementsConnection { edges { properties { basis sources } node { id number name_en } } }
    }
    implementsConnection { edges { properties { basis sources } node { id number name_en } } }
  }
}`,
      variables: () => ({ id: 'kz:law:rights-of-child' }),
      answers: LAW_ARTICLES_ANSWER,
      note: 'links through provisions are asked per provision (nested); the service returns them in one list',
    },
  },
  {
    name: 'entity',
    title: 'one entity by id with its sources',
    bench: true,
    anchored: true,
    query: `query Entity($id: ID!) {
  node(id: $id) {
    id
    kind
    name
    ... on Instrument { adopted number }
    sources { id name }
  }
}`,
    variables: { id: 'kz:law:education' },
    randomVariables: (random) => ({ id: pick(random, LAWS) }),
    peer: {
      query: `query Entity($id: ID!) {
  instruments(where: { id: { eq: $id } }) { id kind name_en adopted number sources { id name_en } }
}`,
      variables: () => ({ id: 'kz:law:education' }),
      answers: ENTITY_ANSWER,
    },
  },
  {
    name: 'search',
    title: 'full-text search, 20 hits',
    bench: true,
    anchored: false,
    query: `query Search($query: String!) {
  search(query: $query, first: 20) {
    score
    entity { id kind name }
  }
}`,
    variables: { query: 'rights of the child' },
    randomVariables: (random) => ({ query: `${pick(random, WORDS)} ${pick(random, WORDS)}` }),
  },
  {
    name: 'deepTrace',
    title: 'article → implementers → their provisions → the articles those implement (5 levels)',
    bench: false,
    anchored: true,
    query: `query DeepTrace($number: Int!, $asOf: Date) {
  crcArticle(number: $number, asOf: $asOf) {
    implementedBy {
      by {
        id
        ... on Instrument { provisions { id implements { article { id name } sources { id } } } }
        ... on Provision { partOf { id name sources { id } } }
      }
      sources { id sources { id } }
    }
    sources { id }
    claims { id sources { id } }
    links(types: [IN_CLUSTER, EMBODIES], direction: OUT) { type to { id } }
  }
}`,
    variables: { number: 28, asOf: null },
    randomVariables: (random) => ({ number: between(random, 1, 54), asOf: random() < 0.5 ? null : pick(random, DATES) }),
  },
  {
    name: 'articles',
    title: 'the 54 CRC articles',
    bench: false,
    anchored: true,
    query: `query Articles($asOf: Date) {
  crcArticles(asOf: $asOf) { id number name(lang: RU) }
}`,
    variables: { asOf: null },
    randomVariables: (random) => ({ asOf: random() < 0.5 ? null : pick(random, DATES) }),
  },
  {
    name: 'instruments',
    title: 'instruments of one kind',
    bench: false,
    anchored: false,
    query: `query Instruments($kind: InstrumentKind, $asOf: Date) {
  instruments(kind: $kind, asOf: $asOf) { id name adopted }
}`,
    variables: { kind: 'OPTIONAL_PROTOCOL', asOf: null },
    randomVariables: (random) => ({
      kind: pick(random, ['CODE', 'OPTIONAL_PROTOCOL', 'CONSTITUTION']),
      asOf: random() < 0.5 ? null : pick(random, DATES),
    }),
  },
  {
    name: 'recommendations',
    title: 'recommendations concerning an article',
    bench: false,
    anchored: false,
    query: `query Recommendations($article: Int, $asOf: Date) {
  recommendations(article: $article, asOf: $asOf) { id name date concerns { article { id } } }
}`,
    variables: { article: 19, asOf: null },
    randomVariables: (random) => ({ article: between(random, 1, 54), asOf: random() < 0.5 ? null : pick(random, DATES) }),
  },
  {
    name: 'institutions',
    title: 'institutions responsible for an area',
    bench: false,
    anchored: false,
    query: `query Institutions($area: ID, $asOf: Date) {
  institutions(area: $area, asOf: $asOf) { id name responsibleFor { subject { id } } }
}`,
    variables: { area: 'area:child-protection', asOf: null },
    randomVariables: (random) => ({
      area: pick(random, ['area:child-protection', 'area:education', 'area:health']),
      asOf: random() < 0.5 ? null : pick(random, DATES),
    }),
  },
  {
    name: 'timeline',
    title: 'what happened to an act',
    bench: false,
    anchored: true,
    query: `query Timeline($id: ID!) {
  timeline(id: $id) { event date derived act { id kind name(lang: KK) } link sources }
}`,
    variables: { id: 'kz:code:criminal-1997' },
    randomVariables: (random) => ({ id: pick(random, [...LAWS, 'kz:code:criminal-1997', 'kz:code:labour-2007']) }),
  },
  {
    name: 'twoRoots',
    title: 'two root fields in one operation (two statements)',
    bench: false,
    anchored: true,
    query: `query TwoRoots($id: ID!, $number: Int!) {
  law: instrument(id: $id) { id provisions { id } }
  article: crcArticle(number: $number) { id implementedBy { by { id } } }
}`,
    variables: { id: 'kz:law:education', number: 28 },
    randomVariables: (random) => ({ id: pick(random, LAWS), number: between(random, 1, 54) }),
  },
];
