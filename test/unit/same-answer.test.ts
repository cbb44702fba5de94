import { describe, expect, it } from 'vitest';
import { canonicalJson, compareAnswers, MAX_DIFFERENCES, sortedSet } from '../../bench/same-answer.js';
import { COVERAGE_ANSWER, ENTITY_ANSWER, LAW_ARTICLES_ANSWER, SUBGRAPH_ANSWER } from '../../bench/suite/peer-answers.js';

const serviceEntity = {
  node: {
    id: 'kz:law:education',
    kind: 'LAW',
    name: 'Law "On Education"',
    adopted: '2007-07-27',
    number: '319-III',
    sources: [
      { id: 'src:b', name: 'B' },
      { id: 'src:a', name: 'A' },
    ],
  },
};
const peerEntity = {
  instruments: [
    {
      id: 'kz:law:education',
      kind: 'LAW',
      name_en: 'Law "On Education"',
      adopted: '2007-07-27',
      number: '319-III',
      sources: [
        { id: 'src:a', name_en: 'A' },
        { id: 'src:b', name_en: 'B' },
      ],
    },
  ],
};

describe('the same-answer check of the benchmark', () => {
  it('finds two normalised answers the same whatever the order of a set or of keys', () => {
    expect(compareAnswers(ENTITY_ANSWER.service(serviceEntity), ENTITY_ANSWER.peer(peerEntity))).toEqual({ verdict: 'same' });
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(sortedSet([{ id: 'b' }, { id: 'a' }])).toEqual([{ id: 'a' }, { id: 'b' }]);
  });

  it('reports where the answers differ: a value, a missing item, a key only one side has', () => {
    const renamed = structuredClone(peerEntity);
    const [instrument] = renamed.instruments;
    if (!instrument) throw new Error('fixture');
    instrument.name_en = 'Law on Education';
    instrument.sources.pop();
    const verdict = compareAnswers(ENTITY_ANSWER.service(serviceEntity), ENTITY_ANSWER.peer(renamed));
    expect(verdict.verdict).toBe('different');
    if (verdict.verdict !== 'different') return;
    expect(verdict.differences).toContain('$.name: service "Law \\"On Education\\"", peer "Law on Education"');
    expect(verdict.differences).toContain("$.sources: 2 items in the service's answer, 1 in the peer's");
    expect(compareAnswers({ a: 1, b: 2 }, { a: 1 })).toEqual({ verdict: 'different', differences: ["$.b: only in the service's answer"] });
  });

  it('lists at most a few differences', () => {
    const many = compareAnswers(
      Array.from({ length: 20 }, (_, i) => i),
      Array.from({ length: 20 }, (_, i) => -i - 1),
    );
    expect(many.verdict === 'different' && many.differences.length).toBe(MAX_DIFFERENCES);
  });

  it('takes a law’s links from the law and its provisions on the peer’s side, as the service lists them in one', () => {
    const service = {
      instrument: {
        id: 'law',
        name: 'Law',
        number: '1',
        adopted: '2000-01-01',
        provisions: [{ id: 'law:art:1', number: '1', name: 'Art 1' }],
        implements: [
          {
            by: { id: 'law:art:1' },
            article: { id: 'crc:art:3', number: 3, name: 'Best interests' },
            basis: 'TEXT',
            sources: [{ id: 's2' }, { id: 's1' }],
          },
          { by: { id: 'law' }, article: { id: 'crc:art:4', number: 4, name: 'Measures' }, basis: 'TEXT', sources: [] },
        ],
      },
    };
    const edge = (id: string, number: string, name: string, sources: string[]) => ({
      properties: { basis: 'TEXT', sources },
      node: { id, number, name_en: name },
    });
    const peer = {
      instruments: [
        {
          id: 'law',
          name_en: 'Law',
          number: '1',
          adopted: '2000-01-01',
          implementsConnection: { edges: [edge('crc:art:4', '4', 'Measures', [])] },
          provisions: [
            {
              id: 'law:art:1',
              number: '1',
              name_en: 'Art 1',
              implementsConnection: { edges: [edge('crc:art:3', '3', 'Best interests', ['s1', 's2'])] },
            },
          ],
        },
      ],
    };
    expect(compareAnswers(LAW_ARTICLES_ANSWER.service(service), LAW_ARTICLES_ANSWER.peer(peer))).toEqual({ verdict: 'same' });
    const moved = structuredClone(peer);
    moved.instruments[0]?.provisions[0]?.implementsConnection.edges.pop();
    expect(compareAnswers(LAW_ARTICLES_ANSWER.service(service), LAW_ARTICLES_ANSWER.peer(moved)).verdict).toBe('different');
  });

  it('computes the coverage counts and gaps from the peer’s instruments, so a wrong count is caught', () => {
    const service = {
      implementationCoverage: {
        coveredCount: 1,
        gaps: [{ articleId: 'crc:art:2' }],
        articles: [
          { articleId: 'crc:art:1', number: 1, title: 'One', count: 1, instruments: [{ id: 'kz:law:a', name: 'A', contested: false }] },
          { articleId: 'crc:art:2', number: 2, title: 'Two', count: 0, instruments: [{ id: 'kz:law:b', name: 'B', contested: true }] },
        ],
      },
    };
    const peer = {
      provisions: [
        { id: 'crc:art:1', number: '1', name_en: 'One', coveredBy: [{ id: 'kz:law:a', name_en: 'A', contested: false }] },
        { id: 'crc:art:2', number: '2', name_en: 'Two', coveredBy: [{ id: 'kz:law:b', name_en: 'B', contested: true }] },
      ],
    };
    expect(compareAnswers(COVERAGE_ANSWER.service(service), COVERAGE_ANSWER.peer(peer))).toEqual({ verdict: 'same' });
    const miscounted = structuredClone(service);
    const second = miscounted.implementationCoverage.articles[1];
    if (second) second.count = 1;
    const verdict = compareAnswers(COVERAGE_ANSWER.service(miscounted), COVERAGE_ANSWER.peer(peer));
    expect(verdict).toEqual({ verdict: 'different', differences: ['$.articles[1].count: service 1, peer 0'] });
  });

  it('compares a subgraph’s links as from/type/to, and a truncated service answer differs by its missing links', () => {
    const nodes = [
      { id: 'a', kind: 'LAW', name: 'A' },
      { id: 'b', kind: 'PROVISION', name: 'B' },
    ];
    const edges = [{ id: 'a|PART_OF|b', type: 'PART_OF', source: 'b', target: 'a', basis: null }];
    const peer = {
      subgraphNodes: [
        { id: 'a', kind: 'LAW', name_en: 'A', linksWithin: [] },
        {
          id: 'b',
          kind: 'PROVISION',
          name_en: 'B',
          linksWithin: [{ id: 'a|PART_OF|b', type: 'PART_OF', source: 'b', target: 'a', basis: null }],
        },
      ],
    };
    expect(compareAnswers(SUBGRAPH_ANSWER.service({ subgraph: { truncated: false, nodes, edges } }), SUBGRAPH_ANSWER.peer(peer))).toEqual({
      verdict: 'same',
    });
    const truncated = SUBGRAPH_ANSWER.service({ subgraph: { truncated: true, nodes, edges: [] } });
    expect(compareAnswers(truncated, SUBGRAPH_ANSWER.peer(peer)).verdict).toBe('different');
  });
});
