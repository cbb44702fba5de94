import { request } from 'node:http';

/** Bytes of one answer as they cross the wire: uncompressed, and as brotli and gzip when asked for. */
export interface WireBytes {
  identity: number;
  br: number;
  gzip: number;
}

/** Sends the request three times, with no Accept-Encoding, with `br` and with `gzip`, and counts the body's bytes as received. */
export async function wireBytes(url: string, body: string): Promise<WireBytes> {
  return { identity: await received(url, body), br: await received(url, body, 'br'), gzip: await received(url, body, 'gzip') };
}

/** node:http, not fetch: fetch would decode the body before it could be counted. */
function received(url: string, body: string, encoding?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', ...(encoding ? { 'accept-encoding': encoding } : {}) } },
      (incoming) => {
        let bytes = 0;
        incoming.on('data', (chunk: Buffer) => (bytes += chunk.length));
        incoming.on('end', () =>
          incoming.statusCode === 200 ? resolve(bytes) : reject(new Error(`HTTP ${incoming.statusCode} from ${url}`)),
        );
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** The answer cache's counters in a service's /metrics: hits and misses so far. */
export async function cacheCounters(serviceUrl: string): Promise<{ hits: number; misses: number }> {
  const text = await (await fetch(`${serviceUrl}/metrics`)).text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
  return { hits: value('crg_answer_cache_hits_total'), misses: value('crg_answer_cache_misses_total') };
}
