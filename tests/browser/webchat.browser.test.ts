// The web page in a real browser: Web Chat answers with citations in both languages, offline,
// the citation opens its source page, the wheel opens the domains, the keyboard alone is enough,
// and axe finds no serious or critical accessibility problem.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserAvailable, launchBrowser, SCREENSHOTS, type GuardedBrowser } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';

const describeInBrowser = browserAvailable ? describe : describe.skip;
jest.setTimeout(60_000);

const SEND_BOX = '[data-id="webchat-sendbox-input"]';
const CITATION = 'a.webchat__render-markdown__pure-identifier';

async function openChat(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator(SEND_BOX).waitFor({ timeout: 30_000 });
  // The welcome arrives first: the conversation is up.
  await page.locator('.webchat__basic-transcript__activity').first().waitFor({ timeout: 15_000 });
}

async function ask(page: Page, question: string, expected: string): Promise<void> {
  await page.locator(SEND_BOX).fill(question);
  await page.locator(SEND_BOX).press('Enter');
  await page.getByText(expected).first().waitFor({ timeout: 15_000 });
}

async function seriousAccessibilityProblems(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) still holds.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  // Page code is given as text: it runs in the browser, not in this (DOM-less) TypeScript program.
  const violations = (await page.evaluate(`axe
    .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })))`)) as Array<{
    id: string;
    impact: string;
    targets: string[];
  }>;
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.targets.join(', ')}`);
}

describeInBrowser('The web chat page, in Chromium', () => {
  let server: RunningServer;
  let browser: GuardedBrowser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('answers the health question in English with its citation, which opens the source page', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await openChat(page, `${server.url}/?lang=en`);
    await ask(page, 'What does Manaus offer migrants in health?', '288 Basic Health Units');
    await page.getByText("City of Manaus, MGI profile (October 2023)").first().waitFor();
    const citation = page.locator(CITATION).first();
    expect(await citation.textContent()).toBe('1');
    expect(await citation.getAttribute('href')).toBe(`${server.url}/sources/manaus-2023/migrants-rights/developed-1`);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'chat-en.png') });
    const [sourcePage] = await Promise.all([page.context().waitForEvent('page'), citation.click()]);
    await sourcePage.waitForLoadState();
    expect(sourcePage.url()).toBe(`${server.url}/sources/manaus-2023/migrants-rights/developed-1`);
    await sourcePage.getByRole('heading', { level: 1 }).filter({ hasText: "Migrants' rights" }).waitFor();
    expect(await sourcePage.locator('blockquote').first().textContent()).toContain('288 Basic Health Units');
    await sourcePage.screenshot({ path: path.join(SCREENSHOTS, 'source-page.png') });
  });

  test('answers the French question in French, cited', async () => {
    const page = await browser.newPage({ locale: 'fr-FR' });
    await openChat(page, `${server.url}/?lang=fr`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await ask(page, "Qu'offre Manaus aux migrants en matière de santé ?", '288 Unités de santé de base');
    await page.getByText('Ville de Manaus, profil IGM (octobre 2023)').first().waitFor();
    expect(await page.locator(CITATION).first().getAttribute('href')).toMatch(/\/sources\/manaus-2023\/migrants-rights\/developed-1$/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'chat-fr.png') });
  });

  test('the page follows the browser’s language when none is asked for', async () => {
    const page = await browser.newPage({ locale: 'fr-FR' });
    await page.goto(`${server.url}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('h1').textContent()).toBe('Interroger les Indicateurs de gouvernance des migrations');
  });

  test('a wheel segment opens the domain page, with its definitions and the profile findings', async () => {
    const page = await browser.newPage({ locale: 'fr-FR' });
    await page.goto(`${server.url}/?lang=fr`);
    await page.locator('.wheel a[data-domain="partnerships"]').click();
    await page.waitForURL(`${server.url}/sources/mgi/partnerships?lang=fr`);
    expect(await page.locator('h1').textContent()).toBe('Partenariats');
    await page.getByText('MigraCidades').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'domain-page.png'), fullPage: true });
  });

  test('works from the keyboard alone: tab to the send box and ask, tab to a wheel segment and open it', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await openChat(page, `${server.url}/?lang=en`);
    const focusIs = async (selector: string): Promise<boolean> => (await page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`)) as boolean;
    for (let i = 0; i < 60 && !(await focusIs(SEND_BOX)); i++) await page.keyboard.press('Tab');
    expect(await focusIs(SEND_BOX)).toBe(true);
    await page.keyboard.type('What could Manaus improve on crises?');
    await page.keyboard.press('Enter');
    await page.getByText('Develop an emergency management framework').first().waitFor({ timeout: 15_000 });

    await page.goto(`${server.url}/?lang=en`);
    for (let i = 0; i < 20 && !(await focusIs('.wheel a')); i++) await page.keyboard.press('Tab');
    expect(await focusIs('.wheel a')).toBe(true);
    const domain = (await page.evaluate(`document.activeElement?.getAttribute('data-domain')`)) as string;
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/sources/mgi/${domain}?lang=en`);
  });

  test('axe finds no serious or critical accessibility problem on the chat, a domain page and a source page', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await openChat(page, `${server.url}/?lang=en`);
    await ask(page, 'What does Manaus offer migrants in health?', '288 Basic Health Units');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.goto(`${server.url}/sources/mgi/well-being?lang=fr`);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.goto(`${server.url}/sources/manaus-2023/safe-migration/potential-2?lang=fr`);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  test('on a phone the wheel and the chat stack and the chat still answers', async () => {
    const page = await browser.newPage({ locale: 'en-US', viewport: { width: 390, height: 844 } });
    await openChat(page, `${server.url}/?lang=en`);
    await ask(page, 'What does the Partnerships domain cover?', 'ratification');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'phone.png'), fullPage: true });
  });

  test('the embed script puts the chat on another site, open and in French', async () => {
    const host = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><head><title>A city site</title></head><body><h1>A city site</h1>
<script src="${server.url}/embed.js" data-lang="fr" data-open="true" async></script></body></html>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    try {
      const page = await browser.newPage({ locale: 'en-US' });
      await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
      const frame = page.frameLocator('iframe[title="Assistant IGM"]');
      await frame.locator(SEND_BOX).waitFor({ timeout: 30_000 });
      await frame.locator(SEND_BOX).fill('Que couvre le domaine Partenariats ?');
      await frame.locator(SEND_BOX).press('Enter');
      await frame.getByText('ratification').first().waitFor({ timeout: 15_000 });
      const button = page.getByRole('button', { name: /Fermer l’assistant IGM/ });
      await button.click();
      expect(await page.locator('iframe[title="Assistant IGM"]').isVisible()).toBe(false);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'embedded.png') });
    } finally {
      await new Promise<void>((resolve) => host.close(() => resolve()));
    }
  });

  test('the Teams tab, opened outside Teams, knows it is in a browser and follows the browser’s language', async () => {
    const page = await browser.newPage({ locale: 'fr-FR' });
    await page.goto(`${server.url}/tab`);
    // teams-js rejects at once on a top-level page; the tab must not wait for it.
    await page.locator('html[data-host="browser"]').waitFor({ state: 'attached', timeout: 5_000 });
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.locator('.wheel a[data-domain="well-being"]').click();
    await page.waitForURL(`${server.url}/sources/mgi/well-being?lang=fr&tab=1`);
    expect(await page.locator('h1').textContent()).toBe('Bien-être des migrants');
  });

  test('no request left the machine', () => {
    expect(browser.outside).toEqual([]);
  });
});
