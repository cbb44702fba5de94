import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { TestBrowser } from './browser.js';

/**
 * A page of the explorer for a browser test: its errors and any request leaving the service are
 * recorded (the page must work offline), and a few reads of its state, evaluated in the page. The
 * explorer exposes its Cytoscape instance as `window.explorer.cy`.
 */
export interface ExplorerPage {
  page: Page;
  errors: string[];
  foreign: string[];
  /** The ids of the nodes drawn, not filtered out and not left behind by a date step. */
  visibleNodes: () => Promise<string[]>;
  /** Waits until the graph has been drawn for this day (`''` for all time) and is not busy. */
  drawn: (asOf?: string) => Promise<void>;
}

interface ExplorerWindow {
  explorer: {
    cy: {
      nodes(selector?: string): {
        filter(f: (n: { hasClass(c: string): boolean }) => boolean): { map(f: (n: { id(): string }) => string): string[] };
      };
    };
  };
}

interface PageDocument {
  document: {
    querySelector(selector: string): { getAttribute(name: string): string | null; dataset: Record<string, string | undefined> } | null;
  };
}

export async function openExplorerPage(browser: TestBrowser, origin: string): Promise<ExplorerPage> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const visibleNodes = () =>
    page.evaluate(() =>
      (globalThis as unknown as ExplorerWindow).explorer.cy
        .nodes(':visible')
        .filter((node) => !node.hasClass('left'))
        .map((node) => node.id())
        .sort(),
    );
  const drawn = async (asOf = '') => {
    await expect
      .poll(() =>
        page.evaluate(() => {
          const graph = (globalThis as unknown as PageDocument).document.querySelector('#graph');
          return graph && graph.getAttribute('aria-busy') === null ? (graph.dataset['asOf'] ?? null) : null;
        }),
      )
      .toBe(asOf);
  };
  return { page, errors, foreign, visibleNodes, drawn };
}
