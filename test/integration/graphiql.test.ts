import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/graphiql/examples.js';
import { startService, type TestService } from '../support/service.js';

/**
 * The example operations (docs/examples, GraphiQL's tabs) run without errors, and the IDE is
 * served by the service itself. The browser test (test/browser) drives it for real.
 */
let service: TestService;
beforeAll(async () => {
  service = await startService();
});
afterAll(() => service.close());

const examples = loadExamples();

describe('example operations', () => {
  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((example) => [example.name, example.query]))('%s runs without errors and finds data', async (_name, query) => {
    const { status, json } = await service.post(JSON.stringify({ query }));
    expect(status).toBe(200);
    expect(json?.errors).toBeUndefined();
    const data = json?.data ?? {};
    expect(Object.values(data).every((value) => value !== null && !(Array.isArray(value) && value.length === 0))).toBe(true);
  });
});

describe('/graphiql', () => {
  it('serves the IDE page with the examples preloaded and nothing from elsewhere', async () => {
    const response = await fetch(`${service.url}/graphiql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const html = await response.text();
    expect(html).not.toMatch(/(src|href)="https?:/);
    const config = /<script id="graphiql-config" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1];
    const parsed = JSON.parse(config ?? '{}') as { endpoint: string; examples: Array<{ name: string; query: string }> };
    expect(parsed.endpoint).toBe('/graphql');
    expect(parsed.examples).toEqual(examples);
  });

  it('serves the bundled script and stylesheet, and nothing outside the bundle', async () => {
    for (const [file, type] of [
      ['graphiql.js', /^text\/javascript/],
      ['graphiql.css', /^text\/css/],
      ['graphql.worker.js', /^text\/javascript/],
    ] as const) {
      const response = await fetch(`${service.url}/graphiql/assets/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type')).toMatch(type);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect((await fetch(`${service.url}/graphiql/assets/..%2F..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${service.url}/graphiql/assets/nope.js`)).status).toBe(404);
  });

  it('points browsers that open /graphql, or /, to /graphiql instead of a CDN-loaded landing page', async () => {
    const landing = await fetch(`${service.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(landing.status).toBe(200);
    const html = await landing.text();
    expect(html).toContain('url=/graphiql');
    expect(html).not.toMatch(/cdn|https?:/i);
    const root = await fetch(`${service.url}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/graphiql');
  });
});
