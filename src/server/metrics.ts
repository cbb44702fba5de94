import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Context } from '../context.js';
import type { Database } from '../db/database.js';
import type { ClientLimit } from './client-limits.js';

/** Operation names come from clients: past this many distinct ones, new names count as `other`. */
const MAX_OPERATION_NAMES = 200;
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The service's Prometheus metrics, in a registry of its own (one per app, so tests can run
 * several services in one process). Served at `/metrics`.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly stopObserving: Array<() => void>;

  private readonly httpRequests = new Counter({
    name: 'crg_http_requests_total',
    help: 'HTTP requests answered, by route, method and status code.',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [this.registry],
  });
  private readonly operations = new Counter({
    name: 'crg_graphql_requests_total',
    help: 'GraphQL operations executed or rejected, by operation name (`anonymous`; `invalid` when the document did not parse or validate).',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });
  private readonly operationSeconds = new Histogram({
    name: 'crg_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its response, by operation name.',
    labelNames: ['operation'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'crg_graphql_errors_total',
    help: 'GraphQL errors sent to clients, by `extensions.code`.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private readonly refusals = new Counter({
    name: 'crg_client_limit_refusals_total',
    help: 'Requests refused with 429 because their client was over a budget, by budget (`requests`, `cost`).',
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });
  private readonly statementSeconds = new Histogram({
    name: 'crg_neo4j_statement_duration_seconds',
    help: 'Time of each Cypher statement (sent, run and read), by query file and outcome.',
    labelNames: ['query', 'outcome'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  private readonly breakerOpens = new Counter({
    name: 'crg_neo4j_breaker_opens_total',
    help: 'Times the circuit breaker in front of Neo4j opened (Neo4j stopped answering).',
    registers: [this.registry],
  });
  private readonly deadlines = new Counter({
    name: 'crg_neo4j_deadlines_total',
    help: 'Statements answered without Neo4j because their deadline passed, by kind (read, write).',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  constructor(db: Database) {
    collectDefaultMetrics({ register: this.registry });
    const breaker = db.guard.breaker;
    new Gauge({
      name: 'crg_neo4j_breaker_open',
      help: 'The circuit breaker in front of Neo4j: 1 while open (requests refused at once), 0 while closed.',
      registers: [this.registry],
      collect() {
        this.set(breaker.state === 'open' ? 1 : 0);
      },
    });
    this.deadlines.inc({ kind: 'read' }, 0);
    this.deadlines.inc({ kind: 'write' }, 0);
    new Gauge({
      name: 'crg_neo4j_pool_in_use',
      help: 'Neo4j connections in use: statements running now (each holds one pooled connection).',
      registers: [this.registry],
      collect() {
        this.set(db.statementsInFlight);
      },
    });
    new Gauge({
      name: 'crg_neo4j_pool_max_size',
      help: 'Maximum size of the Neo4j driver connection pool.',
      registers: [this.registry],
      collect() {
        this.set(db.maxPoolSize);
      },
    });
    this.stopObserving = [
      db.observe(({ query, seconds, ok }) => {
        this.statementSeconds.observe({ query, outcome: ok ? 'ok' : 'error' }, seconds);
      }),
      breaker.onChange((state) => {
        if (state === 'open') this.breakerOpens.inc();
      }),
      db.guard.onDeadline((kind) => this.deadlines.inc({ kind })),
    ];
  }

  countError(code: string): void {
    this.errors.inc({ code });
  }

  countRefusal(limit: ClientLimit): void {
    this.refusals.inc({ limit });
  }

  /** Times every GraphQL operation and counts it under its name. */
  apolloPlugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: () => {
        const started = performance.now();
        return Promise.resolve({
          willSendResponse: ({ operation, operationName }) => {
            const label = this.operationLabel(operation ? (operationName ?? 'anonymous') : 'invalid');
            this.operations.inc({ operation: label });
            this.operationSeconds.observe({ operation: label }, (performance.now() - started) / 1000);
            return Promise.resolve();
          },
        });
      },
    };
  }

  /** `GET /metrics` in Prometheus' text format, and the count of every HTTP request. */
  registerRoutes(http: FastifyInstance): void {
    http.addHook('onResponse', (request, reply, done) => {
      const route = request.routeOptions.url ?? 'unmatched';
      this.httpRequests.inc({ route, method: request.method, status: String(reply.statusCode) });
      done();
    });
    http.get('/metrics', async (_request, reply) => reply.type(this.registry.contentType).send(await this.registry.metrics()));
  }

  close(): void {
    for (const stop of this.stopObserving) stop();
  }

  private operationLabel(name: string): string {
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }
}
