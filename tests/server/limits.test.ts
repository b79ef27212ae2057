// Limits and failures: floods get a 429 with Retry-After (per conversation on /api/messages,
// per client on the public doors), and a turn that fails or hangs gets an apology in the user's
// language with a reference id that the log carries too, never a stack trace.
import { Writable } from 'node:stream';
import { freePort, messageActivity, postJson, startChannel, type Channel } from '../support/channel';
import { startServer } from '../support/server';

let channel: Channel;
beforeAll(async () => {
  channel = await startChannel();
});
afterAll(async () => channel.close());
beforeEach(() => {
  channel.received.length = 0;
});

function logSink(): { stream: Writable; lines: () => Array<Record<string, unknown>> } {
  const chunks: string[] = [];
  return {
    stream: new Writable({ write: (chunk, _encoding, done) => (chunks.push(String(chunk)), done()) }),
    lines: () => chunks.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('Rate limits', () => {
  test('one conversation flooding /api/messages gets 429 with Retry-After; another conversation still gets answers', async () => {
    const server = await startServer({ RATE_LIMIT_CONVERSATION_PER_MINUTE: '3' });
    try {
      const flood = () => messageActivity(channel.serviceUrl, 'hello', { conversation: { id: 'flooding' } });
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await postJson(`${server.url}/api/messages`, flood())).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const limited = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(flood()) });
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await limited.json()).toMatchObject({ error: 'too_many_requests' });
      expect((await postJson(`${server.url}/api/messages`, messageActivity(channel.serviceUrl, 'hello', { conversation: { id: 'calm' } }))).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  test('one client flooding /api/ask gets 429; the bot’s own door is not limited by address', async () => {
    const server = await startServer({ RATE_LIMIT_CLIENT_PER_MINUTE: '2' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${server.url}/api/ask?q=health`)).status);
      expect(statuses).toEqual([200, 200, 429]);
      // Same address, many conversations: Bot Service traffic shares addresses.
      for (let i = 0; i < 4; i++) {
        expect((await postJson(`${server.url}/api/messages`, messageActivity(channel.serviceUrl, 'hello', { conversation: { id: `shared-${i}` } }))).status).toBe(200);
      }
    } finally {
      await server.close();
    }
  });
});

describe('Failing well', () => {
  test('a turn that cannot reach its storage is abandoned after the timeout with an apology in French and a reference the log has', async () => {
    const deadStorage = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${Buffer.from('k').toString('base64')};BlobEndpoint=http://127.0.0.1:${await freePort()}/devstoreaccount1;`;
    const logs = logSink();
    const server = await startServer({ AZURE_STORAGE_CONNECTION_STRING: deadStorage, TURN_TIMEOUT_SECONDS: '1' }, logs.stream);
    try {
      const started = Date.now();
      const response = await postJson(`${server.url}/api/messages`, messageActivity(channel.serviceUrl, "Qu'offre Manaus aux migrants en matière de santé ?", { locale: 'fr-FR' }));
      expect(response.status).toBeLessThan(500);
      expect(Date.now() - started).toBeLessThan(5000);
      const [apology] = await channel.waitFor(1);
      const text = String(apology!.body.text);
      expect(text).toMatch(/^Désolé, une erreur s’est produite de mon côté \(référence [0-9a-f]{8}\)/);
      expect(text).not.toMatch(/Error|at \w|node_modules|127\.0\.0\.1/);
      const reference = /référence ([0-9a-f]{8})/.exec(text)![1];
      expect(logs.lines().find((line) => line.event === 'turn-error')).toMatchObject({ reference, level: 50 });
    } finally {
      await server.close();
    }
  });
});
