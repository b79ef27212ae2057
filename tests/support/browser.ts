// Headless Debian Chromium driven by playwright-core, with every request that would leave the
// machine aborted and recorded: pages under test must work offline, on loopback only.
import { existsSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Browser tests run wherever Chromium is installed, and always in CI (where .ci/run installs it). */
export const browserAvailable = existsSync(CHROMIUM) || process.env.CI === 'true';
if (!browserAvailable) console.warn(`Browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium).`);

export const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');

export interface GuardedBrowser {
  readonly browser: Browser;
  /** A fresh context whose requests may only go to loopback. */
  newPage(options?: { locale?: string; viewport?: { width: number; height: number } }): Promise<Page>;
  /** Requests that tried to leave loopback (all aborted). */
  readonly outside: string[];
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export async function launchBrowser(): Promise<GuardedBrowser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const outside: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    browser,
    outside,
    async newPage(options = {}) {
      const context = await browser.newContext({
        locale: options.locale ?? 'en-US',
        viewport: options.viewport ?? { width: 1280, height: 900 },
      });
      contexts.push(context);
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || LOOPBACK.has(url.hostname)) return route.continue();
        outside.push(url.href);
        return route.abort();
      });
      return context.newPage();
    },
    async close() {
      await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
      await browser.close();
    },
  };
}
