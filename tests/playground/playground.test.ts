// End to end in the Microsoft 365 Agents Playground (a local Teams-like client): the real bot
// (src/server/main.ts) on loopback, the Playground pointed at its /api/messages as channel
// `msteams`, and headless Chromium driving the Playground's UI as a user would.
//
// Nothing leaves loopback: the Playground runs with tests/support/playground-preload.cjs (listens
// on 127.0.0.1, refuses every other connection and DNS look-up), and the browser aborts every
// request to another host (its UI asks a public CDN for Segoe UI fonts and an animation worklet).
//
// Screenshots: test-results/playground/.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';
import { startPlayground, type Playground } from '../support/playground';
import { startServer, type RunningServer } from '../support/server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const IN_CI = /^(1|true)$/i.test(process.env.CI ?? '');
const HAVE_CHROMIUM = fs.existsSync(CHROMIUM);
if (!HAVE_CHROMIUM && !IN_CI) {
  console.warn(`Skipping the Agents Playground end-to-end test: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH). With CI=true it runs and fails instead.`);
}
const describeWithBrowser = HAVE_CHROMIUM || IN_CI ? describe : describe.skip;

const SHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'playground');
const UI_TIMEOUT = 30_000;
const QUESTION = 'What does Manaus offer migrants in health?';
const MANAUS_HEALTH_TITLE = "City of Manaus (2023) · Migrants' rights · Well-developed area 1";

/** What the browser asked for, by where it went. */
interface Network {
  readonly loopback: string[];
  /** Requests to other hosts: each must be aborted here, never answered. */
  readonly aborted: string[];
  /** Non-loopback requests that got a response or finished: must stay empty. */
  readonly leaked: string[];
  /** Non-loopback requests that failed as aborted (net::ERR_BLOCKED_BY_CLIENT / ERR_FAILED). */
  readonly failedAsAborted: string[];
  readonly webSockets: string[];
  readonly abortedWebSockets: string[];
}

function isLoopbackHost(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]' || hostname === '::1';
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** data:, blob: and about: URLs never touch the network. */
function isNetworkUrl(url: string): boolean {
  return /^(https?|wss?):/i.test(url);
}

describeWithBrowser('Agents Playground (Teams channel) driving the real bot', () => {
  let bot: RunningServer | undefined;
  let playground: Playground | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  const network: Network = { loopback: [], aborted: [], leaked: [], failedAsAborted: [], webSockets: [], abortedWebSockets: [] };
  const pageErrors: string[] = [];

  const shot = async (name: string): Promise<void> => {
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  };

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI=true and no Chromium at ${CHROMIUM}: this test must run in CI`);
    fs.mkdirSync(SHOTS, { recursive: true });

    bot = await startServer();
    // The server reports http://localhost:<port>; it listens on 127.0.0.1 only.
    const messagesUrl = `${bot.url.replace('//localhost:', '//127.0.0.1:')}/api/messages`;
    playground = await startPlayground(messagesUrl);

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        // Belt and braces for the browser's own traffic (page.route only sees the page's): no name resolves.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      ],
    });
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: 'block', locale: 'en-US' });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (isLoopbackHost(hostOf(url))) {
        network.loopback.push(url);
        await route.continue();
      } else {
        network.aborted.push(url);
        await route.abort('blockedbyclient');
      }
    });
    await context.routeWebSocket((url) => !isLoopbackHost(url.hostname), (ws) => {
      network.abortedWebSockets.push(ws.url());
      void ws.close({ code: 1008, reason: 'only loopback in tests' });
    });
    context.on('response', (response) => {
      if (isNetworkUrl(response.url()) && !isLoopbackHost(hostOf(response.url()))) network.leaked.push(`response ${response.status()} ${response.url()}`);
    });
    context.on('requestfinished', (request) => {
      if (isNetworkUrl(request.url()) && !isLoopbackHost(hostOf(request.url()))) network.leaked.push(`finished ${request.url()}`);
    });
    context.on('requestfailed', (request) => {
      if (isNetworkUrl(request.url()) && !isLoopbackHost(hostOf(request.url()))) network.failedAsAborted.push(`${request.failure()?.errorText} ${request.url()}`);
    });

    page = await context.newPage();
    page.on('websocket', (ws) => network.webSockets.push(ws.url()));
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(playground.url, { waitUntil: 'domcontentloaded', timeout: UI_TIMEOUT });
    await page.locator('div[role=textbox]').waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    // The Playground sends installationUpdate + conversationUpdate; the bot greets once per conversation.
    await page.locator('.fai-OutputCard').filter({ hasText: 'Migration Governance Indicators' }).first().waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    await shot('01-welcome');
  }, 90_000);

  afterAll(async () => {
    // Each step runs whatever failed before it: no browser, Playground or bot is left behind.
    try {
      if (context && page && !page.isClosed()) await shot('99-last').catch(() => undefined);
      await browser?.close();
    } finally {
      try {
        if (playground) {
          const refused = playground.refused();
          console.log(`Agents Playground refused ${refused.length} non-loopback attempt(s): ${[...new Set(refused)].join('; ') || 'none'}. Browser aborted ${network.aborted.length} request(s) to ${[...new Set(network.aborted.map(hostOf))].join(', ') || 'no host'}.`);
          await playground.stop();
        }
      } finally {
        await bot?.close();
      }
    }
  }, 30_000);

  test('a question typed in the chat gets the cited answer and its card', async () => {
    const box = page.locator('div[role=textbox]');
    await box.click();
    await box.fill(QUESTION);
    await page.getByRole('button', { name: 'Send Message' }).click();

    // The answer: text whose [n] markers the Playground turns into citation buttons (a.fai-Citation),
    // from the schema.org Message entity; then the Adaptive Card with the quoted finding.
    const answer = page.locator('.fai-OutputCard').filter({ hasText: "Migrants' rights" }).filter({ has: page.locator('a.fai-Citation') }).first();
    await answer.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    const card = page.locator('.fai-OutputCard').filter({ hasText: '288 Basic Health Units' }).first();
    await card.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    await shot('02-answer');

    const answerText = await answer.innerText();
    expect(answerText).toContain("Migrants' rights");
    expect(answerText).not.toMatch(/\[\d+\]/); // every marker was matched to a citation
    const markers = answer.locator('a.fai-Citation');
    expect(await markers.count()).toBeGreaterThanOrEqual(1);
    expect((await markers.first().innerText()).trim()).toBe('1');
    expect(await card.innerText()).toContain('The Manaus Health Secretariat provides free primary health care services to all migrants through 288 Basic Health Units');

    // Hovering marker 1 shows the citation: its name, abstract and link to the source.
    await markers.first().hover();
    const citation = page.locator('[role=dialog]').filter({ hasText: MANAUS_HEALTH_TITLE }).first();
    await citation.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await citation.innerText()).toContain('The Manaus Health Secretariat provides free primary health care');
    expect(await citation.locator('a[href*="/sources/manaus-2023/migrants-rights/developed-1"]').count()).toBe(1);
    await shot('03-citation');
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await citation.waitFor({ state: 'hidden', timeout: 10_000 });
  });

  test('a message-extension search reaches the bot and returns the Manaus health finding', async () => {
    // Compose box "+" → "Search Command", with the command id and parameter name of the manifest.
    await page.getByRole('button', { name: 'Trigger Message Extension App' }).click();
    await page.getByRole('menuitem', { name: 'Search Command' }).click();
    await page.getByRole('button', { name: 'Specify Command ID or Parameter' }).click();
    await page.getByPlaceholder('Command ID', { exact: true }).fill('searchMgi');
    await page.getByPlaceholder('Parameter name', { exact: true }).fill('query');

    const invoked: Promise<Response> = page.waitForResponse(
      (response) => response.url().endsWith('/_conversation/v1/invoke') && response.request().method() === 'POST' && /"health"/.test(response.request().postData() ?? ''),
      { timeout: UI_TIMEOUT },
    );
    await page.getByPlaceholder('Enter a search term').fill('health');
    const response = await invoked;

    // What the Playground's UI sent (it forwards it to the bot as an invoke activity) ...
    const sent = response.request().postDataJSON() as { name: string; value: { commandId: string; parameters: Array<{ name: string; value: string }> } };
    expect(sent.name).toBe('composeExtension/query');
    expect(sent.value.commandId).toBe('searchMgi');
    expect(sent.value.parameters).toEqual([{ name: 'query', value: 'health' }]);
    // ... and what came back from the bot through the Playground.
    expect(response.status()).toBe(200);
    const body = (await response.json()) as {
      composeExtension: { type: string; attachmentLayout: string; attachments: Array<{ contentType: string; preview: { content: { title: string; text: string; tap?: unknown } } }> };
    };
    expect(body.composeExtension).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    const [first] = body.composeExtension.attachments;
    expect(first!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(first!.preview.content.title).toBe(MANAUS_HEALTH_TITLE);
    expect(first!.preview.content.text).toMatch(/^The Manaus Health Secretariat/);

    // The Playground 0.2.28 does not list results whose preview has a `tap` action: its search saga
    // logs "Search-based message extension tap action is not supported yet" and shows its generic
    // "Unable to reach app. Please try again." instead of the list. The bot's results carry
    // `tap: { type: 'invoke' }` on purpose (Teams sends composeExtension/selectItem on it), so the
    // list cannot show here; this asserts that exact limitation. If a later Playground lists them,
    // this fails: then assert the rendered list (text "Manaus Health Secretariat") instead.
    const popover = page.locator('[data-popper-placement]').filter({ hasText: 'Search-Based Message Extension' }).first();
    const tapWarning = page.getByText('Search-based message extension tap action is not supported yet', { exact: false }).first();
    await tapWarning.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    await popover.getByText('Unable to reach app. Please try again.').waitFor({ state: 'visible', timeout: UI_TIMEOUT });
    expect(first!.preview.content.tap).toMatchObject({ type: 'invoke' });
    expect(await popover.getByText('Manaus Health Secretariat', { exact: false }).count()).toBe(0);
    await shot('04-search');
    await popover.getByRole('button', { name: 'Close' }).click();
    await popover.waitFor({ state: 'hidden', timeout: 10_000 });
  });

  test('nothing reached a host other than loopback, and the refusals broke nothing', () => {
    // Every browser request to another host was aborted here and failed; none was answered.
    expect(network.leaked).toEqual([]);
    expect(network.failedAsAborted.length).toBe(network.aborted.length);
    for (const failure of network.failedAsAborted) expect(failure).toMatch(/^net::ERR_(BLOCKED_BY_CLIENT|FAILED|ABORTED)\b/);
    expect(network.abortedWebSockets).toEqual([]);
    expect(network.webSockets.length).toBeGreaterThan(0); // the UI's conversation and log streams
    for (const ws of network.webSockets) expect(isLoopbackHost(hostOf(ws))).toBe(true);
    expect(network.loopback.length).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);

    // With statsbeat off the Playground itself tries no host off the machine (the guard would refuse it).
    expect(playground!.refused()).toEqual([]);
    expect(playground!.exited()).toBe(false);
    expect(playground!.output()).not.toMatch(/uncaught|unhandled/i);
  });
});
