import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('config', () => {
  it('has defaults for everything', () => {
    const config = loadConfig({}, {});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 4000,
      neo4jUri: null,
      neo4jUser: 'neo4j',
      neo4jDatabase: 'neo4j',
      loadData: 'auto',
      debug: false,
      introspection: true,
    });
  });

  it('has safe limits by default, each configurable', () => {
    expect(loadConfig({}, {}).limits).toEqual({
      bodyBytes: 1_048_576,
      documentChars: 20_000,
      tokens: 2_000,
      depth: 10,
      cost: 25_000,
      aliases: 30,
      directives: 30,
      pageSize: 100,
      importItems: 2_000,
    });
    expect(loadConfig({}, { CRG_MAX_DEPTH: '6', CRG_MAX_COST: '1000' }).limits).toMatchObject({ depth: 6, cost: 1000 });
    expect(loadConfig({}, {}).shutdownTimeoutMs).toBe(15_000);
  });

  it('limits each client by default, and the budgets can be switched off', () => {
    expect(loadConfig({}, {}).clientLimits).toEqual({ enabled: true, windowSeconds: 60, requests: 600, cost: 250_000 });
    expect(loadConfig({}, { CRG_CLIENT_LIMITS: 'false' }).clientLimits.enabled).toBe(false);
    // Off, the budget need not cover the per-operation limit.
    expect(loadConfig({}, { CRG_CLIENT_LIMITS: 'off', CRG_CLIENT_MAX_COST: '1000' }).clientLimits.cost).toBe(1000);
    expect(loadConfig({}, { CRG_TRUST_PROXY_HOPS: '1' }).trustProxyHops).toBe(1);
  });

  it('allows mutations from no browser origin unless listed', () => {
    expect(loadConfig({}, {}).corsMutationOrigins).toEqual([]);
    expect(loadConfig({}, { CRG_CORS_MUTATION_ORIGINS: 'https://a.org, http://127.0.0.1:8080' }).corsMutationOrigins).toEqual([
      'https://a.org',
      'http://127.0.0.1:8080',
    ]);
  });

  it('has deadlines for reads and writes, and a bound on restarts of the embedded Neo4j', () => {
    expect(loadConfig({}, {})).toMatchObject({ readDeadlineMs: 5_000, writeDeadlineMs: 15_000, neo4jRestarts: 5 });
    const env = { CRG_READ_DEADLINE_MS: '2000', CRG_WRITE_DEADLINE_MS: '30000', CRG_NEO4J_RESTARTS: '0' };
    expect(loadConfig({}, env)).toMatchObject({ readDeadlineMs: 2_000, writeDeadlineMs: 30_000, neo4jRestarts: 0 });
  });

  it('reads the environment, and an option beats the environment', () => {
    const env = { PORT: '8080', NEO4J_URI: 'neo4j://db:7687', NEO4J_PASSWORD: 'secret', CRG_DEBUG: 'true' };
    expect(loadConfig({}, env)).toMatchObject({ port: 8080, neo4jUri: 'neo4j://db:7687', debug: true });
    expect(loadConfig({ port: 9090 }, env).port).toBe(9090);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be an integer from 0 to 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT must be an integer'],
    [{ CRG_DEBUG: 'maybe' }, 'CRG_DEBUG must be true or false'],
    [{ CRG_LOAD_DATA: 'sometimes' }, 'CRG_LOAD_DATA must be one of auto, always, never'],
    [{ NEO4J_URI: 'bolt://x:7687' }, 'NEO4J_URI is set but NEO4J_PASSWORD is not'],
    [{ NEO4J_URI: 'http://x', NEO4J_PASSWORD: 'p' }, 'NEO4J_URI must start with neo4j:// or bolt://'],
    [{ CRG_MAX_DEPTH: '1' }, 'CRG_MAX_DEPTH must be an integer from 2 to 100'],
    [{ CRG_MAX_BODY_BYTES: 'lots' }, 'CRG_MAX_BODY_BYTES must be an integer'],
    [{ CRG_CLIENT_LIMITS: 'sometimes' }, 'CRG_CLIENT_LIMITS must be true or false'],
    [{ CRG_CLIENT_MAX_REQUESTS: '0' }, 'CRG_CLIENT_MAX_REQUESTS must be an integer from 1'],
    [{ CRG_CLIENT_WINDOW_SECONDS: '0.5' }, 'CRG_CLIENT_WINDOW_SECONDS must be an integer from 1 to 86400'],
    [{ CRG_CLIENT_MAX_COST: '1000' }, 'CRG_CLIENT_MAX_COST (1000) must be at least CRG_MAX_COST (25000)'],
    [{ CRG_TRUST_PROXY_HOPS: '-1' }, 'CRG_TRUST_PROXY_HOPS must be an integer from 0 to 10'],
    [{ CRG_CORS_MUTATION_ORIGINS: 'example.org' }, 'CRG_CORS_MUTATION_ORIGINS must list origins such as https://example.org'],
    [{ CRG_CORS_MUTATION_ORIGINS: 'https://a.org/path' }, 'got "https://a.org/path"'],
    [{ CRG_READ_DEADLINE_MS: '50' }, 'CRG_READ_DEADLINE_MS must be an integer from 100 to 600000 (got "50")'],
    [{ CRG_WRITE_DEADLINE_MS: 'soon' }, 'CRG_WRITE_DEADLINE_MS must be an integer from 100 to 600000'],
    [{ CRG_NEO4J_RESTARTS: '-1' }, 'CRG_NEO4J_RESTARTS must be an integer from 0 to 100'],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig({}, env)).toThrow(ConfigError);
    expect(() => loadConfig({}, env)).toThrow(message);
  });
});
