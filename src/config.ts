import { resolve } from 'node:path';
import { PROJECT_ROOT } from './paths.js';

/**
 * Everything the service reads from its environment, read once here. Precedence is explicit:
 * an option passed in code beats an environment variable, which beats the default. Invalid
 * values stop the start with a message naming the variable, never a half-configured service.
 */
export interface Config {
  host: string;
  port: number;
  /** Set: use this Neo4j. Null: start the project's own embedded Neo4j. */
  neo4jUri: string | null;
  neo4jUser: string;
  neo4jPassword: string | null;
  neo4jDatabase: string;
  /** Where the embedded Neo4j keeps its jars (cacheDir) and its data (homeDir). */
  localNeo4j: { cacheDir: string; homeDir: string; heap: string; pageCache: string };
  dataDir: string;
  /** `auto` loads the dataset when its files changed since the last load; `always`; `never`. */
  loadData: 'auto' | 'always' | 'never';
  /** Neo4j transaction timeout for one statement, in milliseconds. */
  queryTimeoutMs: number;
  /**
   * How long one read statement, and one write transaction, may wait for Neo4j before the
   * request is answered without it (SERVICE_UNAVAILABLE, or WRITE_OUTCOME_UNKNOWN for a write
   * already sent). Neo4j's own transaction timeout is held to the same bound.
   */
  readDeadlineMs: number;
  writeDeadlineMs: number;
  /** How many times the embedded Neo4j is restarted after it exits unexpectedly, before the service exits. */
  neo4jRestarts: number;
  /** Adds the Cypher statements run and their database time to each response's `extensions`. */
  debug: boolean;
  introspection: boolean;
  /** The most entities one subgraph (neighbourhood, id set, whole graph, export) may hold. */
  maxSubgraphNodes: number;
  /** The answer cache's bound, in bytes of the answers as JSON; 0 turns it off (src/server/answer-cache.ts). */
  answerCacheBytes: number;
  /** Limits against abusive requests; each has a safe default, see docs/operations.md "Configuration". */
  limits: Limits;
  /** Budgets per client (token, or IP address when anonymous): see docs/operations.md "Per-client limits". */
  clientLimits: ClientLimits;
  /** Reverse proxies in front of the service whose `X-Forwarded-For` is believed (0: none, the socket's address is the client's). */
  trustProxyHops: number;
  /** Browser origins allowed to send mutations (CORS); reads are open to any origin. */
  corsMutationOrigins: string[];
  /** How long SIGTERM waits for in-flight requests before closing the driver anyway. */
  shutdownTimeoutMs: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

export interface Limits {
  /** Largest HTTP request body Fastify accepts (413 beyond). */
  bodyBytes: number;
  /** Characters of a GraphQL document. */
  documentChars: number;
  /** Lexical tokens of a GraphQL document (graphql-js stops parsing beyond). */
  tokens: number;
  /** Nesting of fields in an operation. */
  depth: number;
  /** Estimated cost of an operation: list fields multiply (src/server/cost.ts). */
  cost: number;
  aliases: number;
  directives: number;
  /** Largest `first` any paginated field accepts. */
  pageSize: number;
  /** Entities plus links in one `importGraph`. */
  importItems: number;
}

/** Per client, per instance, in a fixed window: requests of any route, and the estimated cost of operations. */
export interface ClientLimits {
  enabled: boolean;
  windowSeconds: number;
  /** HTTP requests per window (429 beyond). */
  requests: number;
  /** Summed estimated cost (src/server/cost.ts) of the GraphQL operations per window (429 beyond). */
  cost: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

export function loadConfig(options: Partial<Config> = {}, env: Env = process.env): Config {
  const read = new EnvReader(env);
  const cacheDir = read.string('CRG_CACHE_DIR', resolve(PROJECT_ROOT, '.cache'));
  const config: Config = {
    host: read.string('HOST', '127.0.0.1'),
    port: read.integer('PORT', 4000, 0, 65535),
    neo4jUri: read.optional('NEO4J_URI'),
    neo4jUser: read.string('NEO4J_USER', 'neo4j'),
    neo4jPassword: read.optional('NEO4J_PASSWORD'),
    neo4jDatabase: read.string('NEO4J_DATABASE', 'neo4j'),
    localNeo4j: {
      cacheDir,
      homeDir: read.string('CRG_NEO4J_HOME', resolve(cacheDir, 'neo4j-home')),
      heap: read.string('CRG_NEO4J_HEAP', '1g'),
      pageCache: read.string('CRG_NEO4J_PAGECACHE', '512m'),
    },
    dataDir: read.string('CRG_DATA_DIR', resolve(PROJECT_ROOT, 'cypher', 'data')),
    loadData: read.choice('CRG_LOAD_DATA', ['auto', 'always', 'never'] as const, 'auto'),
    queryTimeoutMs: read.integer('CRG_QUERY_TIMEOUT_MS', 10_000, 100, 600_000),
    readDeadlineMs: read.integer('CRG_READ_DEADLINE_MS', 5_000, 100, 600_000),
    writeDeadlineMs: read.integer('CRG_WRITE_DEADLINE_MS', 15_000, 100, 600_000),
    neo4jRestarts: read.integer('CRG_NEO4J_RESTARTS', 5, 0, 100),
    debug: read.boolean('CRG_DEBUG', false),
    introspection: read.boolean('CRG_INTROSPECTION', true),
    maxSubgraphNodes: read.integer('CRG_MAX_SUBGRAPH_NODES', 5_000, 10, 100_000),
    answerCacheBytes: read.integer('CRG_ANSWER_CACHE_BYTES', 67_108_864, 0, 17_179_869_184),
    limits: {
      bodyBytes: read.integer('CRG_MAX_BODY_BYTES', 1_048_576, 1024, 104_857_600),
      documentChars: read.integer('CRG_MAX_DOCUMENT_CHARS', 20_000, 100, 1_000_000),
      tokens: read.integer('CRG_MAX_TOKENS', 2_000, 50, 100_000),
      depth: read.integer('CRG_MAX_DEPTH', 10, 2, 100),
      cost: read.integer('CRG_MAX_COST', 25_000, 10, 100_000_000),
      aliases: read.integer('CRG_MAX_ALIASES', 30, 0, 1000),
      directives: read.integer('CRG_MAX_DIRECTIVES', 30, 0, 1000),
      pageSize: read.integer('CRG_MAX_PAGE_SIZE', 100, 1, 10_000),
      importItems: read.integer('CRG_MAX_IMPORT_ITEMS', 2_000, 1, 100_000),
    },
    clientLimits: {
      enabled: read.boolean('CRG_CLIENT_LIMITS', true),
      windowSeconds: read.integer('CRG_CLIENT_WINDOW_SECONDS', 60, 1, 86_400),
      requests: read.integer('CRG_CLIENT_MAX_REQUESTS', 600, 1, 10_000_000),
      cost: read.integer('CRG_CLIENT_MAX_COST', 250_000, 10, 1_000_000_000),
    },
    trustProxyHops: read.integer('CRG_TRUST_PROXY_HOPS', 0, 0, 10),
    corsMutationOrigins: read.origins('CRG_CORS_MUTATION_ORIGINS'),
    shutdownTimeoutMs: read.integer('CRG_SHUTDOWN_TIMEOUT_MS', 15_000, 0, 600_000),
    logLevel: read.choice('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    ...options,
  };
  if (config.neo4jUri && !config.neo4jPassword) {
    throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not: give the password of that Neo4j');
  }
  if (config.neo4jUri && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(config.neo4jUri)) {
    throw new ConfigError(`NEO4J_URI must start with neo4j:// or bolt:// (got "${config.neo4jUri}")`);
  }
  if (config.clientLimits.enabled && config.clientLimits.cost < config.limits.cost) {
    throw new ConfigError(
      `CRG_CLIENT_MAX_COST (${config.clientLimits.cost}) must be at least CRG_MAX_COST (${config.limits.cost}): otherwise an allowed query could never run`,
    );
  }
  return config;
}

class EnvReader {
  constructor(private readonly env: Env) {}

  optional(name: string): string | null {
    const value = this.env[name]?.trim();
    return value ? value : null;
  }

  string(name: string, fallback: string): string {
    return this.optional(name) ?? fallback;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.optional(name);
    if (raw === null) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new ConfigError(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
    }
    return value;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.optional(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    throw new ConfigError(`${name} must be true or false (got "${raw}")`);
  }

  /** A comma-separated list of origins (`https://host[:port]`), each checked; empty: none. */
  origins(name: string): string[] {
    const raw = this.optional(name);
    if (raw === null) return [];
    return raw.split(',').map((part) => {
      const origin = part.trim();
      let parsed: URL | undefined;
      try {
        parsed = new URL(origin);
      } catch {
        parsed = undefined;
      }
      if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
        throw new ConfigError(`${name} must list origins such as https://example.org, separated by commas (got "${origin}")`);
      }
      return origin;
    });
  }

  choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
    const raw = this.optional(name);
    if (raw === null) return fallback;
    if ((choices as readonly string[]).includes(raw)) return raw as T;
    throw new ConfigError(`${name} must be one of ${choices.join(', ')} (got "${raw}")`);
  }
}
