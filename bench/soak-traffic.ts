import type { SuiteOperation } from './suite.js';

/** What a soak sends and what came back. */
export interface SoakCounts {
  reads: number;
  writes: number;
  /** Ticks skipped because `maxInFlight` requests were still waiting: the rate stays bounded. */
  skipped: number;
  transportErrors: number;
  /** Responses by HTTP status, and GraphQL errors by code. */
  statuses: Record<string, number>;
  errorCodes: Record<string, number>;
  latenciesMs: number[];
}

/**
 * Mixed traffic at a bounded rate: one request per tick, never more than `maxInFlight` waiting.
 * Every `writeEvery`-th request creates an entity (`<prefix>:<n>`), and every other write updates
 * the last one created; the rest are the read operations of the benchmark suite in turn.
 * `acknowledged` holds each entity a write was answered for, with the version it reported.
 */
export class SoakTraffic {
  readonly counts: SoakCounts = { reads: 0, writes: 0, skipped: 0, transportErrors: 0, statuses: {}, errorCodes: {}, latenciesMs: [] };
  readonly acknowledged = new Map<string, number>();
  private inFlight = 0;
  private sent = 0;
  private created = 0;

  constructor(
    private readonly url: string,
    private readonly editor: string,
    private readonly reads: SuiteOperation[],
    private readonly options: { prefix: string; writeEvery: number; maxInFlight: number },
  ) {}

  /** Runs until `until` (ms since epoch), one tick every `1000 / rate` ms, then waits for the last answers. */
  async run(rate: number, until: number): Promise<void> {
    const interval = 1000 / rate;
    const pending = new Set<Promise<void>>();
    for (let next = Date.now(); Date.now() < until; next += interval) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
      if (this.inFlight >= this.options.maxInFlight) {
        this.counts.skipped += 1;
        continue;
      }
      const request = this.tick().finally(() => pending.delete(request));
      pending.add(request);
    }
    await Promise.all(pending);
  }

  private async tick(): Promise<void> {
    this.sent += 1;
    if (this.sent % this.options.writeEvery === 0) return this.write();
    const operation = this.reads[this.sent % this.reads.length] as SuiteOperation;
    this.counts.reads += 1;
    await this.post({ query: operation.query, variables: operation.variables });
  }

  private async write(): Promise<void> {
    this.counts.writes += 1;
    const last = `${this.options.prefix}:${this.created}`;
    const version = this.acknowledged.get(last);
    if (version !== undefined && this.counts.writes % 2 === 0) {
      const answer = await this.post(
        {
          query: 'mutation($id: ID!, $v: Int!) { updateEntity(id: $id, expectedVersion: $v, set: { note: "soak update" }) { version } }',
          variables: { id: last, v: version },
        },
        this.editor,
      );
      const written = (answer?.['updateEntity'] as { version?: number } | undefined)?.version;
      if (typeof written === 'number') this.acknowledged.set(last, written);
      return;
    }
    this.created += 1;
    const id = `${this.options.prefix}:${this.created}`;
    const answer = await this.post(
      {
        query: 'mutation($input: EntityInput!) { createEntity(input: $input) { version } }',
        variables: { input: { id, kind: 'SOURCE', name: { en: `Soak source ${this.created}` } } },
      },
      this.editor,
    );
    const written = (answer?.['createEntity'] as { version?: number } | undefined)?.version;
    if (typeof written === 'number') this.acknowledged.set(id, written);
  }

  /** The response's data when it had no errors; counts everything else. */
  private async post(body: Record<string, unknown>, token?: string): Promise<Record<string, unknown> | undefined> {
    this.inFlight += 1;
    const started = performance.now();
    try {
      const response = await fetch(`${this.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(120_000),
      });
      const json = (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ extensions?: { code?: string } }> };
      this.counts.latenciesMs.push(performance.now() - started);
      this.counts.statuses[response.status] = (this.counts.statuses[response.status] ?? 0) + 1;
      for (const error of json.errors ?? []) {
        const code = error.extensions?.code ?? 'none';
        this.counts.errorCodes[code] = (this.counts.errorCodes[code] ?? 0) + 1;
      }
      return json.errors?.length ? undefined : json.data;
    } catch {
      this.counts.transportErrors += 1;
      return undefined;
    } finally {
      this.inFlight -= 1;
    }
  }
}
