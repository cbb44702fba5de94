import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fromDatabaseError } from '../../src/errors.js';
import { buildCoverage } from '../../src/read/fields/coverage.js';
import { unionOf } from '../../src/read/fields/subgraphs.js';
import type { PathRow } from '../../src/read/rows.js';
import { decodeCursor, encodeCursor } from '../../src/read/fields/connection.js';

describe('cursors', () => {
  it('round-trip a sort key and are opaque', () => {
    const cursor = encodeCursor(['CODE', 'kz:code:criminal-2014']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, ['string', 'string'])).toEqual(['CODE', 'kz:code:criminal-2014']);
    expect(decodeCursor(encodeCursor([-5.25, 'crc']), ['number', 'string'])).toEqual([-5.25, 'crc']);
    expect(decodeCursor(null, ['string'])).toBeNull();
  });

  it.each(['', 'x', encodeCursor(['a']), encodeCursor([1, 'a']), encodeCursor({ a: 1 } as never), Buffer.from('[').toString('base64url')])(
    'reject %j with BAD_USER_INPUT on after',
    (after) => {
      let caught: unknown;
      try {
        decodeCursor(after, ['string', 'string']);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(GraphQLError);
      expect((caught as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    },
  );
});

describe('coverage from rows', () => {
  const row = (number: number, links: Array<{ instrument: string; by: string; status: string }>) => ({
    article: { id: `crc:art:${number}`, number: String(number), name_en: `Article ${number}` },
    links: links.map((l, i) => ({
      id: `${l.by}|IMPLEMENTS|crc:art:${number}#${i}`,
      by: l.by,
      basis: 'EDITORIAL',
      status: l.status,
      instrument: { id: l.instrument, kind: 'LAW', name_en: l.instrument },
    })),
  });

  it('counts instruments, not links; contested links do not count; gaps and matrix follow', () => {
    const coverage = buildCoverage(
      [
        row(1, [
          { instrument: 'law:b', by: 'law:b', status: 'ACCEPTED' },
          { instrument: 'law:b', by: 'law:b:art:2', status: 'OFFICIAL' },
          { instrument: 'law:a', by: 'law:a', status: 'ACCEPTED' },
        ]),
        row(2, [{ instrument: 'law:c', by: 'law:c', status: 'CONTESTED' }]),
        row(3, []),
      ],
      null,
    );
    expect(coverage.articles.map((a) => a.count)).toEqual([2, 0, 0]);
    expect(coverage.gaps.map((g) => g.articleId)).toEqual(['crc:art:2', 'crc:art:3']);
    expect(coverage.coveredCount).toBe(1);
    expect(coverage.articles[1]!.instruments[0]).toMatchObject({ id: 'law:c', contested: true });
    // Columns: instruments with a counted link, by id; law:c (contested only) has none.
    expect(coverage.matrix.instrumentIds).toEqual(['law:a', 'law:b']);
    expect(coverage.matrix.values).toEqual([
      [1, 2],
      [0, 0],
      [0, 0],
    ]);
  });
});

describe('paths as one subgraph', () => {
  it('keeps each node and link once, nodes in order of first appearance', () => {
    const node = (id: string) => ({ id, kind: 'LAW' as const });
    const edge = (from: string, to: string) => ({ id: `${from}|X|${to}`, __type: 'IMPLEMENTS' as const, __from: from, __to: to });
    const paths: PathRow[] = [
      { length: 2, nodes: [node('a'), node('b'), node('c')], edges: [edge('a', 'b'), edge('b', 'c')] },
      { length: 2, nodes: [node('a'), node('d'), node('c')], edges: [edge('a', 'd'), edge('d', 'c')] },
    ];
    const union = unionOf(paths, 'p');
    expect(union.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(union.edges.map((e) => e.id)).toEqual(['a|X|b', 'a|X|d', 'b|X|c', 'd|X|c']);
  });
});

describe('database errors', () => {
  it('maps a refused exhaustive shortest path (GQL 51N22) to BAD_USER_INPUT, not a bug', () => {
    const refused = Object.assign(new Error('Shortest path fallback has been explicitly disabled'), {
      code: 'Neo.DatabaseError.Statement.ExecutionFailed',
      gqlStatus: '51N22',
    });
    const mapped = fromDatabaseError(refused);
    expect(mapped).toBeInstanceOf(GraphQLError);
    expect(mapped?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxHops' });
    expect(fromDatabaseError(Object.assign(new Error('boom'), { code: 'Neo.DatabaseError.General.UnknownError' }))).toBeUndefined();
  });
});
