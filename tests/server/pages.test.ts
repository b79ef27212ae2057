// The pages as HTTP resources: security headers with a fresh nonce, static assets served from
// the app (no CDN), and in production mode no secret anywhere in what the browser gets.
import { startServer, type RunningServer } from '../support/server';

describe('Pages in local mode', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => server.close());

  test('the home page carries a nonce-based CSP, a fresh nonce each time, used by its scripts', async () => {
    const first = await fetch(`${server.url}/?lang=en`);
    const second = await fetch(`${server.url}/?lang=en`);
    const csp = first.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(second.headers.get('content-security-policy')).not.toContain(nonce!);
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    const page = await first.text();
    expect(page).toContain(`<script src="/static/webchat.js" nonce="${nonce}"></script>`);
    expect(page).not.toMatch(/<script(?![^>]*nonce=)[^>]*>/);
    expect(page).not.toMatch(/https?:\/\/(?!localhost|127\.0\.0\.1)[a-z0-9.-]+\.[a-z]{2,}\/[^"]*\.(js|css|woff2?)/i);
  });

  test('the Web Chat bundle, teams-js and the embed script are served by the app', async () => {
    for (const path of ['/static/webchat.js', '/static/teams.js', '/embed.js', '/static/site.css']) {
      const response = await fetch(`${server.url}${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      await response.arrayBuffer();
    }
  });

  test('nothing else is reachable under /static', async () => {
    for (const path of ['/static/..%2Fpackage.json', '/static/.env', '/static/config.ts']) {
      expect((await fetch(`${server.url}${path}`)).status).toBe(404);
    }
  });
});

describe('Pages in production mode (Azure Direct Line)', () => {
  test('neither the page nor the token answer contains the Direct Line secret; the page may connect to Azure', async () => {
    const secret = 'production-secret-never-in-a-page';
    const server = await startServer({ DIRECT_LINE_SECRET: secret, DIRECT_LINE_ENDPOINT: 'http://127.0.0.1:9' });
    try {
      const home = await fetch(`${server.url}/?lang=fr`);
      expect(await home.text()).not.toContain(secret);
      expect(home.headers.get('content-security-policy')).toContain('connect-src \'self\' http://127.0.0.1:9');
      const token = await fetch(`${server.url}/api/directline/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      expect(await token.text()).not.toContain(secret);
    } finally {
      await server.close();
    }
  });
});
