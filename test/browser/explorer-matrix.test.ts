import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser, type TestBrowser } from '../support/browser.js';
import { openExplorerPage, type ExplorerPage } from '../support/explorer-page.js';
import { startService, type TestService } from '../support/service.js';

/** The explorer's landing view: the Convention's coverage as a matrix, its cells, its CSV. */
let service: TestService;
let browser: TestBrowser;
let explorer: ExplorerPage;

beforeAll(async () => {
  service = await startService();
  browser = await startBrowser();
  explorer = await openExplorerPage(browser, new URL(service.url).origin);
});
afterEach(() => browser.expectNoCspViolations());
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('the coverage matrix', () => {
  it('opens on the 54 CRC articles grouped by cluster, each cell coloured by its strongest basis', async () => {
    const { page } = explorer;
    const started = Date.now();
    await page.goto(`${service.url}/explore`);
    await page.locator('#matrix-table').waitFor();
    // A printed figure, not an assertion: the machine is shared and its load varies.
    console.log(`explorer: the matrix appeared ${Date.now() - started} ms after navigation`);

    await expect.poll(() => page.locator('#matrix-table tr[data-article]').count()).toBe(54);
    expect(await page.locator('#matrix-table caption').textContent()).toMatch(/^54 CRC articles, \d+ implemented/);
    const clusters = await page.locator('#matrix-table tr.cluster').allTextContents();
    expect(clusters).toContain('General principles');
    // Article 2 (non-discrimination) is implemented by the Constitution on its own text.
    const constitution = page.locator('tr[data-article="crc:art:2"] button.cell[data-instrument="kz:const:1995"]');
    expect(await constitution.getAttribute('data-basis')).toBe('OFFICIAL');
    // An article nothing implements is marked as a gap, not left blank.
    expect(await page.locator('tr.gap').count()).toBeGreaterThan(0);
    expect(await page.locator('tr.gap button.cell').count()).toBe(0);
    // Article 42 is a recorded gap (the sources searched name nothing), not an unresearched one.
    await expect.poll(() => page.locator('tr.gap[data-article="crc:art:42"] .gap-mark').textContent()).toBe(' gap (recorded)');
    await page.screenshot({ path: 'docs/explorer-matrix.png' });
  });

  it("lists a cell's links with their sources and claims, and opens them in the graph", async () => {
    const { page, visibleNodes } = explorer;
    await page.locator('tr[data-article="crc:art:28"] button.cell[data-instrument="kz:law:education"]').click();
    const links = page.locator('#panel ol.links > li');
    await expect.poll(() => links.count()).toBeGreaterThan(0);
    expect(await page.locator('#panel h2').textContent()).toContain('Art. 28');
    // Sources with addresses, as links only when they are http(s).
    const hrefs = await page
      .locator('#panel ol.links .sources a')
      .evaluateAll((anchors) =>
        anchors.map((a) => (a as unknown as { getAttribute(name: string): string | null }).getAttribute('href') ?? ''),
      );
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);

    await page.click('#open-cell');
    await expect.poll(visibleNodes).toEqual(expect.arrayContaining(['crc:art:28', 'kz:law:education']));
    expect(new URL(page.url()).searchParams.get('view')).toBe('graph');
    await page.goBack();
    await expect.poll(() => page.locator('#matrix-view').isVisible()).toBe(true);
  });

  it('redraws as of a day, and hides links of a basis filtered out', async () => {
    const { page } = explorer;
    await page.fill('#date', '2007-07-26');
    await page.locator('#date').dispatchEvent('change');
    await expect.poll(() => page.locator('#matrix').getAttribute('data-as-of')).toBe('2007-07-26');
    // The Law on Education was adopted the next day: the day before, it implements nothing.
    expect(await page.locator('button.cell[data-instrument="kz:law:education"]').count()).toBe(0);

    // The 2026 Constitution enters into force on 1 July 2026: a year's step on the slider brings it in.
    for (const [year, cells] of [
      ['2025', 0],
      ['2026', 1],
    ] as const) {
      await page.locator('#year').fill(year);
      await page.locator('#year').dispatchEvent('change');
      await expect.poll(() => page.locator('#matrix').getAttribute('data-as-of')).toBe(`${year}-12-31`);
      const count = await page.locator('button.cell[data-instrument="kz:const:2026"]').count();
      expect(Math.min(count, 1)).toBe(cells);
    }

    await page.click('#all-time');
    await page.locator('#filters summary').click();
    await page.locator('#filter-bases input[value="OFFICIAL"]').uncheck();
    await expect.poll(() => page.locator('button.cell[data-basis="OFFICIAL"]').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('hideBases')).toBe('OFFICIAL');
    await page.locator('#filter-bases input[value="OFFICIAL"]').check();
    await expect.poll(() => page.locator('button.cell[data-basis="OFFICIAL"]').count()).toBeGreaterThan(0);
  });

  it('downloads the matrix as CSV, one row per article', async () => {
    const { page } = explorer;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#matrix-csv')]);
    const text = await readFile((await download.path()) ?? '', 'utf8');
    const rows = text.split('\r\n');
    expect(rows).toHaveLength(55);
    expect(rows[0]).toContain('"CRC article"');
    expect(text).toContain('"OFFICIAL"');
  });

  it('ran without page errors and without a request leaving the service', () => {
    expect(explorer.errors.filter((error) => !/wheel sensitivity/.test(error))).toEqual([]);
    expect(explorer.foreign).toEqual([]);
  });
});
