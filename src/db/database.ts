import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { readAutoCommit } from './auto-commit-read.js';
import { Breaker } from './breaker.js';
import { withinDeadline, type StatementKind } from './deadline.js';
import { createDriver } from './driver.js';
import { StatementGuard, type MarkSent } from './guard.js';
import { toParameters, toPlain, type Plain } from './convert.js';
import { fromDriverPlan, type PlanNode } from './plan.js';
import { withGraphVersionBump, type WatchedTransaction } from './graph-version.js';
import type { StatementStats } from './stats.js';

export type Row = Record<string, Plain>;

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
  /**
   * How long a read and a write may wait for Neo4j before they are answered without it
   * (src/db/deadline.ts). Neo4j's transaction timeout is never longer. Default: queryTimeoutMs.
   */
  deadlines?: Deadlines;
  logger: Logger;
  /**
   * Receives every Bolt message the driver sends and receives (its debug log). Tests count the
   * `RUN` messages on the wire, so a statement that bypassed the per-request counter, or a round
   * trip to resolve the home database, could not hide. Costly: never set in production.
   */
  wireLog?: (line: string) => void;
}

/** A write transaction handed to a unit of work: every statement still goes through the counter. */
export interface WriteTransaction {
  run(name: string, text: string, params?: Record<string, unknown>): Promise<Row[]>;
  /** Parameters sent as they are (driver values from src/db/typed-json.ts): for restoring backups. */
  runNative(name: string, text: string, params: Record<string, unknown>): Promise<Row[]>;
}

export interface Deadlines {
  readMs: number;
  writeMs: number;
}

const APP = 'child-rights-graph';
const MAX_POOL_SIZE = 50;
/** A probe stuck on a frozen Neo4j is given up after this long, so that another can be sent. */
const STUCK_PROBE_MS = 30_000;

/** One statement sent, for observers such as the Prometheus metrics. */
export interface StatementEvent {
  query: string;
  seconds: number;
  ok: boolean;
}

/**
 * The only code that talks to neo4j-driver. One driver per process; reads are auto-commit
 * transactions (one round trip fewer, retried here: auto-commit-read.ts) in READ sessions, which a
 * `neo4j://` driver routes to followers and read replicas; writes are transaction functions
 * (`executeWrite`), routed to the leader; transient errors are retried either way;
 * the database is always named (no extra round trip to find the home database); each
 * transaction carries a timeout and metadata naming the query (visible in SHOW TRANSACTIONS);
 * values come out as plain objects.
 */
export class Database {
  private readonly driver: Driver;
  private readonly observers = new Set<(event: StatementEvent) => void>();
  private readonly deadlines: Deadlines;
  /** Refuses statements at once while Neo4j is known not to answer; see breaker.ts. */
  readonly guard: StatementGuard;
  private running = 0;

  constructor(private readonly options: DatabaseOptions) {
    this.deadlines = options.deadlines ?? { readMs: options.queryTimeoutMs, writeMs: options.queryTimeoutMs };
    const breaker = new Breaker(() => this.answers(), this.deadlines.readMs, options.logger);
    this.guard = new StatementGuard(breaker, options.logger);
    this.driver = createDriver({ ...options, app: APP, maxPoolSize: MAX_POOL_SIZE, deadlines: this.deadlines, breaker });
  }

  get name(): string {
    return this.options.database;
  }

  /**
   * Statements running now. Each holds one pooled connection while it runs, so this is the pool's
   * usage as the service sees it (neo4j-driver has no public pool statistics).
   */
  get statementsInFlight(): number {
    return this.running;
  }

  get maxPoolSize(): number {
    return MAX_POOL_SIZE;
  }

  /** Calls `observer` after every statement; returns the function that stops it. */
  observe(observer: (event: StatementEvent) => void): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  async read(name: string, text: string, params: Record<string, unknown> = {}, stats?: StatementStats): Promise<Row[]> {
    return this.execute(name, text, params, 'READ', stats);
  }

  async write(name: string, text: string, params: Record<string, unknown> = {}, stats?: StatementStats): Promise<Row[]> {
    return this.execute(name, text, params, 'WRITE', stats);
  }

  /**
   * Several statements in one atomic write transaction (retried as a whole on transient errors).
   * `timeoutMs` replaces the timeout and the deadline for work known to be long (a dataset load).
   */
  async writeTransaction<T>(work: (tx: WriteTransaction) => Promise<T>, stats?: StatementStats, timeoutMs?: number): Promise<T> {
    const deadlineMs = timeoutMs ?? this.deadlines.writeMs;
    return this.guard.run('transaction', 'write', deadlineMs, (markSent) => {
      const config = this.transactionConfig('transaction', 'write');
      if (timeoutMs !== undefined) config.timeout = timeoutMs;
      return this.inWriteTransaction((tx) => work(this.wrap(tx, stats, markSent)), stats, config);
    });
  }

  /** A read with a deadline of its own, shorter than a read's (the readiness probe answers within a fixed time). */
  async readWithin(deadlineMs: number, name: string, text: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const work = () =>
      this.track(name, text, params, undefined, async () => {
        const config = { timeout: deadlineMs, metadata: { app: APP, query: name } };
        const result = await readAutoCommit(this.driver, this.options.database, text, toParameters(params), config);
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      });
    // Missing this short deadline says only that Neo4j is slow: the breaker is not asked.
    return this.guard.run(name, 'read', deadlineMs, work, false);
  }

  /**
   * A write transaction function (retried on transient errors, routed to the leader on a cluster).
   * It waits for the request's client bookmarks, and leaves its own in `stats.causal.written`.
   * One that changed data also moves the graph version on, in the same transaction (graph-version.ts).
   */
  private async inWriteTransaction<T>(
    work: (tx: WatchedTransaction) => Promise<T>,
    stats: StatementStats | undefined,
    config: { timeout: number; metadata: Record<string, string> },
  ): Promise<T> {
    // The bookmark manager reads use too (auto-commit-read.ts): a read after this write sees it.
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
      bookmarks: stats?.causal?.after ?? [],
    });
    try {
      const result = await session.executeWrite((tx) => withGraphVersionBump(tx, work), config);
      if (stats?.causal) stats.causal.written = session.lastBookmarks();
      return result;
    } finally {
      await session.close();
    }
  }

  /**
   * Rows with the driver's own value types, unconverted: only for src/db/backup.ts, which must
   * keep an integer apart from a float and a datetime's zone. Everything else uses `read`.
   */
  async readNative(name: string, text: string, params: Record<string, unknown> = {}): Promise<Array<Record<string, unknown>>> {
    const result = await this.guard.run(name, 'read', this.deadlines.readMs, () =>
      this.driver.executeQuery(text, params, {
        database: this.options.database,
        routing: neo4j.routing.READ,
        transactionConfig: this.transactionConfig(name, 'read'),
      }),
    );
    return result.records.map((record) => record.toObject());
  }

  /** True when Neo4j answers a trivial query within `timeoutMs`. */
  async ping(timeoutMs = this.deadlines.readMs): Promise<boolean> {
    const late = () => undefined;
    return withinDeadline(this.answers(), timeoutMs, () => new Error('no answer'), late).catch(() => false);
  }

  /**
   * The plan of a statement: EXPLAIN (not run) or PROFILE (run, with database hits per operator).
   * For the plan tests and the benchmark; the statement is not counted in any request's stats.
   */
  async plan(text: string, params: Record<string, unknown> = {}, mode: 'EXPLAIN' | 'PROFILE' = 'EXPLAIN'): Promise<PlanNode> {
    const result = await this.driver.executeQuery(`${mode} ${text}`, toParameters(params), {
      database: this.options.database,
      routing: neo4j.routing.READ,
      transactionConfig: this.transactionConfig(`plan:${mode}`, 'read'),
    });
    const plan = mode === 'PROFILE' ? result.summary.profile : result.summary.plan;
    if (!plan) throw new Error(`${mode} returned no plan`);
    return fromDriverPlan(plan, mode === 'PROFILE');
  }

  async close(): Promise<void> {
    this.guard.breaker.stop();
    await this.driver.close();
  }

  /** The breaker's probe: true when Neo4j answers; a probe stuck for STUCK_PROBE_MS counts as no answer. */
  private async answers(): Promise<boolean> {
    const probe = this.driver.executeQuery('RETURN 1', {}, { database: this.options.database, routing: neo4j.routing.READ });
    const late = () => undefined;
    return withinDeadline(probe, STUCK_PROBE_MS, () => new Error('no answer'), late).then(
      () => true,
      () => false,
    );
  }

  private async execute(
    name: string,
    text: string,
    params: Record<string, unknown>,
    routing: 'READ' | 'WRITE',
    stats?: StatementStats,
  ): Promise<Row[]> {
    const kind = routing === 'READ' ? 'read' : 'write';
    return this.guard.run(name, kind, this.deadline(kind), (markSent) =>
      this.track(name, text, params, stats, async () => {
        const config = this.transactionConfig(name, kind);
        // A write goes to the driver now, and may commit whatever becomes of its answer.
        markSent();
        const result =
          routing === 'READ'
            ? await readAutoCommit(this.driver, this.options.database, text, toParameters(params), config, stats?.causal?.after)
            : await this.inWriteTransaction(async (tx) => await tx.run(text, toParameters(params)), stats, config);
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      }),
    );
  }

  /** The one place every statement passes: counted, timed, logged at debug level, observed. */
  private async track(
    name: string,
    text: string,
    params: Record<string, unknown>,
    stats: StatementStats | undefined,
    run: () => Promise<Row[]>,
  ): Promise<Row[]> {
    const started = performance.now();
    if (stats) stats.statements += 1;
    this.options.logger.debug({ query: name, cypher: text, params }, 'cypher');
    this.running += 1;
    let ok = false;
    try {
      const rows = await run();
      ok = true;
      return rows;
    } finally {
      this.running -= 1;
      const ms = performance.now() - started;
      record(stats, name, ms, text, params);
      for (const observer of this.observers) observer({ query: name, seconds: ms / 1000, ok });
    }
  }

  private wrap(tx: WatchedTransaction, stats: StatementStats | undefined, markSent: MarkSent): WriteTransaction {
    // Parameters already in the driver's types (a backup being restored) go in unconverted.
    const run = (name: string, text: string, params: Record<string, unknown>) =>
      this.track(name, text, params, stats, async () => {
        markSent();
        const result = await tx.run(text, params);
        return result.records.map((r) => toPlain(r.toObject()) as Row);
      });
    return {
      run: (name, text, params = {}) => run(name, text, toParameters(params)),
      runNative: run,
    };
  }

  private deadline(kind: StatementKind): number {
    return kind === 'read' ? this.deadlines.readMs : this.deadlines.writeMs;
  }

  /** Neo4j stops the transaction by the deadline: after it, no one waits for its answer. */
  private transactionConfig(query: string, kind: StatementKind) {
    return { timeout: Math.min(this.options.queryTimeoutMs, this.deadline(kind)), metadata: { app: APP, query } };
  }
}

function record(stats: StatementStats | undefined, query: string, ms: number, cypher: string, params: Record<string, unknown>): void {
  if (!stats) return;
  stats.dbTimeMs += ms;
  stats.log.push({ query, ms: Math.round(ms * 100) / 100, cypher, params });
}
