// Anything anyone can send: each row gets a clear answer (a 4xx, or a polite reply) within a
// second, and the server keeps answering /healthz after every one of them.
import { messageActivity } from '../support/channel';
import { useServerAndChannel } from '../support/server';

const running = useServerAndChannel();

interface Row {
  readonly name: string;
  readonly path?: string;
  readonly method?: string;
  readonly contentType?: string;
  readonly body?: () => string;
  readonly status: number;
  /** Checks on the JSON error or on the bot's reply at the channel. */
  readonly error?: string;
  readonly reply?: (text: string) => void;
}

const activity = (overrides: Record<string, unknown>) => (): string => JSON.stringify({ ...messageActivity(running.channel.serviceUrl, 'hello'), ...overrides });
const question = (text: string) => activity({ text });

const ROWS: Row[] = [
  { name: 'a body over 256 KB', body: () => JSON.stringify({ type: 'message', text: 'x'.repeat(300_000) }), status: 413 },
  { name: 'text/plain instead of JSON', contentType: 'text/plain', body: () => 'hello', status: 415, error: 'unsupported_media_type' },
  { name: 'a form body', contentType: 'application/x-www-form-urlencoded', body: () => 'type=message', status: 415 },
  { name: 'invalid JSON', body: () => '{"type":', status: 400 },
  { name: 'an empty body', body: () => '', status: 400 },
  { name: 'a JSON array', body: () => '[]', status: 400, error: 'invalid_activity' },
  { name: 'a JSON string', body: () => '"message"', status: 400, error: 'invalid_activity' },
  { name: '{}', body: () => '{}', status: 400, error: 'invalid_activity' },
  { name: 'a missing type', body: activity({ type: undefined }), status: 400, error: 'invalid_type' },
  { name: 'a type that is not a string', body: activity({ type: 42 }), status: 400, error: 'invalid_type' },
  { name: 'an unknown activity type', body: activity({ type: 'somethingNew' }), status: 200 },
  { name: 'a missing conversation', body: activity({ conversation: undefined }), status: 400, error: 'invalid_conversation' },
  { name: 'an empty conversation id', body: activity({ conversation: { id: '' } }), status: 400, error: 'invalid_conversation' },
  { name: 'a missing serviceUrl (the raw adapter hangs ~12 s)', body: activity({ serviceUrl: undefined }), status: 400, error: 'invalid_service_url' },
  { name: 'a serviceUrl that is not a URL', body: activity({ serviceUrl: 'not a url' }), status: 400, error: 'invalid_service_url' },
  { name: 'a file: serviceUrl', body: activity({ serviceUrl: 'file:///etc/passwd' }), status: 400, error: 'invalid_service_url' },
  { name: 'text that is not a string', body: activity({ text: { nested: true } }), status: 400, error: 'invalid_text' },
  { name: 'deeply nested JSON (100,000 levels)', body: () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`, status: 400 },
  { name: 'deeply nested JSON in a field', body: () => `{"type":"message","value":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`, status: 400 },
  { name: 'GET on /api/messages', method: 'GET', status: 405 },
  { name: 'a question over 2,000 characters', body: question(`What does Manaus offer? ${'please '.repeat(400)}`), status: 200, reply: (t) => expect(t).toMatch(/too long/) },
  { name: 'control characters', body: question('What does Manaus\u0000 offer\u0007 migrants in\u001b health?'), status: 200, reply: (t) => expect(t).toContain('Migrants') },
  { name: 'zero-width and bidi characters inside words', body: question('What does Ma\u200bnaus offer mi\u202egrants in he\u200dalth?'), status: 200, reply: (t) => expect(t).toContain('Migrants') },
  { name: 'emoji', body: question('🏥 What does Manaus offer migrants in health? 🙏'), status: 200, reply: (t) => expect(t).toContain('Migrants') },
  { name: 'right-to-left text', body: question('ماذا تقدم ماناوس للمهاجرين في مجال الصحة؟'), status: 200, reply: (t) => expect(t).toMatch(/I don't know|no MGI profile/) },
  { name: 'HTML and script', body: question('<script>alert(1)</script><img src=x onerror=alert(2)> health in Manaus'), status: 200, reply: (t) => expect(t).not.toMatch(/<script|onerror/) },
  { name: 'markdown injection in a place name', body: question('What does [Evil](http://evil.example) offer migrants in health?'), status: 200, reply: (t) => expect(t).not.toContain('http://evil.example') },
  { name: 'a card value that is not a command', body: activity({ text: undefined, value: { mgi: { command: 'drop tables' } } }), status: 200 },
  { name: 'an invoke the bot does not know', body: activity({ type: 'invoke', name: 'unknown/thing', text: undefined }), status: 501 },
];

describe('Bad input on /api/messages', () => {
  test.each(ROWS.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    running.channel.received.length = 0;
    const started = Date.now();
    const response = await fetch(`${running.server.url}${row.path ?? '/api/messages'}`, {
      method: row.method ?? 'POST',
      headers: row.body ? { 'Content-Type': row.contentType ?? 'application/json' } : {},
      body: row.body?.(),
    });
    const text = await response.text();
    expect({ status: response.status, elapsedUnder1s: Date.now() - started < 1000 }).toEqual({ status: row.status, elapsedUnder1s: true });
    if (row.error) expect(JSON.parse(text)).toMatchObject({ error: row.error, message: expect.any(String) });
    if (response.status >= 400) expect(text).not.toMatch(/at \w+ \(|node_modules|Error:/);
    if (row.reply) {
      const [reply] = await running.channel.waitFor(1);
      row.reply(String(reply!.body.text));
    }
    expect((await fetch(`${running.server.url}/healthz`)).status).toBe(200);
  });
});

describe('Bad input on the other doors', () => {
  test.each([
    ['/api/ask without a question', '/api/ask', 400],
    ['/api/ask with an empty question', '/api/ask?q=%20%20', 400],
    ['/api/ask with a 3,000-character question', `/api/ask?q=${'a'.repeat(3000)}`, 400],
    ['/api/ask with lang=de', '/api/ask?q=health&lang=de', 400],
    ['/api/ask with HTML', '/api/ask?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 200],
    ['/sources with a script in the id', '/sources/%3Cscript%3Ealert(1)%3C%2Fscript%3E', 404],
    ['/sources with a bad percent-encoding', '/sources/%E0%A4%A', 404],
    ['/static with a path traversal', '/static/..%2F..%2Fetc%2Fpasswd', 404],
  ])('%s', async (_name, path, status) => {
    const started = Date.now();
    const response = await fetch(`${running.server.url}${path}`);
    const text = await response.text();
    expect(response.status).toBe(status);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(text).not.toMatch(/<script>alert/);
    expect((await fetch(`${running.server.url}/healthz`)).status).toBe(200);
  });
});
