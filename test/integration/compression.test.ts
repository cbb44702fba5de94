import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type TestService } from '../support/service.js';

/**
 * Large answers travel compressed when the client accepts it, and decode to exactly the JSON an
 * uncompressed answer holds; small ones go as they are. Read with node:http, which (unlike fetch)
 * leaves the body as it came over the wire.
 */
let service: TestService;
let ids: string[];
beforeAll(async () => {
  // Without the debug extension, whose Cypher text alone would make a small answer large.
  service = await startService({ debug: false });
  const rows = await service.db.read('compression-ids', 'MATCH (n:Entity) RETURN n.id AS id ORDER BY id LIMIT 200');
  ids = rows.map((row) => row['id'] as string);
});
afterAll(() => service.close());

const SUBGRAPH = 'query($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id kind name } edges { id type source target } } }';

function post(path: string, body: string, acceptEncoding?: string): Promise<{ status: number; encoding?: string; raw: Buffer }> {
  const url = new URL(path, service.url);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: body ? 'POST' : 'GET',
        headers: {
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
        },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          resolve({ status: incoming.statusCode ?? 0, encoding: incoming.headers['content-encoding'], raw: Buffer.concat(chunks) }),
        );
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body || undefined);
  });
}

describe('compression', () => {
  it('sends a big subgraph compressed (brotli, gzip) that decodes to the same JSON', async () => {
    const body = JSON.stringify({ query: SUBGRAPH, variables: { ids } });
    const plain = await post('/graphql', body);
    expect(plain.status).toBe(200);
    expect(plain.encoding).toBeUndefined();
    const answer = JSON.parse(plain.raw.toString('utf8')) as { data: { subgraph: { nodes: unknown[] } } };
    expect(answer.data.subgraph.nodes).toHaveLength(ids.length);

    const br = await post('/graphql', body, 'br, gzip');
    expect(br.encoding).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.raw).toString('utf8'))).toEqual(answer);
    expect(br.raw.length).toBeLessThan(plain.raw.length / 3);

    const gzip = await post('/graphql', body, 'gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.raw).toString('utf8'))).toEqual(answer);
  });

  it('compresses an export file too', async () => {
    const plain = await post(`/export/cytoscape?ids=${ids.slice(0, 100).join(',')}`, '');
    const gzip = await post(`/export/cytoscape?ids=${ids.slice(0, 100).join(',')}`, '', 'gzip');
    expect(plain.status).toBe(200);
    expect(gzip.encoding).toBe('gzip');
    expect(gunzipSync(gzip.raw).toString('utf8')).toBe(plain.raw.toString('utf8'));
  });

  it('leaves a small answer as it is', async () => {
    const small = await post('/graphql', JSON.stringify({ query: '{ crcArticle(number: 1) { id } }' }), 'br, gzip');
    expect(small.encoding).toBeUndefined();
    expect(JSON.parse(small.raw.toString('utf8'))).toEqual({ data: { crcArticle: { id: 'crc:art:1' } } });
  });
});
