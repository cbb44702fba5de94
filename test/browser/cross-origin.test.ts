import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser, type TestBrowser } from '../support/browser.js';
import { curator } from '../support/curation.js';
import { startService, type TestService } from '../support/service.js';

/**
 * Pages of other origins, served from other loopback ports, call the service from a real browser:
 * they read a query answer (POST and GET) and a GEXF export; a page whose origin is not on the
 * write list is refused a mutation (and nothing is written), a page whose origin is, is not.
 */
const test = curator();
let service: TestService;
let browser: TestBrowser;
let editor: Record<string, string>;
const pages: Server[] = [];
let foreign: Page;
let trusted: Page;

/** A page with nothing on it but its origin (no inline script: the calls are made by the test). */
async function servePage(): Promise<string> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>elsewhere</title></head><body>elsewhere</body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  pages.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  const foreignOrigin = await servePage();
  const trustedOrigin = await servePage();
  service = await startService({ corsMutationOrigins: [trustedOrigin] });
  test.use(service.db);
  editor = await test.bearer('editor');
  browser = await startBrowser();
  foreign = await browser.context.newPage();
  await foreign.goto(foreignOrigin);
  trusted = await browser.context.newPage();
  await trusted.goto(trustedOrigin);
});
// Each test fails on any CSP violation its pages reported.
afterEach(() => browser.expectNoCspViolations());
afterAll(async () => {
  await browser?.close();
  await test.cleanup();
  await service?.close();
  await Promise.all(pages.map((server) => new Promise((resolve) => server.close(resolve))));
});

/** What the page could read: the browser hides the body of an answer CORS does not allow. */
interface Answer {
  status: number;
  body: string;
}

/** `fetch` run by the page itself, so the browser applies CORS as it would for any page. */
function fetchFrom(page: Page, url: string, init: { method?: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  return page.evaluate(
    async ({ url, init }) => {
      const response = await fetch(url, { ...init, mode: 'cors', credentials: 'omit' });
      return { status: response.status, body: await response.text() };
    },
    { url, init },
  );
}

const graphqlPost = (page: Page, query: string, variables: unknown = {}, headers: Record<string, string> = {}) =>
  fetchFrom(page, `${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });

const CREATE = 'mutation Create($input: EntityInput!) { createEntity(input: $input) { entity { id } } }';
const source = (name: string) => ({ id: test.id(name), kind: 'SOURCE', name: { en: `Source ${name}` } });

describe('a page on another origin', () => {
  it('reads a query answer over POST (after a preflight) and over GET', async () => {
    const post = await graphqlPost(foreign, '{ crcArticle(number: 3) { id } }');
    expect(post.status).toBe(200);
    expect(JSON.parse(post.body)).toMatchObject({ data: { crcArticle: { id: 'crc:art:3' } } });
    const query = encodeURIComponent('{ crcArticle(number: 12) { id } }');
    // Apollo's CSRF protection wants a header no simple request can carry on a GET.
    const get = await fetchFrom(foreign, `${service.url}/graphql?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(JSON.parse(get.body)).toMatchObject({ data: { crcArticle: { id: 'crc:art:12' } } });
  });

  it('reads a GEXF export', async () => {
    const answer = await fetchFrom(foreign, `${service.url}/export/gexf?ids=crc:art:3,crc:art:12`, {});
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<gexf');
    expect(answer.body).toContain('crc:art:12');
  });

  it('is refused a mutation, even with a valid token, and nothing is written', async () => {
    const answer = await graphqlPost(foreign, CREATE, { input: source('foreign') }, editor);
    expect(answer.status).toBe(403);
    const body = JSON.parse(answer.body) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'origin' });
    const check = await service.post(JSON.stringify({ query: `{ node(id: "${test.id('foreign')}") { id } }` }));
    expect(check.json?.data).toEqual({ node: null });
  });

  it('may send a mutation when its origin is on the write list', async () => {
    const answer = await graphqlPost(trusted, CREATE, { input: source('trusted') }, editor);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ data: { createEntity: { entity: { id: test.id('trusted') } } } });
  });
});

describe('the CSP check of the browser helper', () => {
  it('catches a violation', async () => {
    const page = await browser.context.newPage();
    await page.route('http://127.0.0.1:1/csp-probe', (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html', 'content-security-policy': "script-src 'self'" },
        body: '<!doctype html><html lang="en"><head><title>probe</title><script>document.title = "ran"</script></head><body></body></html>',
      }),
    );
    await page.goto('http://127.0.0.1:1/csp-probe');
    await expect.poll(() => browser.cspViolations.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(() => browser.expectNoCspViolations()).toThrow(/Content-Security-Policy/);
    expect(await page.title()).toBe('probe');
    await page.close();
  });
});
