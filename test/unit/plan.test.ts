import { describe, expect, it } from 'vitest';
import { formatPlan, fromDriverPlan, scans, startOperators, totalDbHits, type DriverPlan } from '../../src/db/plan.js';

function op(operatorType: string, details: string, children: DriverPlan[] = [], dbHits?: number): DriverPlan {
  return { operatorType: `${operatorType}@neo4j`, identifiers: ['n'], arguments: { Details: details }, children, dbHits, rows: 1 };
}

/** Shaped like Neo4j's plan for an id lookup with a COLLECT subquery. */
const seek = op('ProduceResults', 'n', [
  op('RollUpApply', 'anon_1', [
    op('NodeUniqueIndexSeek', 'UNIQUE n:Entity(id) WHERE id = $id', [], 2),
    op('Expand(All)', '(n)-[r1:SUPPORTED_BY]->(t1)', [op('Argument', 'n')], 5),
  ]),
]);
const scan = op('ProduceResults', 'n', [op('Filter', 'n.number = $x', [op('NodeByLabelScan', 'n:Provision', [], 70)], 70)]);

describe('query plan checks', () => {
  it('finds where a plan starts, skipping the arguments of subqueries', () => {
    const plan = fromDriverPlan(seek, false);
    expect(startOperators(plan).map((p) => p.operator)).toEqual(['NodeUniqueIndexSeek']);
    expect(scans(plan)).toEqual([]);
  });

  it('starts from the seeks under a list of ids', () => {
    const plan = fromDriverPlan(
      op('Apply', '', [op('Unwind', 'range(0, size($ids) - 1) AS i'), op('NodeUniqueIndexSeek', 'UNIQUE n:Entity(id) WHERE id = $ids[i]')]),
      false,
    );
    expect(startOperators(plan).map((p) => p.operator)).toEqual(['NodeUniqueIndexSeek']);
  });

  it('flags a label scan, wherever it is in the tree', () => {
    const plan = fromDriverPlan(scan, false);
    expect(scans(plan).map((p) => `${p.operator} ${p.details}`)).toEqual(['NodeByLabelScan n:Provision']);
    expect(startOperators(plan).map((p) => p.operator)).toEqual(['NodeByLabelScan']);
  });

  it('sums the database hits of a profile and prints the tree', () => {
    const plan = fromDriverPlan(seek, true);
    expect(totalDbHits(plan)).toBe(7);
    expect(formatPlan(plan).split('\n')[2]).toBe('    NodeUniqueIndexSeek UNIQUE n:Entity(id) WHERE id = $id (dbHits 2, rows 1)');
  });
});
