import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser, type TestBrowser } from '../support/browser.js';
import { startService, type TestService } from '../support/service.js';

/**
 * GraphiQL in a real browser: Debian's Chromium (installed by scripts/ensure-system-packages.sh),
 * never a downloaded one. The page opens with the example operations as tabs, runs one, and shows
 * the result, with every request going to the service itself (a CDN request is refused and fails
 * the test).
 */
let service: TestService;
let browser: TestBrowser;
let page: Page;
const elsewhere: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  service = await startService();
  browser = await startBrowser();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await browser.context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(service.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    elsewhere.push(url);
    return route.abort();
  });
});

// Each test fails on any CSP violation its pages reported.
afterEach(() => browser.expectNoCspViolations());
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('GraphiQL at /graphiql', () => {
  it('opens with the example operations as tabs', async () => {
    await page.goto(`${service.url}/graphiql`);
    const tabs = page.locator('.graphiql-tab-button');
    await expect
      .poll(() => tabs.allTextContents(), { timeout: 30_000 })
      .toEqual(
        expect.arrayContaining([
          'WhoImplementsArticle28',
          'WhatALawImplements',
          'SearchInRussian',
          'SearchInKazakh',
          'WhereSourcesDisagree',
        ]),
      );
  });

  it('runs the first example and shows its result', async () => {
    await page.locator('.graphiql-tab-button', { hasText: 'WhoImplementsArticle28' }).click();
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.textContent(), { timeout: 30_000 }).toContain('Education');
    expect(await response.textContent()).toContain('kz:const:1995:art:30');
  });

  it('loaded nothing from anywhere but the service, and threw no error', () => {
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
