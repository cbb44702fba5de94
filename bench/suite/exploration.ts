import { generateState } from '../../src/synthetic/generate.js';
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
      query: `query Neighborhood($id: ID!) { neighborhood(id: $id, depth: 2, limit: 50) { id kind name_en } }`,
      variables: () => ({ id: 'crc:art:19' }),
      note: 'entities only, through a @cypher field running the same bounded search; the links between them are not returned',
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
    peer: {
      query: `query Paths($from: ID!, $to: ID!) { shortestPaths(from: $from, to: $to) { id kind name_en } }`,
      variables: () => ({ from: 'kz:law:rights-of-child', to: 'crc:art:28' }),
      note: 'the entities on the paths, through a @cypher field with the same SHORTEST 5 search; no links, no grouping by path',
    },
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
    coveredBy(jurisdiction: $jurisdiction)
  }
}`,
      variables: () => ({ jurisdiction: 'KZ' }),
      note: 'per article, the ids of the instruments implementing it (a @cypher field); no basis, status, counts or gaps',
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
      query: `query Subgraph($ids: [ID!]!) { subgraphNodes(ids: $ids) { id kind name_en linksWithin(ids: $ids) } }`,
      variables: largeIds,
      note: 'nodes through a @cypher field, each with the ids of its links to the others (a nested @cypher field)',
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
