import { buildSchema, Kind, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUITE, type SuiteOperation } from '../../bench/suite.js';
import { GRAPH_VERSION } from '../../src/db/graph-version.js';
import { mulberry32 } from '../../src/synthetic/random.js';
import { typeDefs } from '../../src/server/apollo.js';
import { startService, type GraphQLResponse, type TestService } from '../support/service.js';
import { curator } from '../support/curation.js';
import { BoltWire } from '../support/wire.js';

/**
 * One Cypher statement per root field, counted twice: by the service's own counter (the debug
 * extension) and on the Bolt wire (the driver's debug log), so a statement that bypassed the
 * counter could not hide. And one operation shape always sends the same Cypher text. The answer
 * cache is on, as in production: an anonymous read also sends the graph-version check, and a
 * repeated one (a hit) sends nothing else; a write transaction that changed data ends with the
 * graph-version bump.
 */
interface CypherExtension {
  statements: number;
  answerCache?: 'hit' | 'miss';
  queries: Array<{ query: string; cypher: string; params: Record<string, unknown> }>;
}

const wire = new BoltWire();
const curation = curator();
let service: TestService;
const bearers = new Map<string, Record<string, string>>();
beforeAll(async () => {
  service = await startService({ answerCacheBytes: 8_000_000 }, undefined, { wireLog: wire.log });
  curation.use(service.db);
  for (const role of new Set(SUITE.flatMap((o) => (o.role ? [o.role] : [])))) bearers.set(role, await curation.bearer(role));
});
afterAll(async () => {
  await curation.cleanup();
  await service.close();
});

function rootSelections(operation: SuiteOperation): FieldNode[] {
  const definition = parse(operation.query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return (definition?.selectionSet.selections ?? []).filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value !== '__typename');
}

function rootFields(operation: SuiteOperation): number {
  return rootSelections(operation).length;
}

async function send(operation: SuiteOperation, variables = operation.variables) {
  const headers = operation.role ? bearers.get(operation.role) : undefined;
  wire.reset();
  const { json } = await service.post(JSON.stringify({ query: operation.query, variables }), 'application/json', headers);
  const body = json as GraphQLResponse['body'];
  expect(body.errors, `${operation.name} ${JSON.stringify(variables)}`).toBeUndefined();
  return { body, cypher: body.extensions?.['cypher'] as CypherExtension, runs: wire.runs() };
}

describe('one Cypher statement per root field', () => {
  it.each(SUITE.map((o) => [o.name, o] as const))('%s: counted by the service and on the wire', async (_name, operation) => {
    const roots = rootFields(operation);
    const { cypher, runs } = await send(operation);
    // The first time this file asks it: a miss for an anonymous read; a caller with a token bypasses the cache.
    expect(cypher.answerCache).toBe(operation.role ? undefined : 'miss');
    expect(cypher.statements).toBe(roots);
    // What went over the wire is exactly what the service says it ran, and besides: for a caller
    // with a token, the one lookup of that token before the operation; for an anonymous read, the
    // graph-version check of the answer cache; for a write, the graph-version bump at its end.
    const texts = cypher.queries.map((q) => q.cypher);
    const others = runs.filter((text) => !texts.includes(text));
    const expected = operation.role ? [/:ApiToken/] : [/:GraphVersion/];
    const bump = others.filter((text) => text === GRAPH_VERSION.bump.text);
    expect(bump.length).toBeLessThanOrEqual(operation.role ? roots : 0);
    const rest = others.filter((text) => text !== GRAPH_VERSION.bump.text);
    expect(rest).toHaveLength(expected.length);
    rest.forEach((text, i) => expect(text).toMatch(expected[i] as RegExp));
    expect(runs.filter((text) => texts.includes(text)).sort()).toEqual([...texts].sort());
    // No extra round trip resolves the home database: no ROUTE, every unit of work names it.
    expect(wire.routes()).toEqual([]);
    expect(wire.databases()).toEqual(Array.from({ length: runs.length - bump.length }, () => 'neo4j'));
  });

  it.each(SUITE.filter((o) => !o.role).map((o) => [o.name, o] as const))(
    '%s: asked again, answered from the cache after the version check alone',
    async (_name, operation) => {
      await send(operation);
      const { body, cypher, runs } = await send(operation);
      expect(body.data).toBeDefined();
      expect(cypher).toMatchObject({ statements: 0, answerCache: 'hit' });
      expect(runs).toEqual([GRAPH_VERSION.read.text]);
    },
  );

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
      let misses = 0;
      for (let i = 0; i < RUNS; i += 1) {
        const variables = operation.randomVariables(random);
        const { cypher } = await send(operation, variables);
        // A variable set drawn before is a hit, which runs no statement of the operation at all.
        if (cypher.answerCache === 'hit') expect(cypher.statements).toBe(0);
        else misses += 1;
        const runs = cypher.queries.map((q) => q.cypher);
        for (const text of runs) texts.add(text);
        // Values travel as parameters: no string variable ever appears in the text.
        for (const value of Object.values(variables)) {
          if (typeof value === 'string') for (const text of runs) expect(text).not.toContain(value);
        }
      }
      expect(texts.size).toBe(misses > 0 ? rootFields(operation) : 0);
    },
  );
});
