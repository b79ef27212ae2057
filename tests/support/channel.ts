// A fake Bot Framework channel: a local HTTP (or HTTPS) server standing in for the connector service
// (`serviceUrl`), recording every activity the bot sends, plus helpers to post to the bot.
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';

export interface ReceivedActivity {
  readonly path: string;
  readonly body: Record<string, unknown> & { type?: string; text?: string; locale?: string; entities?: Array<Record<string, unknown>> };
  /** The Authorization header the bot sent with it, if any. */
  readonly authorization?: string;
}

export interface ChannelOptions {
  /** Serve over https with this key and certificate (the bot must trust their CA). */
  readonly tls?: { readonly key: string; readonly cert: string };
}

export interface Channel {
  readonly serviceUrl: string;
  readonly received: ReceivedActivity[];
  /** Resolves when at least `count` activities of `type` have arrived. */
  waitFor(count: number, type?: string, timeoutMs?: number): Promise<ReceivedActivity[]>;
  close(): Promise<void>;
}

export async function startChannel(options: ChannelOptions = {}): Promise<Channel> {
  const received: ReceivedActivity[] = [];
  const handle: http.RequestListener = (req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const body = raw ? (JSON.parse(raw) as ReceivedActivity['body']) : {};
      received.push({ path: req.url ?? '', body, authorization: req.headers.authorization });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${received.length}` }));
    });
  };
  const server = options.tls ? https.createServer(options.tls, handle) : http.createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    received,
    async waitFor(count, type = 'message', timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const matching = received.filter((r) => r.body.type === type);
        if (matching.length >= count) return matching;
        if (Date.now() > deadline) throw new Error(`expected ${count} ${type} activities, got ${matching.length}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let sequence = 0;

/** A message activity as a channel would POST it to /api/messages. */
export function messageActivity(serviceUrl: string, text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sequence++;
  return {
    type: 'message',
    id: `activity-${sequence}`,
    timestamp: new Date().toISOString(),
    channelId: 'emulator',
    serviceUrl,
    from: { id: 'user-1', name: 'Ana' },
    recipient: { id: 'mgi-bot', name: 'MGI' },
    conversation: { id: `conversation-${sequence}` },
    text,
    locale: 'en-US',
    ...overrides,
  };
}

export async function postJson(url: string, body: unknown): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, text: await response.text() };
}
