// The server as a process: it drains on SIGTERM (turns in flight finish, then exit 0), and no
// secret appears in any response or in the whole log of a run that exercises every door.
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { freePort, messageActivity, postJson, startChannel } from '../support/channel';
import { ensureBuilt } from '../support/botProcess';
import { guardEnvironment } from '../support/networkGuardRun.cjs';

jest.setTimeout(60_000);
const MAIN = path.resolve(__dirname, '../../dist/src/server/main.js');

interface Spawned {
  readonly url: string;
  /** Everything written on stdout and stderr so far. */
  output(): string;
  signal(signal: NodeJS.Signals): void;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function spawnServer(env: Record<string, string>): Promise<Spawned> {
  await ensureBuilt();
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', ...guardEnvironment(), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'debug', RATE_LIMIT_CLIENT_PER_MINUTE: '0', RATE_LIMIT_CONVERSATION_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ready = await fetch(`${url}/healthz`).then((r) => r.ok).catch(() => false);
    if (ready) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  afterAllKill.push(() => child.kill('SIGKILL'));
  return { url, output: () => output, signal: (s) => child.kill(s), exited };
}

const afterAllKill: Array<() => void> = [];
afterAll(() => afterAllKill.forEach((kill) => kill()));

test('SIGTERM lets the turn in flight finish, refuses new work, and exits 0', async () => {
  // A slow channel: the bot's reply takes 1.5 s to be accepted, so the turn is in flight.
  const replies: string[] = [];
  const slowChannel = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () =>
      setTimeout(() => {
        replies.push(body);
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"id":"r1"}');
      }, 1500),
    );
  });
  await new Promise<void>((resolve) => slowChannel.listen(0, '127.0.0.1', resolve));
  try {
    const server = await spawnServer({});
    const serviceUrl = `http://127.0.0.1:${(slowChannel.address() as AddressInfo).port}`;
    const inFlight = postJson(`${server.url}/api/messages`, messageActivity(serviceUrl, 'What does Manaus offer migrants in health?'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    server.signal('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const late = await fetch(`${server.url}/healthz`).then((r) => r.status).catch(() => 'refused');
    expect([503, 'refused']).toContain(late);
    expect((await inFlight).status).toBe(200);
    expect(replies.join('')).toContain('288 Basic Health Units');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain('"event":"stopped"');
  } finally {
    await new Promise<void>((resolve) => slowChannel.close(() => resolve()));
  }
});

test('no secret appears in a response or in the log of a run through every door', async () => {
  const secrets = {
    MicrosoftAppPassword: 'app-password-Q7x2-never-log-me',
    DIRECT_LINE_SECRET: 'direct-line-secret-Z9k4-never-log-me',
    DIRECT_LINE_TOKEN_SECRET: 'token-signing-secret-M3p8-never-log-me-0123456789',
    storageKey: Buffer.from('storage-account-key-never-log-me').toString('base64'),
  };
  // A stub of Azure Direct Line's token service, on loopback.
  const azure = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ token: 'azure-issued-token', conversationId: 'azure-conversation', expires_in: 3600 }));
  });
  await new Promise<void>((resolve) => azure.listen(0, '127.0.0.1', resolve));
  const channel = await startChannel();
  try {
    const server = await spawnServer({
      MicrosoftAppId: '8f7d1c3e-6b2a-4d0e-9a51-2c4b7e9d0f13',
      MicrosoftAppPassword: secrets.MicrosoftAppPassword,
      DIRECT_LINE_SECRET: secrets.DIRECT_LINE_SECRET,
      DIRECT_LINE_ENDPOINT: `http://127.0.0.1:${(azure.address() as AddressInfo).port}`,
      LOCAL_DIRECT_LINE: 'on',
      DIRECT_LINE_TOKEN_SECRET: secrets.DIRECT_LINE_TOKEN_SECRET,
      // Storage that is down: turns fail, and their errors are logged too.
      AZURE_STORAGE_CONNECTION_STRING: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${secrets.storageKey};BlobEndpoint=http://127.0.0.1:${await freePort()}/devstoreaccount1;`,
      TURN_TIMEOUT_SECONDS: '2',
    });
    const bodies: string[] = [];
    const keep = async (response: Promise<Response>): Promise<Response> => {
      const r = await response;
      bodies.push(await r.clone().text());
      return r;
    };
    await keep(fetch(`${server.url}/?lang=fr`));
    await keep(fetch(`${server.url}/sources/mgi/partnerships`));
    await keep(fetch(`${server.url}/api/ask?q=health`));
    await keep(fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(messageActivity('https://smba.trafficmanager.net/emea/', 'hello')) }));
    await keep(fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer forged' }, body: JSON.stringify(messageActivity('https://smba.trafficmanager.net/emea/', 'hello')) }));
    await keep(fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }));
    await keep(fetch(`${server.url}/api/directline/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }));
    // The local Direct Line, on: a conversation whose turn fails on the storage.
    const local = await keep(fetch(`${server.url}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: 'Bearer not-a-token' } }));
    expect(local.status).toBe(401);
    server.signal('SIGTERM');
    await server.exited;

    // Anonymous, so turns run: they fail on the storage that is down, and log why.
    const anonymous = await spawnServer({
      DIRECT_LINE_TOKEN_SECRET: secrets.DIRECT_LINE_TOKEN_SECRET,
      AZURE_STORAGE_CONNECTION_STRING: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${secrets.storageKey};BlobEndpoint=http://127.0.0.1:${await freePort()}/devstoreaccount1;`,
      TURN_TIMEOUT_SECONDS: '2',
    });
    await keep(postJson(`${anonymous.url}/api/messages`, messageActivity(channel.serviceUrl, 'What does Manaus offer migrants in health?')).then((r) => new Response(r.text, { status: r.status })));
    const session = (await (await keep(fetch(`${anonymous.url}/api/directline/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }))).json()) as { token: string };
    const conversation = (await (await keep(fetch(`${anonymous.url}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${session.token}` } }))).json()) as { conversationId: string };
    await keep(
      fetch(`${anonymous.url}/v3/directline/conversations/${conversation.conversationId}/activities`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'santé', from: { id: 'someone' } }),
      }),
    );
    anonymous.signal('SIGTERM');
    await anonymous.exited;
    expect(anonymous.output()).toContain('"event":"turn-error"');

    const everything = `${bodies.join('\n')}\n${server.output()}\n${anonymous.output()}`;
    expect(server.output().length).toBeGreaterThan(200);
    for (const [name, value] of Object.entries(secrets)) expect({ name, found: everything.includes(value) }).toEqual({ name, found: false });
  } finally {
    await channel.close();
    await new Promise<void>((resolve) => azure.close(() => resolve()));
  }
});
