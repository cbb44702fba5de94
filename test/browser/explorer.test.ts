import { mkdir } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowser, type TestBrowser } from '../support/browser.js';
import { readGraphml } from '../support/consumers.js';
import { startService, type TestService } from '../support/service.js';

/** The explorer end to end: search, open a node, expand another, see it drawn. */
let service: TestService;
let browser: TestBrowser;
let page: Page;
const pageErrors: string[] = [];
const foreignRequests: string[] = [];

beforeAll(async () => {
  service = await startService();
  browser = await startBrowser();
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  // Fully offline: anything not served by the service itself is refused and recorded.
  const origin = new URL(service.url).origin;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
});

// Each test fails on any CSP violation its pages reported.
afterEach(() => browser.expectNoCspViolations());
afterAll(async () => {
  await browser?.close();
  await service?.close();
});

/** Evaluated in the page: the explorer exposes its Cytoscape instance as `window.explorer.cy`. */
interface ExplorerWindow {
  explorer: {
    cy: { nodes(): { length: number }; $id(id: string): { renderedPosition(): { x: number; y: number }; data(key: string): unknown } };
  };
}

/** The little of the DOM the page-side functions use (the tests compile without the DOM library). */
interface PageGlobals {
  document: {
    elementFromPoint(x: number, y: number): { tagName: string; closest(selector: string): unknown } | null;
    querySelectorAll(selector: string): Iterable<{
      width: number;
      height: number;
      getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
    }>;
  };
}

const nodeCount = () => page.evaluate(() => (globalThis as unknown as ExplorerWindow).explorer.cy.nodes().length);

/** Clicks a node where it is drawn on the canvas, as a user would. */
async function clickNode(id: string): Promise<void> {
  const position = await page.evaluate(
    (nodeId) => (globalThis as unknown as ExplorerWindow).explorer.cy.$id(nodeId).renderedPosition(),
    id,
  );
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('the graph has no box');
  await page.mouse.click(box.x + position.x, box.y + position.y);
}

/** True when the node is inside the graph's box and the canvas is what a click there would hit. */
async function visibleAt(id: string): Promise<boolean> {
  const position = await page.evaluate(
    (nodeId) => (globalThis as unknown as ExplorerWindow).explorer.cy.$id(nodeId).renderedPosition(),
    id,
  );
  const box = await page.locator('#graph').boundingBox();
  if (!box || box.width < 200 || box.height < 200) return false;
  if (position.x < 0 || position.y < 0 || position.x > box.width || position.y > box.height) return false;
  return page.evaluate(
    ({ x, y }) => {
      const { document } = globalThis as unknown as PageGlobals;
      const hit = document.elementFromPoint(x, y);
      return hit?.tagName === 'CANVAS' && hit.closest('#graph') !== null;
    },
    { x: box.x + position.x, y: box.y + position.y },
  );
}

/** Pixels the canvas layers actually painted (Cytoscape draws nodes and edges on canvases). */
function paintedPixels(): Promise<number> {
  return page.evaluate(() => {
    let painted = 0;
    const { document } = globalThis as unknown as PageGlobals;
    for (const canvas of document.querySelectorAll('#graph canvas')) {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0 || canvas.height === 0) continue;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted += 1;
    }
    return painted;
  });
}

describe('explorer', () => {
  it('searches, opens a node, expands another and draws them', async () => {
    await page.goto(`${service.url}/explore`);
    await expect.poll(() => page.title()).toContain('Child Rights Graph');

    await page.fill('#search', 'Law on Education');
    const result = page.locator('#results li[data-id="kz:law:education"]');
    await result.waitFor({ state: 'visible' });
    await result.click();

    await page.waitForFunction(() => (globalThis as unknown as ExplorerWindow).explorer.cy.nodes().length > 1);
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Law "On Education"');
    await expect.poll(() => page.locator('#panel .sources li').count()).toBeGreaterThan(0);
    const opened = await nodeCount();
    expect(await page.locator('#status').textContent()).toContain(`${opened} nodes`);

    // Article 28 is one link away; expanding it brings the other laws implementing it.
    await clickNode('crc:art:28');
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Education');
    await expect.poll(nodeCount).toBeGreaterThan(opened);
    expect(await page.evaluate(() => (globalThis as unknown as ExplorerWindow).explorer.cy.$id('kz:law:rights-of-child').data('id'))).toBe(
      'kz:law:rights-of-child',
    );

    // Drawn, not only in the model: the canvases hold painted pixels, and at each node's place
    // on screen the topmost element is the graph's canvas (nothing covers it).
    await expect.poll(paintedPixels).toBeGreaterThan(2_000);
    for (const id of ['kz:law:education', 'crc:art:28', 'kz:law:rights-of-child']) expect(await visibleAt(id)).toBe(true);
    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/explorer.png' });
  });

  it('switches the labels to Kazakh', async () => {
    await page.selectOption('#lang', 'KK');
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as ExplorerWindow).explorer.cy.$id('kz:law:education').data('label')))
      .toBe('«Білім туралы» Заң');
  });

  it('links to downloads of the current view that the service answers', async () => {
    const href = await page.locator('#downloads a[data-format="graphml"]').getAttribute('href');
    expect(href).toMatch(/^\/export\/graphml\?ids=/);
    const response = await page.request.get(new URL(href ?? '', service.url).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toMatch(/attachment; filename=".+\.graphml"/);
    const graph = readGraphml(await response.text());
    expect(graph.order).toBe(await nodeCount());
    expect(graph.getNodeAttribute('kz:law:education', 'label')).toBe('«Білім туралы» Заң');
  });

  it('ran without page errors and without a request leaving the service', () => {
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
