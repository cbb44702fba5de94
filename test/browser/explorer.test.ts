import { mkdir } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser, type TestBrowser } from '../support/browser.js';
import { LARGE_LAYOUT_MS } from '../support/budgets.js';
import { readGraphml } from '../support/consumers.js';
import { openExplorerPage, type ExplorerPage } from '../support/explorer-page.js';
import { startService, type TestService } from '../support/service.js';

/** The explorer's graph end to end: search and expand, time, filters, shareable URLs, pictures and exports. */
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

interface Cy {
  explorer: { cy: { $id(id: string): { renderedPosition(): { x: number; y: number }; data(key: string): unknown } } };
}

/** Clicks a node where it is drawn on the canvas, as a user would. */
async function clickNode(id: string): Promise<void> {
  const { page } = explorer;
  const position = await page.evaluate((nodeId) => (globalThis as unknown as Cy).explorer.cy.$id(nodeId).renderedPosition(), id);
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('the graph has no box');
  await page.mouse.click(box.x + position.x, box.y + position.y);
}

async function setDate(day: string): Promise<void> {
  await explorer.page.fill('#date', day);
  await explorer.page.locator('#date').dispatchEvent('change');
  await explorer.drawn(day);
}

describe('the explorer graph', () => {
  it('searches, opens a node, expands another and draws them', async () => {
    const { page, visibleNodes } = explorer;
    await page.goto(`${service.url}/explore`);
    await page.click('#views button[data-view="graph"]');
    await page.fill('#search', 'Law on Education');
    const result = page.locator('#results li[data-id="kz:law:education"]');
    await result.waitFor({ state: 'visible' });
    await result.click();
    await explorer.drawn();
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Law "On Education"');
    await expect.poll(() => page.locator('#panel .sources li').count()).toBeGreaterThan(0);
    const opened = (await visibleNodes()).length;
    expect(opened).toBeGreaterThan(1);

    // Article 28 is one link away; expanding it brings the other laws implementing it.
    await clickNode('crc:art:28');
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Education');
    await expect.poll(async () => (await visibleNodes()).length).toBeGreaterThan(opened);
    expect(await visibleNodes()).toContain('kz:law:rights-of-child');
  });

  it('switches every label to Kazakh', async () => {
    const { page } = explorer;
    await page.selectOption('#lang', 'KK');
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as Cy).explorer.cy.$id('kz:law:education').data('label')))
      .toBe('«Білім туралы» Заң');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('KK');
    await page.selectOption('#lang', 'EN');
  });

  it('redraws the graph as of a day on both sides of the 2022 ministry split', async () => {
    const { page, visibleNodes } = explorer;
    await page.goto(`${service.url}/explore?view=graph&expand=area:education&centre=area:education`);
    await explorer.drawn();
    await setDate('2021-12-31');
    expect(await visibleNodes()).toContain('kz:inst:mes');
    expect(await visibleNodes()).not.toContain('kz:inst:ministry-of-enlightenment');
    await setDate('2023-12-31');
    expect(await visibleNodes()).toContain('kz:inst:ministry-of-enlightenment');
    expect(await visibleNodes()).not.toContain('kz:inst:mes');
    // What left is still drawn, faded, and the step says what changed.
    expect(await page.locator('#change').textContent()).toMatch(/\d+ entered, \d+ left/);
    await page.screenshot({ path: 'docs/explorer-time.png' });
  });

  it('plays through the years across the split, marking what changed at each step', async () => {
    const { page, visibleNodes } = explorer;
    await page.goto(`${service.url}/explore?view=graph&expand=area:education&centre=area:education&asOf=2021-12-31`);
    await explorer.drawn('2021-12-31');
    expect(await visibleNodes()).toContain('kz:inst:mes');
    await page.click('#play');
    expect(await page.locator('#play').getAttribute('aria-pressed')).toBe('true');
    // Each step replaces the view's date by the next year's last day, and says what changed.
    await expect.poll(() => page.locator('#graph').getAttribute('data-as-of')).toBe('2022-12-31');
    await expect.poll(() => page.locator('#change').textContent()).toMatch(/^since the last step: \d+ entered, \d+ left$/);
    await expect.poll(() => page.locator('#graph').getAttribute('data-as-of')).toBe('2023-12-31');
    expect(await visibleNodes()).toContain('kz:inst:ministry-of-enlightenment');
    await page.click('#play');
    await expect.poll(() => page.locator('#play').getAttribute('aria-pressed')).toBe('false');
    // A step replaces the history entry: the URL holds the day reached, not one entry per year.
    expect(new URL(page.url()).searchParams.get('asOf')).toMatch(/^20\d\d-12-31$/);
  });

  it('filters remove what they should, and a copied URL restores the same view in a new page', async () => {
    const { page, visibleNodes } = explorer;
    await page.goto(`${service.url}/explore?view=graph&expand=kz:law:education&centre=kz:law:education&asOf=2024-01-01`);
    await explorer.drawn('2024-01-01');
    expect(await visibleNodes()).toContain('crc:art:28');
    await page.locator('#filters summary').click();
    await page.locator('#filter-kinds input[value="PROVISION"]').uncheck();
    await expect.poll(async () => (await visibleNodes()).includes('crc:art:28')).toBe(false);
    expect(await visibleNodes()).toContain('kz:law:education');

    const copied = page.url();
    expect(new URL(copied).searchParams.get('hideKinds')).toBe('PROVISION');
    const other = await openExplorerPage(browser, new URL(service.url).origin);
    await other.page.goto(copied);
    await other.drawn('2024-01-01');
    await expect.poll(other.visibleNodes).toEqual(await visibleNodes());
    expect(await other.page.locator('#filter-kinds input[value="PROVISION"]').isChecked()).toBe(false);
    expect(await other.page.inputValue('#date')).toBe('2024-01-01');
    await other.page.close();

    // Back undoes the filter.
    await page.goBack();
    await expect.poll(async () => (await visibleNodes()).length).toBeGreaterThan(1);
  });

  it('exports honour the date and the filters', async () => {
    const { page, visibleNodes } = explorer;
    await page.locator('#filter-kinds input[value="PROVISION"]').uncheck();
    await expect.poll(async () => (await visibleNodes()).includes('crc:art:28')).toBe(false);
    await page.locator('#filter-kinds input[value="PROVISION"]').check();
    await page.locator('#filter-kinds input[value="LAW"]').uncheck();
    await expect.poll(async () => (await visibleNodes()).includes('kz:law:education')).toBe(false);
    const href = await page.locator('#downloads a[data-format="graphml"]').getAttribute('href');
    const url = new URL(href ?? '', service.url);
    expect(url.searchParams.get('asOf')).toBe('2024-01-01');
    const response = await page.request.get(url.toString());
    expect(response.status()).toBe(200);
    const graph = readGraphml(await response.text());
    expect(graph.order).toBe((await visibleNodes()).length);
    expect(graph.hasNode('kz:law:education')).toBe(false);
    // Gephi Lite is handed the same GEXF export by its address.
    const gephi = new URL((await page.locator('#gephi-lite').getAttribute('href')) ?? '');
    expect(gephi.origin).toBe('https://gephi.org');
    const gexf = new URL(gephi.searchParams.get('file') ?? '');
    expect(gexf.pathname).toBe('/export/gexf');
    expect(gexf.searchParams.get('ids')).toBe(url.searchParams.get('ids'));
    expect(gexf.searchParams.get('asOf')).toBe('2024-01-01');
    await page.locator('#filter-kinds input[value="LAW"]').check();
  });

  it('downloads a PNG of the view drawn by Cytoscape', async () => {
    const { page } = explorer;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#png')]);
    const { readFile } = await import('node:fs/promises');
    const png = await readFile((await download.path()) ?? '');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(20_000);
    expect(download.suggestedFilename()).toBe('explorer-2024-01-01.png');
  });

  it('shows what is on screen as a table, sortable from the keyboard', async () => {
    const { page, visibleNodes } = explorer;
    const onScreen = await visibleNodes();
    await page.click('#views button[data-view="table"]');
    await expect.poll(() => page.locator('#entity-table tbody tr').count()).toBe(onScreen.length);
    expect(new URL(page.url()).searchParams.get('view')).toBe('table');
    const ids = await page
      .locator('#entity-table tbody tr')
      .evaluateAll((rows) => rows.map((row) => (row as unknown as { dataset: { id: string } }).dataset.id));
    expect([...ids].sort()).toEqual(onScreen);

    await page.locator('#entity-table button[data-sort="kind"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#entity-table th:has(button[data-sort="kind"])').getAttribute('aria-sort')).toBe('ascending');
    const kinds = await page.locator('#entity-table tbody td:nth-child(2)').allTextContents();
    expect(kinds).toEqual([...kinds].sort((a, b) => a.localeCompare(b)));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#entity-table th:has(button[data-sort="kind"])').getAttribute('aria-sort')).toBe('descending');

    // The first row after sorting by kind, descending, is not the centre: its details replace the centre's.
    const first = page.locator('#entity-table button.open').first();
    const name = await first.textContent();
    expect(name).not.toBe(await page.locator('#panel h2').textContent());
    await first.press('Enter');
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe(name);
    await page.click('#views button[data-view="graph"]');
    await explorer.drawn('2024-01-01');
  });

  it("draws the paths between two entities, each link's sources one click away", async () => {
    const { page, visibleNodes } = explorer;
    await page.goto(`${service.url}/explore?view=graph&expand=kz:challenge:bride-kidnapping&centre=kz:challenge:bride-kidnapping`);
    await explorer.drawn();
    await page.locator('#panel button.path-from').click();
    await page.fill('#search', 'Rights of the Child in the Republic');
    await page.locator('#results li[data-id="kz:law:rights-of-child"]').click();
    await expect.poll(() => page.locator('#panel h2').textContent()).toContain('Rights of the Child');
    await page.locator('#panel button.path-to').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe('kz:law:rights-of-child');
    await explorer.drawn();
    await expect
      .poll(visibleNodes)
      .toEqual(expect.arrayContaining(['kz:challenge:bride-kidnapping', 'kz:law:rights-of-child', 'crc:art:19']));
    await mkdir('docs', { recursive: true });
    await page.screenshot({ path: 'docs/explorer-paths.png' });
  });

  it(
    'lays out a 500-node view (a printed figure)',
    async () => {
      const { page } = explorer;
      const ms = await page.evaluate(async () => {
        const explorerGlobal = (globalThis as unknown as { explorer: { layoutWholeGraph(limit: number): Promise<number> } }).explorer;
        return explorerGlobal.layoutWholeGraph(500);
      });
      console.log(`explorer: a 500-node view took ${Math.round(ms)} ms to lay out (cose, in Chromium, on this machine)`);
      expect(ms).toBeGreaterThan(0);
    },
    LARGE_LAYOUT_MS,
  );

  it('ran without page errors and without a request leaving the service', () => {
    expect(explorer.errors.filter((error) => !/wheel sensitivity/.test(error))).toEqual([]);
    expect(explorer.foreign).toEqual([]);
  });
});
