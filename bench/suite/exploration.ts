import { generateState } from '../../src/synthetic/generate.js';
import { COVERAGE_ANSWER, NEIGHBORHOOD_ANSWER, SUBGRAPH_ANSWER } from './peer-answers.js';
import { ENTITIES, LAWS, pick, sample, type SuiteOperation } from './types.js';

/** The exploration operations: neighbourhoods, paths, coverage, subgraphs and exports. */

/** 2,000 entities of the first synthetic State (and the links between them): a large drawing. */
export const LARGE_SUBGRAPH = 2_000;
const largeIds = () => ({
  ids: generateState(1)
    .entities.slice(0, LARGE_SUBGRAPH)
    .map((e) => e.id),
});
const HUBS = ['crc:art:19', 'crc:art:28', 'crc:art:3', 'crc'];

export const EXPLORATION: SuiteOperation[] = [
  {
    name: 'neighborhood',
    title: 'neighbourhood of a hub, depth 2, 50 entities',
    bench: true,
    anchored: true,
    query: `query Neighborhood($id: ID!) {
  neighborhood(id: $id, depth: 2, limit: 50) {
    truncated
    nodes { id kind name }
    edges { id type source target }
  }
}`,
    variables: { id: 'crc:art:19' },
    randomVariables: (random) => ({ id: pick(random, HUBS) }),
    peer: {
      query: `query Neighborhood($id: ID!) {
  neighborhood(id: $id, depth: 2, limit: 50) { truncated nodes { id kind name_en } edges { id type source target } }
}`,
      variables: () => ({ id: 'crc:art:19' }),
      answers: NEIGHBORHOOD_ANSWER,
      note: 'a @cypher field running the same bounded search and returning the entities and the links between them',
    },
  },
  {
    name: 'paths',
    title: 'shortest paths between a law and an article (5, ≤ 4 hops)',
    bench: true,
    anchored: true,
    query: `query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4, first: 5) {
    length
    nodes { id kind name }
    edges { id type source target }
  }
}`,
    variables: { from: 'kz:law:rights-of-child', to: 'crc:art:28' },
    randomVariables: (random) => ({ from: pick(random, LAWS), to: pick(random, ['crc:art:28', 'crc:art:19', 'crc:art:3', 'kz']) }),
    notComparable:
      'the service keeps the first distinct routes of a k-shortest search, ordered by length then route, each with its links in order; ' +
      "@neo4j/graphql's generated queries cannot return a path, and a @cypher field could only embed a copy of the service's own statement",
  },
  {
    name: 'pathSubgraph',
    title: 'the shortest paths as one subgraph',
    bench: false,
    anchored: true,
    query: `query PathSubgraph($from: ID!, $to: ID!) {
  pathSubgraph(from: $from, to: $to, maxHops: 3) { nodeCount edgeCount nodes { id } edges { id source target } }
}`,
    variables: { from: 'kz:law:education', to: 'crc:art:28' },
    randomVariables: (random) => ({ from: pick(random, LAWS), to: pick(random, ['crc:art:28', 'crc:art:19']) }),
  },
  {
    name: 'coverage',
    title: 'implementation coverage of the CRC by one State',
    bench: true,
    anchored: true,
    query: `query Coverage($jurisdiction: String) {
  implementationCoverage(jurisdiction: $jurisdiction) {
    coveredCount
    gaps { articleId }
    articles { articleId number title count instruments { id name contested } }
  }
}`,
    variables: { jurisdiction: 'KZ' },
    randomVariables: (random) => ({ jurisdiction: pick(random, ['KZ', 'XAB', 'XAC']) }),
    peer: {
      query: `query Coverage($jurisdiction: String) {
  provisions(where: { id: { startsWith: "crc:art:" } }, sort: [{ position: ASC }]) {
    id
    number
    name_en
    coveredBy(jurisdiction: $jurisdiction) { id name_en contested }
  }
}`,
      variables: () => ({ jurisdiction: 'KZ' }),
      answers: COVERAGE_ANSWER,
      note: 'per article, the instruments implementing it and whether contested (a @cypher field); counts and gaps computed from that',
    },
  },
  {
    name: 'subgraph',
    title: `induced subgraph of ${LARGE_SUBGRAPH.toLocaleString('en')} entities (nodes and links)`,
    bench: true,
    anchored: true,
    query: `query Subgraph($ids: [ID!]!) {
  subgraph(ids: $ids) {
    truncated
    nodes { id kind name }
    edges { id type source target basis }
  }
}`,
    variables: { ids: ENTITIES.slice(0, 4) },
    benchVariables: largeIds,
    randomVariables: (random) => ({ ids: sample(random, ENTITIES, 4) }),
    peer: {
      query: `query Subgraph($ids: [ID!]!) {
  subgraphNodes(ids: $ids) { id kind name_en linksWithin(ids: $ids) { id type source target basis } }
}`,
      variables: largeIds,
      answers: SUBGRAPH_ANSWER,
      note: 'nodes through a @cypher field, each with its outgoing links to the others (a nested @cypher field)',
    },
  },
  {
    name: 'subgraphExport',
    title: `Cytoscape.js export of the ${LARGE_SUBGRAPH.toLocaleString('en')}-entity subgraph`,
    bench: true,
    anchored: true,
    query: `query SubgraphExport($ids: [ID!]!) {
  subgraph(ids: $ids) { export(format: CYTOSCAPE_JSON) { bytes content } }
}`,
    variables: { ids: ENTITIES.slice(0, 4) },
    benchVariables: largeIds,
    randomVariables: (random) => ({ ids: sample(random, ENTITIES, 4) }),
  },
  {
    name: 'wholeGraph',
    title: 'the whole graph, first 100 entities',
    bench: false,
    anchored: false,
    query: `query WholeGraph($limit: Int) {
  wholeGraph(limit: $limit) { nodeCount edgeCount truncated nodes { id kind } }
}`,
    variables: { limit: 100 },
    randomVariables: (random) => ({ limit: pick(random, [10, 50, 100]) }),
  },
];
