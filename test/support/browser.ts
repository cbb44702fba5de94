import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export interface TestBrowser {
  context: BrowserContext;
  /** Every Content-Security-Policy violation any page of the context reported so far. */
  cspViolations: string[];
  /** Throws, listing them, when a page broke the CSP: call it after each test (afterEach). */
  expectNoCspViolations(): void;
  /** Closes the browser; throws too when a CSP violation was left unchecked. */
  close(): Promise<void>;
}

/** How Chromium words a CSP refusal in the console ("Refused to apply inline style because it violates the following Content Security Policy directive: ..."). */
const CSP_MESSAGE = /Content Security Policy/i;

/**
 * Debian's Chromium, headless, driven by playwright-core (no downloaded browser), with a fresh
 * profile in a temporary folder that is deleted afterwards. Nothing in the profile talks to the
 * network on its own (no sync, no component updates, no background requests).
 */
export async function startBrowser(): Promise<TestBrowser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'crg-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 800 },
  });
  const cspViolations: string[] = [];
  const unchecked: string[] = [];
  const record = (text: string) => {
    cspViolations.push(text);
    unchecked.push(text);
  };
  // The console message, and the page's own `securitypolicyviolation` event (which also covers
  // report-only policies and violations Chromium does not log), relayed through the console.
  await context.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (event) => {
      console.error('Content Security Policy violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline'));
    });`,
  });
  const watch = (page: Page) =>
    page.on('console', (message) => {
      if (message.type() === 'error' && CSP_MESSAGE.test(message.text())) record(`${page.url()}: ${message.text()}`);
    });
  context.pages().forEach(watch);
  context.on('page', watch);
  const expectNoCspViolations = () => {
    if (unchecked.length === 0) return;
    const found = unchecked.splice(0);
    throw new Error(`The page broke its Content-Security-Policy:\n${found.join('\n')}`);
  };
  return {
    context,
    cspViolations,
    expectNoCspViolations,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
      expectNoCspViolations();
    },
  };
}
