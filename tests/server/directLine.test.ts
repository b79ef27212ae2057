// Direct Line for Web Chat: the local Direct Line 3.0 the server speaks itself (tokens, the
// conversation log and its watermark, the loopback connector the bot replies through, the caps),
// and the production token exchange with Azure Direct Line (a stub on loopback here).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import restify from 'restify';
import { ConfigError, readConfig } from '../../src/config/config';
import { createLogger } from '../../src/server/logger';
import type { ActivityContent } from '../../src/web/directLine/activity';
import { createLoopbackConnector, mountConnectorRoutes } from '../../src/web/directLine/connectorRoutes';
import { ConversationStore } from '../../src/web/directLine/conversationStore';
import { mountTokenEndpoint } from '../../src/web/directLine/tokenEndpoint';
import { TokenIssuer } from '../../src/web/directLine/tokens';
import { TurnQueue } from '../../src/web/directLine/turnQueue';
import { freePort } from '../support/channel';
import { botMessages, DirectLineSession, request, type Activity, type DirectLineTokenResponse } from '../support/directLine';
import { startServer, type RunningServer } from '../support/server';

/** A known signing key, so a test can mint tokens the server accepts (or that have expired). */
const TOKEN_SECRET = 'test-token-secret-0123456789abcdef';
const HEALTH_QUESTION = 'What does Manaus offer migrants in health?';
const HEALTH_SOURCE = /\/sources\/manaus-2023\/migrants-rights\/developed-1$/;

type Claim = { position: number; appearance: { url: string } };
const citations = (activity: Activity | undefined): Claim[] => ((activity?.entities ?? [])[0] as { citation?: Claim[] } | undefined)?.citation ?? [];
const cardActionCount = (activity: Activity | undefined): number | undefined => {
  const card = activity?.attachments?.[0]?.content as { body?: Array<{ type: string; actions?: unknown[] }> } | undefined;
  return card?.body?.find((e) => e.type === 'ActionSet')?.actions?.length;
};

describe('Web Chat over the local Direct Line', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ DIRECT_LINE_TOKEN_SECRET: TOKEN_SECRET });
  });
  afterAll(async () => {
    await server.close();
  });

  describe('the page asks for a token', () => {
    test('and gets one for a new conversation, with this server as the Direct Line domain', async () => {
      const issued = await request<DirectLineTokenResponse>(`${server.url}/api/directline/token`, { method: 'POST' });
      expect(issued.status).toBe(200);
      expect(issued.json).toEqual({ token: expect.any(String), conversationId: expect.any(String), expires_in: 3600, domain: `${server.url}/v3/directline` });
      const again = await request<DirectLineTokenResponse>(`${server.url}/api/directline/token`, { method: 'POST', body: {} });
      expect(again.json.conversationId).not.toBe(issued.json.conversationId);
    });

    test('a userId it chooses becomes the dl_ user of the conversation; a bad one is a 400', async () => {
      const session = await new DirectLineSession(server.url).open({ userId: 'ana-42' });
      await session.say('hello');
      const { activities } = await session.pollUntil(undefined, (seen) => seen.some((a) => a.from.role === 'user'));
      expect(activities.find((a) => a.from.role === 'user')?.from.id).toBe('dl_ana-42');
      for (const body of [{ userId: 5 }, { userId: 'a b' }, { userId: 'x'.repeat(65) }, ['not', 'an', 'object']]) {
        const refused = await request(`${server.url}/api/directline/token`, { method: 'POST', body });
        expect(refused.status).toBe(400);
        expect(refused.json).toMatchObject({ error: 'bad_request' });
      }
    });
  });

  describe('starting the conversation', () => {
    test('is a 201 for the token’s conversation, and the bot welcomes the user in the browser’s language', async () => {
      const issued = await request<DirectLineTokenResponse>(`${server.url}/api/directline/token`, { method: 'POST' });
      const started = await request<{ conversationId: string; token: string; expires_in: number }>(`${server.url}/v3/directline/conversations`, {
        method: 'POST',
        token: issued.json.token,
        headers: { 'Accept-Language': 'fr-FR,fr;q=0.9,en;q=0.5' },
      });
      expect(started.status).toBe(201);
      expect(started.json).toEqual({ conversationId: issued.json.conversationId, token: expect.any(String), expires_in: 3600 });
      const session = Object.assign(new DirectLineSession(server.url), { token: started.json.token, conversationId: started.json.conversationId });
      const [welcome] = botMessages((await session.pollUntil(undefined, (seen) => botMessages(seen).length > 0)).activities);
      expect(welcome).toMatchObject({ from: { role: 'bot' }, locale: 'fr-FR' });

      const restarted = await request<{ conversationId: string }>(`${server.url}/v3/directline/conversations`, { method: 'POST', token: issued.json.token });
      expect(restarted.status).toBe(200);
      expect(restarted.json.conversationId).toBe(issued.json.conversationId);
      expect(botMessages((await session.read()).json.activities)).toHaveLength(1);
    });
  });

  describe('asking a question', () => {
    test('echoes the user’s message first, then the bot’s cited answer with its card, entity intact', async () => {
      const session = await new DirectLineSession(server.url).open();
      const start = (await session.read()).json.watermark;
      const posted = await session.post({ type: 'message', text: HEALTH_QUESTION, locale: 'en-US', from: { id: 'r_1', role: 'user' }, channelData: { clientActivityID: 'client-1' } });
      expect(posted.status).toBe(200);
      expect(posted.json.id).toEqual(expect.any(String));

      const { activities } = await session.pollUntil(start, (seen) => botMessages(seen).length > 0);
      const [echo] = activities;
      expect(echo).toMatchObject({ id: posted.json.id, type: 'message', text: HEALTH_QUESTION, from: { role: 'user' }, channelId: 'webchat', channelData: { clientActivityID: 'client-1' } });
      expect(echo!.timestamp).toEqual(expect.any(String));

      const [reply] = botMessages(activities);
      expect(reply).toMatchObject({ from: { role: 'bot' }, locale: 'en-US', replyToId: posted.json.id, conversation: { id: session.conversationId } });
      expect(reply!.id).toEqual(expect.any(String));
      expect(reply!.timestamp).toEqual(expect.any(String));
      expect(reply!.attachments?.[0]).toMatchObject({ contentType: 'application/vnd.microsoft.card.adaptive', content: { version: '1.5' } });
      expect(citations(reply)[0]!.appearance.url).toMatch(HEALTH_SOURCE);
      // A typing indicator (only sent when an answer is slow) never follows the answer.
      const typing = activities.findIndex((a) => a.type === 'typing' && a.from.role === 'bot');
      expect(typing === -1 || typing < activities.indexOf(reply!)).toBe(true);
    });

    test('in French gets the answer with locale fr-FR', async () => {
      const session = await new DirectLineSession(server.url).open();
      const start = (await session.read()).json.watermark;
      expect((await session.say("Qu'offre Manaus aux migrants en matière de santé ?", 'fr-FR')).status).toBe(200);
      const [reply] = botMessages((await session.pollUntil(start, (seen) => botMessages(seen).length > 0)).activities);
      expect(reply!.locale).toBe('fr-FR');
      expect(citations(reply)[0]!.appearance.url).toMatch(HEALTH_SOURCE);
    });

    test('a card button’s value { mgi: { command: "domains" } } gets the six domains', async () => {
      const session = await new DirectLineSession(server.url).open();
      const start = (await session.read()).json.watermark;
      const submit = { type: 'message', value: { mgi: { command: 'domains' } }, locale: 'en-US', channelData: { postBack: true, clientActivityID: 'client-2' } };
      expect((await session.post(submit)).status).toBe(200);
      const { activities } = await session.pollUntil(start, (seen) => botMessages(seen).length > 0);
      expect(activities[0]).toMatchObject({ from: { role: 'user' }, value: submit.value, channelData: { postBack: true, clientActivityID: 'client-2' } });
      expect(cardActionCount(botMessages(activities)[0])).toBe(6);
    });

    test('two messages sent at once are answered in turn, each with its own answer', async () => {
      const session = await new DirectLineSession(server.url).open();
      const start = (await session.read()).json.watermark;
      const [health, education] = await Promise.all([session.say(HEALTH_QUESTION), session.say('What does Manaus offer migrants in education?')]);
      expect([health.status, education.status]).toEqual([200, 200]);
      const { activities } = await session.pollUntil(start, (seen) => botMessages(seen).length >= 2);
      const answerTo = (id: string) => citations(activities.find((a) => a.type === 'message' && a.replyToId === id))[0]?.appearance.url;
      expect(answerTo(health.json.id)).toMatch(HEALTH_SOURCE);
      expect(answerTo(education.json.id)).toMatch(/\/sources\/manaus-2023\/migrants-rights\/developed-2$/);
      // One turn at a time, in the order the messages were logged: everything the bot sent for the
      // first message comes before anything for the second, as from a channel.
      const [first, second] = activities.filter((a) => a.from.role === 'user').map((a) => a.id);
      const repliesTo = activities.filter((a) => a.from.role === 'bot' && a.type === 'message').map((a) => a.replyToId);
      expect(repliesTo).toEqual([first, second]);
    });

    test.each([
      ['a typing activity', { type: 'typing' }],
      ['an event', { type: 'event', name: 'webchat/join' }],
      ['a message with neither text nor value', { type: 'message' }],
      ['a message with blank text', { type: 'message', text: '   ' }],
      ['a message with text over 4000 characters', { type: 'message', text: 'a'.repeat(4001) }],
      ['a message whose value is not an object', { type: 'message', value: ['domains'] }],
      ['a message whose text is not a string', { type: 'message', text: 42 }],
    ])('refuses %s with a 400 and logs nothing', async (_what, activity) => {
      const session = await new DirectLineSession(server.url).open();
      const before = (await session.read()).json;
      const refused = await session.post(activity);
      expect(refused.status).toBe(400);
      expect(refused.json).toMatchObject({ error: 'bad_activity', message: expect.any(String) });
      expect((await session.read(before.watermark)).json.activities).toEqual([]);
    });
  });

  describe('the watermark', () => {
    test('says what was read: polling with it returns nothing new until the next message', async () => {
      const session = await new DirectLineSession(server.url).open();
      await session.say(HEALTH_QUESTION);
      const first = await session.pollUntil(undefined, (seen) => botMessages(seen).length >= 2);
      const idle = await session.read(first.watermark);
      expect(idle.json).toEqual({ activities: [], watermark: first.watermark });

      await session.say('and in education?');
      const next = await session.pollUntil(first.watermark, (seen) => botMessages(seen).length > 0);
      expect(next.activities[0]).toMatchObject({ from: { role: 'user' }, text: 'and in education?' });
      expect(next.activities.map((a) => a.id)).not.toContain(first.activities[0]!.id);
      expect(Number(next.watermark)).toBeGreaterThan(Number(first.watermark));
    });

    test('that is not a number is a 400', async () => {
      const session = await new DirectLineSession(server.url).open();
      expect((await session.read('abc')).status).toBe(400);
      expect((await session.read('-1')).status).toBe(400);
    });
  });

  describe('tokens', () => {
    let session: DirectLineSession;
    let other: DirectLineSession;
    beforeAll(async () => {
      [session, other] = await Promise.all([new DirectLineSession(server.url).open(), new DirectLineSession(server.url).open()]);
    });

    const expiredToken = (conversationId: string) =>
      new TokenIssuer({ secret: TOKEN_SECRET, ttlSeconds: 60, now: () => Date.now() - 2 * 3600 * 1000 }).issue(conversationId, 'dl_someone').token;
    const foreignToken = (conversationId: string) => new TokenIssuer({ secret: 'another-secret-of-thirty-two-chars!', ttlSeconds: 60 }).issue(conversationId, 'dl_someone').token;

    test.each([
      ['no token', 401, 'missing_token', undefined],
      ['a garbage token', 401, 'invalid_token', 'garbage'],
      ['a token signed with another key', 401, 'invalid_token', 'foreign'],
      ['an expired token', 401, 'token_expired', 'expired'],
      ['another conversation’s token', 403, 'wrong_conversation', 'other'],
    ] as const)('%s is refused (%d %s) on every route, and nothing is logged', async (_what, status, error, kind) => {
      const token = kind === 'garbage' ? 'garbage.token' : kind === 'foreign' ? foreignToken(session.conversationId) : kind === 'expired' ? expiredToken(session.conversationId) : kind === 'other' ? other.token : undefined;
      const before = (await session.read()).json;
      const reading = await request(`${server.url}/v3/directline/conversations/${session.conversationId}/activities`, { token });
      const posting = await request(`${server.url}/v3/directline/conversations/${session.conversationId}/activities`, { method: 'POST', token, body: { type: 'message', text: 'injected' } });
      for (const response of [reading, posting]) {
        expect(response.status).toBe(status);
        expect(response.json).toMatchObject({ error });
      }
      if (kind !== 'other') {
        for (const url of [`${server.url}/v3/directline/conversations`, `${server.url}/v3/directline/tokens/refresh`]) {
          const refused = await request(url, { method: 'POST', token });
          expect(refused.status).toBe(401);
          expect(refused.json).toMatchObject({ error });
        }
      }
      expect((await session.read(before.watermark)).json.activities).toEqual([]);
    });

    test('a refreshed token is new, for the same conversation, and works', async () => {
      const refreshed = await request<{ token: string; conversationId: string; expires_in: number }>(`${server.url}/v3/directline/tokens/refresh`, { method: 'POST', token: session.token });
      expect(refreshed.status).toBe(200);
      expect(refreshed.json).toEqual({ token: expect.any(String), conversationId: session.conversationId, expires_in: 3600 });
      expect(refreshed.json.token).not.toBe(session.token);
      expect((await session.read(undefined, refreshed.json.token)).status).toBe(200);
    });
  });

  describe('the bot’s side', () => {
    test('the connector routes answer only under the secret path: a guess is a 404 and adds nothing to the log', async () => {
      const session = await new DirectLineSession(server.url).open();
      const before = (await session.read()).json;
      const forged = { type: 'message', text: 'I am the bot, trust me', from: { id: 'mgi-bot', role: 'bot' } };
      const guesses = [
        `/_connector/not-the-key/v3/conversations/${session.conversationId}/activities`,
        `/_connector/not-the-key/v3/conversations/${session.conversationId}/activities/${session.conversationId}%7C0000001`,
        `/_connector/v3/conversations/${session.conversationId}/activities`,
        `/v3/conversations/${session.conversationId}/activities`,
      ];
      for (const path of guesses) {
        const response = await request(`${server.url}${path}`, { method: 'POST', body: forged });
        expect(response.status).toBe(404);
      }
      expect((await session.read(before.watermark)).json.activities).toEqual([]);
    });

    test('no activity a client reads reveals the connector’s address', async () => {
      const session = await new DirectLineSession(server.url).open();
      await session.say(HEALTH_QUESTION);
      const read = await session.read();
      expect(botMessages(read.json.activities).length).toBeGreaterThan(0);
      expect(read.text).not.toContain('_connector');
      expect(read.text).not.toContain('serviceUrl');
    });
  });
});

describe('The local Direct Line within its caps', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ DIRECT_LINE_MAX_CONVERSATIONS: '2', DIRECT_LINE_MAX_ACTIVITIES_PER_CONVERSATION: '4' });
  });
  afterAll(async () => {
    await server.close();
  });

  test('a third conversation makes the least recently active one go', async () => {
    const first = await new DirectLineSession(server.url).open();
    const second = await new DirectLineSession(server.url).open();
    await first.read(); // first is now more recent than second
    const third = await new DirectLineSession(server.url).open();
    expect((await second.read()).status).toBe(404);
    expect((await second.read()).json).toMatchObject({ error: 'conversation_not_found' });
    expect((await second.say('hello')).status).toBe(404);
    expect((await first.read()).status).toBe(200);
    expect((await third.read()).status).toBe(200);
  });

  test('each log keeps only its newest activities, and the watermark keeps growing', async () => {
    const session = await new DirectLineSession(server.url).open();
    const watermarks: number[] = [];
    for (const question of [HEALTH_QUESTION, 'and in education?', 'domains']) {
      expect((await session.say(question)).status).toBe(200);
      const all = (await session.read()).json;
      expect(all.activities.length).toBeLessThanOrEqual(4);
      watermarks.push(Number(all.watermark));
    }
    expect(watermarks).toEqual([...watermarks].sort((a, b) => a - b));
    expect(new Set(watermarks).size).toBe(3);
    const { activities } = (await session.read()).json;
    expect(activities.map((a) => a.text)).not.toContain(HEALTH_QUESTION);
    expect(activities.at(-1)).toMatchObject({ from: { role: 'bot' }, type: 'message' });
    expect(cardActionCount(activities.at(-1))).toBe(6);
  });
});

describe('The local Direct Line when the bot has Bot Framework credentials', () => {
  let server: RunningServer;
  beforeAll(async () => {
    // Made-up credentials: any call to Entra ID with them would fail, and it would leave loopback.
    server = await startServer({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-password', MicrosoftAppTenantId: '' });
  });
  afterAll(async () => {
    await server.close();
  });

  test('still answers: its own adapter is anonymous and never asks for an Entra token', async () => {
    const session = await new DirectLineSession(server.url).open();
    const posted = await session.say(HEALTH_QUESTION);
    const { activities } = await session.pollUntil(undefined, (seen) => seen.some((a) => a.replyToId === posted.json.id && a.type === 'message'));
    const reply = activities.find((a) => a.replyToId === posted.json.id && a.type === 'message');
    expect(citations(reply)[0]!.appearance.url).toMatch(HEALTH_SOURCE);
  });
});

describe('The conversation store', () => {
  const message = (text: string): ActivityContent => ({ type: 'message', text, from: { id: 'dl_u', role: 'user' } });
  const limits = { ttlSeconds: 60, maxConversations: 3, maxActivitiesPerConversation: 5 };

  test('never holds more conversations than its cap', () => {
    const store = new ConversationStore(limits);
    for (let i = 0; i < 20; i++) {
      store.start(`c${i}`);
      expect(store.size).toBeLessThanOrEqual(3);
    }
    expect(['c17', 'c18', 'c19'].every((id) => store.has(id))).toBe(true);
    expect(store.has('c16')).toBe(false);
  });

  test('forgets a conversation idle for its TTL, and keeps one that is used', () => {
    let now = 1_000_000;
    const store = new ConversationStore(limits, () => now);
    store.start('idle');
    store.start('busy');
    now += 40_000;
    store.read('busy');
    now += 30_000;
    expect(store.has('idle')).toBe(false);
    expect(store.append('idle', message('late'))).toBeUndefined();
    expect(store.has('busy')).toBe(true);
  });

  test('trims each log to its cap while watermarks only grow', () => {
    const store = new ConversationStore(limits);
    store.start('c');
    const marks: number[] = [];
    for (let i = 1; i <= 12; i++) {
      store.append('c', message(`m${i}`));
      const set = store.read('c')!;
      expect(set.activities.length).toBeLessThanOrEqual(5);
      marks.push(Number(set.watermark));
    }
    expect(marks).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(store.read('c')!.activities.map((a) => a.text)).toEqual(['m8', 'm9', 'm10', 'm11', 'm12']);
    expect(store.read('c', 10)!.activities.map((a) => a.text)).toEqual(['m11', 'm12']);
  });
});

describe('The turn queue', () => {
  /** A turn that records when it starts and ends, and ends when the test says so. */
  function controlledTurn(log: string[], name: string) {
    let finish: (failure?: Error) => void = () => undefined;
    const ended = new Promise<void>((resolve, reject) => (finish = (failure) => (failure ? reject(failure) : resolve())));
    return {
      run: async () => {
        log.push(`${name} starts`);
        await ended;
        log.push(`${name} ends`);
      },
      finish,
    };
  }
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  test('runs a conversation’s turns one after another, even when one fails, and other conversations alongside', async () => {
    const queue = new TurnQueue();
    const log: string[] = [];
    const [a1, a2, a3, b1] = [controlledTurn(log, 'a1'), controlledTurn(log, 'a2'), controlledTurn(log, 'a3'), controlledTurn(log, 'b1')];
    const outcomes = [queue.run('a', a1.run), queue.run('a', a2.run), queue.run('a', a3.run), queue.run('b', b1.run)].map((p) => p.then(() => 'done', (e: Error) => e.message));
    await settle();
    expect(log).toEqual(['a1 starts', 'b1 starts']);
    a1.finish(new Error('a1 failed'));
    await settle();
    expect(log).toEqual(['a1 starts', 'b1 starts', 'a2 starts']);
    a2.finish();
    b1.finish();
    await settle();
    expect(log.slice(3)).toEqual(['a2 ends', 'b1 ends', 'a3 starts']);
    a3.finish();
    expect(await Promise.all(outcomes)).toEqual(['a1 failed', 'done', 'done', 'done']);
  });
});

describe('The loopback connector', () => {
  const key = 'known-key-for-this-test';
  let base: string;
  let store: ConversationStore;
  let server: restify.Server;
  beforeAll(async () => {
    store = new ConversationStore({ ttlSeconds: 60, maxConversations: 10, maxActivitiesPerConversation: 50 });
    server = restify.createServer({ handleUncaughtExceptions: false });
    server.use(restify.plugins.bodyParser({ mapParams: false }));
    const connector = createLoopbackConnector(() => `http://127.0.0.1:${server.address().port}`, key);
    mountConnectorRoutes(server, connector, store);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    expect(connector.serviceUrl()).toBe(`http://127.0.0.1:${server.address().port}/_connector/${key}`);
    base = `${connector.serviceUrl()}/v3/conversations/conv/activities`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test('a reply joins the log as the bot’s, with the citation entity and without the serviceUrl', async () => {
    store.start('conv');
    const entity = { type: 'https://schema.org/Message', citation: [{ position: 1, appearance: { url: 'https://example.org/sources/x' } }] };
    const sent = await request<{ id: string }>(`${base}/original-id`, {
      method: 'POST',
      body: { type: 'message', text: 'answer', serviceUrl: 'http://127.0.0.1/_connector/secret', from: { id: 'mgi-bot', name: 'MGI' }, entities: [entity], replyToId: 'original-id' },
    });
    expect(sent.status).toBe(200);
    const [stored] = store.read('conv')!.activities;
    expect(stored).toMatchObject({ id: sent.json.id, text: 'answer', from: { id: 'mgi-bot', role: 'bot' }, entities: [entity], replyToId: 'original-id' });
    expect(stored).not.toHaveProperty('serviceUrl');
  });

  test('an update replaces the activity under its id, at a new watermark; a delete removes it', async () => {
    store.start('conv');
    const sent = await request<{ id: string }>(base, { method: 'POST', body: { type: 'message', text: 'first version' } });
    const watermark = Number(store.read('conv')!.watermark);
    const url = `${base}/${encodeURIComponent(sent.json.id)}`;
    expect((await request(url, { method: 'PUT', body: { type: 'message', text: 'second version' } })).status).toBe(200);
    const after = store.read('conv', watermark)!;
    expect(after.activities).toEqual([expect.objectContaining({ id: sent.json.id, text: 'second version' })]);
    expect(store.read('conv')!.activities.filter((a) => a.id === sent.json.id)).toHaveLength(1);
    expect((await request(url, { method: 'DELETE' })).status).toBe(200);
    expect(store.read('conv')!.activities.map((a) => a.id)).not.toContain(sent.json.id);
    expect((await request(url, { method: 'DELETE' })).status).toBe(404);
  });

  test('a wrong key is a 404, an unknown conversation a 404, a body without type a 400', async () => {
    store.start('conv');
    const before = store.read('conv')!.watermark;
    const wrongKey = base.replace(key, 'known-key-for-this-tesT');
    expect((await request(wrongKey, { method: 'POST', body: { type: 'message', text: 'x' } })).status).toBe(404);
    expect(store.read('conv')!.watermark).toBe(before);
    expect((await request(base.replace('/conv/', '/nobody/'), { method: 'POST', body: { type: 'message', text: 'x' } })).status).toBe(404);
    expect((await request(base, { method: 'POST', body: { text: 'no type' } })).status).toBe(400);
  });
});

/** A stand-in for Azure Direct Line's token service on loopback, recording what it was sent. */
async function startAzureStub(answer: (res: http.ServerResponse) => void = (res) => {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ conversationId: 'azure-conversation-1', token: 'azure-token-abc', expires_in: 3600 }));
}) {
  const received: Array<{ method: string; path: string; authorization: string; body: string }> = [];
  const stub = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization ?? '', body });
      answer(res);
    });
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(stub.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => stub.close(() => resolve())),
  };
}

describe('In production, with a Direct Line secret', () => {
  const SECRET = 'test-secret-value';
  let azure: Awaited<ReturnType<typeof startAzureStub>>;
  beforeAll(async () => {
    azure = await startAzureStub();
  });
  afterAll(async () => {
    await azure.close();
  });

  test('the page gets Azure’s token and domain, the secret stays on the server, and the local Direct Line is off', async () => {
    const server = await startServer({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: azure.url });
    try {
      const issued = await request<DirectLineTokenResponse>(`${server.url}/api/directline/token`, { method: 'POST', body: {} });
      expect(issued.status).toBe(200);
      expect(issued.json).toEqual({ token: 'azure-token-abc', conversationId: 'azure-conversation-1', expires_in: 3600, domain: `${azure.url}/v3/directline` });
      expect(issued.text).not.toContain(SECRET);
      const call = azure.received.at(-1)!;
      expect(call).toMatchObject({ method: 'POST', path: '/v3/directline/tokens/generate', authorization: `Bearer ${SECRET}` });
      expect((JSON.parse(call.body) as { user: { id: string } }).user.id).toMatch(/^dl_[A-Za-z0-9_-]+$/);

      for (const path of ['/v3/directline/conversations', '/v3/directline/tokens/refresh']) {
        expect((await request(`${server.url}${path}`, { method: 'POST', token: 'azure-token-abc' })).status).toBe(404);
      }
    } finally {
      await server.close();
    }
  });

  test('LOCAL_DIRECT_LINE=on mounts the local Direct Line again, beside the Azure tokens', async () => {
    const server = await startServer({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: azure.url, LOCAL_DIRECT_LINE: 'on' });
    try {
      expect((await request(`${server.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(401);
      expect((await request<DirectLineTokenResponse>(`${server.url}/api/directline/token`, { method: 'POST' })).json.token).toBe('azure-token-abc');
    } finally {
      await server.close();
    }
  });

  test.each([
    ['is down', async () => ({ url: `http://127.0.0.1:${await freePort()}`, close: async () => undefined })],
    [
      'answers 500',
      () =>
        startAzureStub((res) => {
          res.writeHead(500, { 'Content-Type': 'text/plain' });
          res.end(`upstream failure for Bearer ${SECRET}`);
        }),
    ],
    [
      'answers without a token',
      () =>
        startAzureStub((res) => {
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end('{"conversationId":"c"}');
        }),
    ],
  ])('when Azure %s, the page gets a 502 token_unavailable without the secret', async (_what, startUpstream) => {
    const upstream = await startUpstream();
    const server = await startServer({ DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: upstream.url });
    try {
      const failed = await request(`${server.url}/api/directline/token`, { method: 'POST' });
      expect(failed.status).toBe(502);
      expect(failed.json).toMatchObject({ error: 'token_unavailable' });
      expect(failed.text).not.toContain(SECRET);
    } finally {
      await server.close();
      await upstream.close();
    }
  });

  test('when Azure does not answer in time, the page gets a 502 and the log says so without the secret', async () => {
    const silent = await startAzureStub(() => undefined);
    const lines: string[] = [];
    const logger = createLogger('debug', new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString('utf8')), done()) }));
    const app = restify.createServer({ handleUncaughtExceptions: false });
    app.use(restify.plugins.bodyParser({ mapParams: false }));
    mountTokenEndpoint(app, { kind: 'azure', endpoint: silent.url, secret: SECRET, timeoutMs: 100 }, logger);
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    try {
      const started = Date.now();
      const failed = await request(`http://127.0.0.1:${app.address().port}/api/directline/token`, { method: 'POST' });
      expect(failed.status).toBe(502);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(failed.text).not.toContain(SECRET);
      expect(lines.join('')).toContain('direct-line-token-failed');
      expect(lines.join('')).not.toContain(SECRET);
    } finally {
      await new Promise<void>((resolve) => app.close(() => resolve()));
      silent.close().catch(() => undefined);
    }
  });
});

describe('With neither a secret nor the local Direct Line', () => {
  test('the page is told Web Chat is off (503), and no Direct Line route exists', async () => {
    const server = await startServer({ LOCAL_DIRECT_LINE: 'off' });
    try {
      const refused = await request(`${server.url}/api/directline/token`, { method: 'POST' });
      expect(refused.status).toBe(503);
      expect(refused.json).toMatchObject({ error: 'direct_line_off' });
      expect((await request(`${server.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('Direct Line settings', () => {
  test('default to local Direct Line with Azure’s public endpoint, a random signing key and the documented caps', () => {
    const { directLine } = readConfig({});
    expect(directLine).toMatchObject({
      secret: '',
      endpoint: 'https://directline.botframework.com',
      local: true,
      tokenTtlSeconds: 3600,
      conversationTtlSeconds: 1800,
      maxConversations: 1000,
      maxActivitiesPerConversation: 500,
    });
    expect(directLine.tokenSecret.length).toBeGreaterThanOrEqual(32);
    expect(readConfig({}).directLine.tokenSecret).not.toBe(directLine.tokenSecret);
  });

  test('a secret turns the local Direct Line off unless LOCAL_DIRECT_LINE says on', () => {
    expect(readConfig({ DIRECT_LINE_SECRET: 's' }).directLine.local).toBe(false);
    expect(readConfig({ DIRECT_LINE_SECRET: 's', LOCAL_DIRECT_LINE: 'on' }).directLine.local).toBe(true);
    expect(readConfig({ LOCAL_DIRECT_LINE: 'off' }).directLine.local).toBe(false);
    expect(readConfig({ DIRECT_LINE_ENDPOINT: 'http://127.0.0.1:9/' }).directLine.endpoint).toBe('http://127.0.0.1:9');
  });

  test.each([
    ['LOCAL_DIRECT_LINE', { LOCAL_DIRECT_LINE: 'yes' }],
    ['DIRECT_LINE_ENDPOINT', { DIRECT_LINE_ENDPOINT: 'ftp://directline.example' }],
    ['DIRECT_LINE_TOKEN_SECRET', { DIRECT_LINE_TOKEN_SECRET: 'too-short' }],
    ['DIRECT_LINE_MAX_CONVERSATIONS', { DIRECT_LINE_MAX_CONVERSATIONS: '0' }],
    ['DIRECT_LINE_CONVERSATION_TTL_SECONDS', { DIRECT_LINE_CONVERSATION_TTL_SECONDS: 'soon' }],
  ])('a bad %s is a ConfigError that names it', (name, env) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(name);
  });

  test('the ConfigError for a short signing key does not repeat the key', () => {
    expect(() => readConfig({ DIRECT_LINE_TOKEN_SECRET: 'short-but-secret' })).toThrow(expect.objectContaining({ message: expect.not.stringContaining('short-but-secret') }));
  });
});
