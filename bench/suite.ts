/**
 * The operations the benchmark measures and the performance tests check, in one place. Each is a
 * GraphQL document for this service, representative variables that exist in the real dataset
 * (so at every generated size), a generator of random variables of the same types (the
 * determinism test runs many), and where there is one, the same question asked of
 * @neo4j/graphql over the same data (bench/peer/). New operations plug in as entries.
 */
export interface SuiteOperation {
  /** Short key for tables, JSON and test names. */
  name: string;
  /** What it asks, in words. */
  title: string;
  /** Measured by `npm run bench` (the others are only counted and checked by the tests). */
  bench: boolean;
  /** `small`: a traversal of at most about 50 nodes (goal ≤ 1.3× the raw driver); `large`: a big payload (≤ 1.5×). */
  size: 'small' | 'large';
  /** Reads from an id through the unique index: its plan must seek, never scan. */
  anchored: boolean;
  query: string;
  variables: Record<string, unknown>;
  randomVariables: (random: () => number) => Record<string, unknown>;
  /** The same question for @neo4j/graphql (bench/peer/type-defs.graphql); `note` says how they differ. */
  peer?: { query: string; variables: Record<string, unknown>; note?: string };
}

const between = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** Laws of the real dataset, and of the first synthetic States (present from `--states 1` on). */
const LAWS = ['kz:law:rights-of-child', 'kz:law:education', 'kz:code:marriage-family', 'kz:law:opac-ratification', 's001:law:0001'];
const DATES = ['2000-01-01', '2010-06-30', '2020-12-31', '2025-01-01'];
const WORDS = ['child', 'rights', 'education', 'закон', 'баланың', 'family', 'protection', 'ombudsman', 'health', 'Z020000345'];

export const SUITE: SuiteOperation[] = [
  {
    name: 'articleImplementers',
    title: 'article → implementers with sources',
    bench: true,
    size: 'small',
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
  }
}`,
      variables: { id: 'crc:art:19' },
      note: 'a link’s sources come back as ids: @neo4j/graphql cannot follow the id list a relationship holds',
    },
  },
  {
    name: 'lawArticles',
    title: 'law → articles it implements',
    bench: true,
    size: 'small',
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
      variables: { id: 'kz:law:rights-of-child' },
      note: 'links through provisions are asked per provision (nested), the service returns them in one list',
    },
  },
  {
    name: 'entity',
    title: 'one entity by id with its sources',
    bench: true,
    size: 'small',
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
  instruments(where: { id: { eq: $id } }) {
    id
    kind
    name_en
    adopted
    number
    sources { id name_en }
  }
}`,
      variables: { id: 'kz:law:education' },
    },
  },
  {
    name: 'search',
    title: 'full-text search, 20 hits',
    bench: true,
    size: 'small',
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
    size: 'small',
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
    size: 'small',
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
    size: 'small',
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
    name: 'twoRoots',
    title: 'two root fields in one operation (two statements)',
    bench: false,
    size: 'small',
    anchored: true,
    query: `query TwoRoots($id: ID!, $number: Int!) {
  law: instrument(id: $id) { id provisions { id } }
  article: crcArticle(number: $number) { id implementedBy { by { id } } }
}`,
    variables: { id: 'kz:law:education', number: 28 },
    randomVariables: (random) => ({ id: pick(random, LAWS), number: between(random, 1, 54) }),
  },
];

export function suiteOperation(name: string): SuiteOperation {
  const operation = SUITE.find((o) => o.name === name);
  if (!operation) throw new Error(`no suite operation "${name}" (have ${SUITE.map((o) => o.name).join(', ')})`);
  return operation;
}
