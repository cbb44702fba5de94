import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { graphql } from '../generated/index.js';
import { startBrowser, type TestBrowser } from '../support/browser.js';
import { curator } from '../support/curation.js';
import { startService, type TestService } from '../support/service.js';

/** Names, summaries and notes are stored verbatim; the explorer shows markup in them as text. */
let service: TestService;
let browser: TestBrowser;
let page: Page;
const test = curator();
const pageErrors: string[] = [];

beforeAll(async () => {
  service = await startService();
  test.use(service.db);
  browser = await startBrowser();
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});
afterEach(() => browser.expectNoCspViolations());
afterAll(async () => {
  await browser?.close();
  await test.cleanup();
  await service?.close();
});

const Create = graphql(`
  mutation MarkupCreate($input: EntityInput!) {
    createEntity(input: $input) {
      version
    }
  }
`);

const NAME = '<img src=x onerror="globalThis.injected=1">Helpline <b>150</b>';
const SUMMARY = '<script>globalThis.injected=2</script>A summary';

it('shows a name, summary and note written as markup as text, and runs none of it', async () => {
  const id = test.id('markup');
  const input = { id, kind: 'PROGRAM' as const, name: { en: NAME }, summary: { en: SUMMARY }, note: NAME, sources: ['src:seed-paper'] };
  expect((await service.query(Create, { input }, await test.bearer('editor'))).body.errors).toBeUndefined();

  await page.goto(`${service.url}/explore?id=${encodeURIComponent(id)}`);
  await expect.poll(() => page.locator('#panel h2').textContent()).toBe(NAME);
  expect(await page.locator('#panel .summary').textContent()).toBe(SUMMARY);
  expect(await page.locator('#panel .note').textContent()).toBe(NAME);
  // Text, not elements: no image, bold or script came out of the stored values.
  expect(await page.locator('#panel img, #panel b, #panel script').count()).toBe(0);
  expect(await page.evaluate(() => (globalThis as { injected?: number }).injected)).toBeUndefined();
  expect(pageErrors).toEqual([]);
});
