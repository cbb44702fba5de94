import autocannon from 'autocannon';
import { percentile, round } from './stats.js';

/** One request shape aimed at one server. */
export interface Target {
  url: string;
  body: string;
}

export interface RunResult {
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
}

/**
 * Runs autocannon at a fixed number of connections for a fixed time. Autocannon's own latency
 * histogram counts whole milliseconds, too coarse for 2 ms requests, so the latency of every
 * response is taken from its `response` event (sub-millisecond) and the percentiles computed
 * here; requests per second come from autocannon.
 */
export async function load(target: Target, options: { connections: number; seconds: number }): Promise<RunResult> {
  const latencies: number[] = [];
  let failed = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: target.body,
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
      },
      (error, done) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode === 200) latencies.push(responseTime);
      else failed += 1;
    });
  });
  return {
    p50: round(percentile(latencies, 50), 3),
    p99: round(percentile(latencies, 99), 3),
    rps: round(latencies.length / options.seconds, 1),
    requests: latencies.length,
    errors: failed + result.errors + result.timeouts,
  };
}
