import { buildSchema, Kind, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUITE, type SuiteOperation } from '../../bench/suite.js';
import { mulberry32 } from '../../src/scale/random.js';
import { typeDefs } from '../../src/server/apollo.js';
import { startService, type GraphQLResponse, type TestService } from '../support/service.js';
import { BoltWire } from '../support/wire.js';

/**
 * One Cypher statement per root field, counted twice: by the service's own counter (the debug
 * extension) and on the Bolt wire (the driver's debug log), so a statement that bypassed the
 * counter could not hide. And one operation shape always sends the same Cypher text.
 */
interface CypherExtension {
  statements: number;
  queries: Array<{ query: string; cypher: string; params: Record<string, unknown> }>;
}

const wire = new BoltWire();
let service: TestService;
beforeAll(async () => {
  service = await startService({}, undefined, { wireLog: wire.log });
});
afterAll(() => service.close());

function rootSelections(operation: SuiteOperation): FieldNode[] {
  const definition = parse(operation.query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return (definition?.selectionSet.selections ?? []).filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value !== '__typename');
}

function rootFields(operation: SuiteOperation): number {
  return rootSelections(operation).length;
}

async function send(operation: SuiteOperation, variables = operation.variables) {
  wire.reset();
  const { json } = await service.post(JSON.stringify({ query: operation.query, variables }));
  const body = json as GraphQLResponse['body'];
  expect(body.errors, `${operation.name} ${JSON.stringify(variables)}`).toBeUndefined();
  return { body, cypher: body.extensions?.['cypher'] as CypherExtension, runs: wire.runs() };
}

describe('one Cypher statement per root field', () => {
  it.each(SUITE.map((o) => [o.name, o] as const))('%s: counted by the service and on the wire', async (_name, operation) => {
    const roots = rootFields(operation);
    const { cypher, runs } = await send(operation);
    expect(cypher.statements).toBe(roots);
    expect(runs).toHaveLength(roots);
    // What went over the wire is exactly what the service says it ran.
    expect([...runs].sort()).toEqual(cypher.queries.map((q) => q.cypher).sort());
    // No extra round trip resolves the home database: no ROUTE, every unit of work names it.
    expect(wire.routes()).toEqual([]);
    expect(wire.databases()).toEqual(Array.from({ length: roots }, () => 'neo4j'));
  });

  it('the wire count sees a statement that bypasses the per-request counter', async () => {
    wire.reset();
    await service.db.read('bypass', 'RETURN 1 AS one');
    expect(wire.runs()).toEqual(['RETURN 1 AS one']);
  });

  it('covers every root field of the schema (add a suite entry in bench/suite.ts for a new one)', () => {
    const covered = new Set(SUITE.flatMap((o) => rootSelections(o).map((field) => field.name.value)));
    const roots = Object.keys(buildSchema(typeDefs).getQueryType()?.getFields() ?? {});
    expect(roots.filter((name) => !covered.has(name))).toEqual([]);
  });
});

describe('deterministic Cypher', () => {
  const RUNS = 60;
  it.each(SUITE.map((o) => [o.name, o] as const))(
    `%s: ${RUNS} random variable sets give one Cypher text per root field, with no value in it`,
    async (_name, operation) => {
      const random = mulberry32(operation.name.length * 7_919);
      const texts = new Set<string>();
      for (let i = 0; i < RUNS; i += 1) {
        const variables = operation.randomVariables(random);
        const { cypher, runs } = await send(operation, variables);
        for (const text of runs) texts.add(text);
        expect(cypher.queries.map((q) => q.cypher).sort()).toEqual([...runs].sort());
        // Values travel as parameters: no string variable ever appears in the text.
        for (const value of Object.values(variables)) {
          if (typeof value === 'string') for (const text of runs) expect(text).not.toContain(value);
        }
      }
      expect(texts.size).toBe(rootFields(operation));
    },
  );
});
