// A fake Bot Framework channel: a local HTTP server standing in for the connector service
// (`serviceUrl`), recording every activity the bot sends, plus helpers to post to the bot.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedActivity {
  readonly path: string;
  readonly body: Record<string, unknown> & { type?: string; text?: string; locale?: string; entities?: Array<Record<string, unknown>> };
}

export interface Channel {
  readonly serviceUrl: string;
  readonly received: ReceivedActivity[];
  /** Resolves when at least `count` activities of `type` have arrived. */
  waitFor(count: number, type?: string, timeoutMs?: number): Promise<ReceivedActivity[]>;
  close(): Promise<void>;
}

export async function startChannel(): Promise<Channel> {
  const received: ReceivedActivity[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const body = raw ? (JSON.parse(raw) as ReceivedActivity['body']) : {};
      received.push({ path: req.url ?? '', body });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}`,
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
