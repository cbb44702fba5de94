import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUITE, type SuiteOperation } from '../../bench/suite.js';
import { TokenStore } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config.js';
import { loadDataset } from '../../src/data/load.js';
import { Database } from '../../src/db/database.js';
import { formatPlan, scans, startOperators } from '../../src/db/plan.js';
import { createLogger } from '../../src/logger.js';
import { clearGenerated, generateStates, graphSize } from '../../src/synthetic/write.js';
import { mulberry32 } from '../../src/synthetic/random.js';
import { useScratchNeo4j } from '../support/scratch.js';
import { startService, type GraphQLResponse, type TestService } from '../support/service.js';

/**
 * The synthetic corpus and what it is for: generated States load on top of the dataset and
 * come off again; with them in the graph, every id-anchored suite query seeks an index rather
 * than scanning a label, and a query shape is planned once however its variables vary. On the
 * scratch Neo4j: it writes, and it empties Neo4j's query cache. That Neo4j does not re-plan a
 * cached query when statistics move (test/support/run-neo4j.ts): the generator's writes move
 * them, and re-planning is no fault of the Cypher text.
 */
interface CypherExtension {
  queries: Array<{ cypher: string; params: Record<string, unknown> }>;
}

const scratch = useScratchNeo4j('dataset');
let db: Database;
let service: TestService;
let datasetSize: { nodes: number; relationships: number };
const tokens = new Map<string, string>();

beforeAll(async () => {
  db = new Database({ ...scratch.access, database: 'neo4j', queryTimeoutMs: 120_000, logger: createLogger({ logLevel: 'silent' }) });
  // One token per role the suite needs, made before anything is counted.
  for (const role of new Set(SUITE.flatMap((o) => (o.role ? [o.role] : [])))) {
    tokens.set(role, (await new TokenStore(db).create(`scale-${role}`, role, null)).token);
  }
  datasetSize = await graphSize(db);
  service = await startService({}, scratch.access);
});
afterAll(async () => {
  await service?.close();
  await db?.close();
});

async function run(operation: SuiteOperation, variables: Record<string, unknown>): Promise<CypherExtension['queries']> {
  const headers: Record<string, string> = {};
  if (operation.role) headers['authorization'] = `Bearer ${tokens.get(operation.role)}`;
  const { json } = await service.post(JSON.stringify({ query: operation.query, variables }), 'application/json', headers);
  const body = json as GraphQLResponse['body'];
  expect(body.errors).toBeUndefined();
  return (body.extensions?.['cypher'] as CypherExtension).queries;
}

describe('generated States', () => {
  it('adds States on top of the dataset, keeping those already there', async () => {
    const first = await generateStates(db, { states: 2 });
    expect(first).toMatchObject({ added: 2, kept: 0 });
    const second = await generateStates(db, { states: 3 });
    expect(second).toMatchObject({ added: 1, kept: 2 });
    expect(second.graph.nodes).toBe(datasetSize.nodes + first.entities + second.entities);
    expect(second.graph.relationships).toBe(datasetSize.relationships + first.links + second.links);
  });

  it('survives a reload of the dataset, which only replaces what it loaded', async () => {
    const before = await graphSize(db);
    await loadDataset(db, loadConfig({}, {}).dataDir, { force: true });
    expect(await graphSize(db)).toEqual(before);
  });

  it('runs as `npm run generate` against a given Neo4j, printing rows per second', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/generate.ts', '--states', '4'], {
      env: {
        ...process.env,
        NEO4J_URI: scratch.access.uri,
        NEO4J_USER: scratch.access.user,
        NEO4J_PASSWORD: scratch.access.password,
        LOG_LEVEL: 'warn',
      },
      timeout: 120_000,
    });
    expect(stdout).toMatch(/Loaded 1 State \([\d,]+ rows\) in [\d.]+ s: [\d,]+ rows\/s/);
    expect(stdout).toMatch(/The graph now holds [\d,]+ nodes and [\d,]+ relationships/);
  });
});

describe('query plans with the generated States in the graph', () => {
  const anchored = SUITE.filter((o) => o.anchored);
  it.each(anchored.map((o) => [o.name, o] as const))('%s starts from an index seek and scans nothing', async (_name, operation) => {
    for (const { cypher, params } of await run(operation, operation.variables)) {
      const plan = await db.plan(cypher, params);
      const starts = startOperators(plan).map((p) => p.operator);
      expect(scans(plan), formatPlan(plan)).toEqual([]);
      expect(starts.length).toBeGreaterThan(0);
      for (const start of starts) expect(start, formatPlan(plan)).toMatch(/IndexSeek/);
    }
  });

  it('the check catches a query that scans a label', async () => {
    const plan = await db.plan('MATCH (n:Provision) WHERE n.number = $number RETURN n.id', { number: '7' });
    expect(scans(plan).map((p) => p.operator)).toEqual(['NodeByLabelScan']);
  });
});

describe("Neo4j's plan cache", () => {
  const RUNS = 30;
  const clearCache = async (): Promise<number> => {
    // A bare CALL: the procedure's own query is not cached, so the count is only ours.
    const [row] = await db.write('clear-query-caches', 'CALL db.clearQueryCaches()');
    const message = typeof row?.['value'] === 'string' ? row['value'] : '';
    if (/already empty/.test(message)) return 0;
    const count = /cleared of (\d+) quer/.exec(message)?.[1];
    if (count === undefined) throw new Error(`unexpected answer from db.clearQueryCaches: ${message}`);
    return Number(count);
  };
  /** Neo4j keys a plan on the text and the parameters' types: one plan per text and type signature. */
  const signature = (params: Record<string, unknown>) =>
    Object.entries(params)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => `${key}:${value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value}`)
      .join(',');

  it.each(SUITE.map((o) => [o.name, o] as const))(
    `%s: ${RUNS} variable sets are planned once per text and parameter types`,
    async (_name, operation) => {
      const random = mulberry32(operation.name.length);
      await clearCache();
      // A caller with a token: the token's lookup runs before each request, with a plan of its own.
      const keys = new Set<string>(operation.role ? ['token lookup'] : []);
      for (let i = 0; i < RUNS; i += 1) {
        for (const { cypher, params } of await run(operation, operation.randomVariables(random)))
          keys.add(`${cypher}\n${signature(params)}`);
      }
      // A handful of plans, not one per variable set: the other runs hit the cache. Each key has its
      // plan, plus at most one more: once a plan has run 10 times Neo4j recompiles its expressions
      // ("ONLY_WHEN_HOT", the default), and the recompiled plan is cached too.
      expect(keys.size).toBeLessThanOrEqual(4);
      const plans = await clearCache();
      expect(plans).toBeGreaterThanOrEqual(keys.size);
      expect(plans).toBeLessThanOrEqual(2 * keys.size);
    },
  );
});

describe('clearing', () => {
  it('removes every generated entity and link and leaves the dataset as loaded', async () => {
    expect(await clearGenerated(db)).toBeGreaterThan(1000);
    expect(await graphSize(db)).toEqual(datasetSize);
  });
});
