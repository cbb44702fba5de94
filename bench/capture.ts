import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql } from 'graphql';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { Database } from '../src/db/database.js';
import { formatPlan, totalDbHits } from '../src/db/plan.js';
import { createLogger } from '../src/logger.js';
import { createApp } from '../src/server/app.js';
import { compareAnswers, type SameAnswer } from './same-answer.js';
import { readPeerTypeDefs } from './peer/type-defs.js';
import type { BenchNeo4j } from './servers/child.js';
import { benchVariables, type SuiteOperation } from './suite.js';

/** What the service sends to Neo4j for one operation, taken from its debug extension. */
export interface Captured {
  statements: Array<{ cypher: string; params: Record<string, unknown> }>;
  /** Bytes of the service's JSON answer, and how many objects with an id it holds (nodes and links). */
  bytes: number;
  ids: number;
  /** Database hits of the statements under PROFILE (Neo4j's measure of work, independent of load). */
  dbHits: number;
  /** The PROFILE plans, indented (printed with --show-plans). */
  plans: string[];
  /** The same for @neo4j/graphql's statement, when the operation has a peer version. */
  peerDbHits?: number;
  /** Whether the peer's answer holds the same information (bench/same-answer.ts). */
  sameAnswer?: SameAnswer;
}

/**
 * Runs each operation once through the service with the debug extension on (in this process),
 * keeps the exact Cypher and parameters it sent (the raw-driver baseline replays them), and
 * PROFILEs them. @neo4j/graphql's statement is captured by handing it an execution context that
 * records what it runs.
 */
export async function capture(neo4jAccess: BenchNeo4j, operations: SuiteOperation[]): Promise<Map<string, Captured>> {
  const logger = createLogger({ logLevel: 'warn' });
  const config = loadConfig({ host: '127.0.0.1', port: 0, debug: true, logLevel: 'warn' }, {});
  const db = new Database({ ...neo4jAccess, database: 'neo4j', queryTimeoutMs: 120_000, logger });
  const app = await createApp({ config, db, logger });
  const url = await app.http.listen({ host: '127.0.0.1', port: 0 });
  const driver = neo4j.driver(neo4jAccess.uri, neo4j.auth.basic(neo4jAccess.user, neo4jAccess.password));
  const peerSchema = await new Neo4jGraphQL({
    typeDefs: readPeerTypeDefs(),
    driver,
  }).getSchema();
  const captured = new Map<string, Captured>();
  try {
    for (const operation of operations) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: operation.query, variables: benchVariables(operation) }),
      });
      const text = await response.text();
      const body = JSON.parse(text) as {
        data?: Record<string, unknown>;
        errors?: unknown;
        extensions?: { cypher?: { queries: Captured['statements'] } };
      };
      if (response.status !== 200 || body.errors) throw new Error(`${operation.name} failed: ${text.slice(0, 500)}`);
      const statements = (body.extensions?.cypher?.queries ?? []).map(({ cypher, params }) => ({ cypher, params }));
      const answer = text.replace(/,"extensions":\{"cypher".*\}$/s, '}');
      let dbHits = 0;
      const plans: string[] = [];
      for (const { cypher, params } of statements) {
        const plan = await db.plan(cypher, params, 'PROFILE');
        dbHits += totalDbHits(plan);
        plans.push(formatPlan(plan));
      }
      const entry: Captured = { statements, bytes: Buffer.byteLength(answer), ids: (answer.match(/"id":/g) ?? []).length, dbHits, plans };
      if (operation.peer) {
        const peer = await askPeer(operation.peer, peerSchema, driver, db);
        entry.peerDbHits = peer.dbHits;
        const { answers } = operation.peer;
        entry.sameAnswer = compareAnswers(answers.service(body.data ?? {}), answers.peer(peer.data));
      } else if (operation.notComparable) entry.sameAnswer = { verdict: 'not comparable', reason: operation.notComparable };
      captured.set(operation.name, entry);
    }
  } finally {
    await app.close();
    await db.close();
    await driver.close();
  }
  return captured;
}

/** Asks @neo4j/graphql the operation's question once: its answer, and the database hits of what it ran. */
async function askPeer(
  peer: NonNullable<SuiteOperation['peer']>,
  schema: Awaited<ReturnType<Neo4jGraphQL['getSchema']>>,
  driver: neo4j.Driver,
  db: Database,
): Promise<{ data: Record<string, unknown>; dbHits: number }> {
  const ran: Array<{ query: string; params: Record<string, unknown> }> = [];
  const executionContext = {
    run: (query: string, params: Record<string, unknown>) => {
      ran.push({ query: query.replace(/^CYPHER \d+\s*/, ''), params });
      return driver.executeQuery(query, params, { database: 'neo4j', routing: neo4j.routing.READ });
    },
  };
  const result = await graphql({ schema, source: peer.query, variableValues: peer.variables(), contextValue: { executionContext } });
  if (result.errors?.length) throw new Error(`@neo4j/graphql: ${result.errors.map((e) => e.message).join('; ')}`);
  let hits = 0;
  for (const { query, params } of ran) hits += totalDbHits(await db.plan(query, params, 'PROFILE'));
  return { data: result.data ?? {}, dbHits: hits };
}
