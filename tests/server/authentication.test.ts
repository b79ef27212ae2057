// With an app id, the bot runs as it does in a cloud: it checks every incoming token against the
// channel's published keys, and replies with a token of its own from the login authority. Here the
// whole cloud is a loopback stand-in over https (tests/support/botFrameworkCloud.ts), configured
// through the same variables a sovereign-cloud deployment sets, so nothing leaves the machine.
import { startBotFrameworkCloud, signJwt, signingKey, unsignedJwt, type BotFrameworkCloud } from '../support/botFrameworkCloud';
import { startBotProcess, type BotProcess } from '../support/botProcess';
import { messageActivity, startChannel, type Channel } from '../support/channel';
import { makeTestCertificates } from '../support/testCertificates';

jest.setTimeout(60_000);

const APP_ID = '8f7d1c3e-6b2a-4d0e-9a51-2c4b7e9d0f13';
const APP_PASSWORD = 'loopback-client-secret-0f5e2c7a';

describe('Bot Framework authentication, with an app id, in a cloud configured by its endpoints', () => {
  const trusted = signingKey('trusted-key');
  const untrusted = signingKey('untrusted-key');
  let cloud: BotFrameworkCloud;
  let channel: Channel;
  let bot: BotProcess;
  const now = (): number => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    const certificates = makeTestCertificates();
    cloud = await startBotFrameworkCloud({ tls: certificates, trustedKeys: [trusted] });
    channel = await startChannel({ tls: certificates });
    bot = await startBotProcess({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: APP_PASSWORD,
      ...cloud.settings,
      NODE_EXTRA_CA_CERTS: certificates.caFile,
      RATE_LIMIT_CONVERSATION_PER_MINUTE: '0',
      LOG_LEVEL: 'info',
    });
  });
  afterAll(async () => {
    await bot?.stop();
    await channel?.close();
    await cloud?.close();
  });

  const claims = (overrides: Record<string, unknown> = {}) => ({ iss: cloud.issuer, aud: APP_ID, nbf: now() - 60, exp: now() + 3600, serviceurl: channel.serviceUrl, ...overrides });

  async function post(authorization: string | undefined, activity: Record<string, unknown>): Promise<{ status: number; body: string; ms: number }> {
    const started = Date.now();
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
      body: JSON.stringify(activity),
    });
    return { status: response.status, body: await response.text(), ms: Date.now() - started };
  }

  test('a message with a token signed by the channel’s key gets its cited answer at the channel, sent with the token the login authority issued', async () => {
    const activity = messageActivity(channel.serviceUrl, 'What does Manaus offer migrants in health?', { channelId: 'msteams' });
    const { status } = await post(`Bearer ${signJwt(trusted, claims())}`, activity);
    expect(status).toBe(200);

    const replies = channel.received.filter((r) => r.body.type === 'message' && r.path.includes(String((activity.conversation as { id: string }).id)));
    expect(replies).toHaveLength(1);
    const [reply] = replies;
    expect(JSON.stringify(reply!.body)).toContain('manaus-2023/migrants-rights/developed-1');
    expect(reply!.body.text).toMatch(/288 Basic Health Units|Migrants.? rights/);

    // The bot presented its own client credentials to the configured login authority, and nowhere else.
    expect(cloud.tokenRequests).toHaveLength(1);
    const [tokenRequest] = cloud.tokenRequests;
    expect(tokenRequest!.form).toMatchObject({ grant_type: 'client_credentials', client_id: APP_ID, client_secret: APP_PASSWORD, scope: `${cloud.settings.ToChannelFromBotOAuthScope}/.default` });
    expect(reply!.authorization).toBe(`Bearer ${tokenRequest!.issued}`);
    expect(bot.output()).not.toContain(APP_PASSWORD);
  });

  test('a second reply reuses the bot’s token instead of asking the login authority again', async () => {
    const before = cloud.tokenRequests.length;
    const activity = messageActivity(channel.serviceUrl, 'Que couvre le domaine Partenariats ?', { channelId: 'msteams', locale: 'fr-FR' });
    expect((await post(`Bearer ${signJwt(trusted, claims())}`, activity)).status).toBe(200);
    const reply = channel.received.filter((r) => r.body.type === 'message').at(-1)!;
    expect(reply.body.locale).toBe('fr-FR');
    expect(reply.authorization).toBe(`Bearer ${cloud.tokenRequests.at(-1)!.issued}`);
    expect(cloud.tokenRequests.length).toBe(before);
  });

  const tampered = (): string => {
    const [head, , signature] = signJwt(trusted, claims()).split('.');
    return `${head}.${Buffer.from(JSON.stringify(claims({ aud: APP_ID, serviceurl: channel.serviceUrl, name: 'admin' }))).toString('base64url')}.${signature}`;
  };

  test.each([
    ['no Authorization header', () => undefined],
    ['a token that is not a JWT', () => 'Bearer not-a-token'],
    ['a forged token (signed with a key the channel does not publish)', () => `Bearer ${signJwt(untrusted, claims())}`],
    ['a trusted token whose claims were changed after signing', () => `Bearer ${tampered()}`],
    ['a token with alg: none and no signature', () => `Bearer ${unsignedJwt(trusted.kid, claims())}`],
    ['an expired token', () => `Bearer ${signJwt(trusted, claims({ nbf: now() - 7200, exp: now() - 3600 }))}`],
    ['a token for another bot (wrong audience)', () => `Bearer ${signJwt(trusted, claims({ aud: '00000000-0000-0000-0000-000000000000' }))}`],
    ['a token from another issuer', () => `Bearer ${signJwt(trusted, claims({ iss: 'https://api.botframework.com' }))}`],
  ])('%s gets a 401 in under 1 s, with no detail of why and no reply', async (_name, authorization) => {
    const activity = messageActivity(channel.serviceUrl, 'What does Manaus offer migrants in health?', { channelId: 'msteams' });
    const { status, body, ms } = await post(authorization(), activity);
    expect(status).toBe(401);
    expect(ms).toBeLessThan(1000);
    expect(body).not.toMatch(/stack|node_modules|jwt|signature/i);
    expect(channel.received.some((r) => r.path.includes(String((activity.conversation as { id: string }).id)))).toBe(false);
  });

  test('an http serviceUrl is refused when an app id is configured', async () => {
    const { status, body } = await post(`Bearer ${signJwt(trusted, claims({ serviceurl: 'http://127.0.0.1:9/' }))}`, messageActivity('http://127.0.0.1:9/', 'hello'));
    expect(status).toBe(400);
    expect(JSON.parse(body)).toMatchObject({ error: 'invalid_service_url' });
  });

  test('the bot asked the stand-in cloud only for its keys, its login configuration and its token', () => {
    expect(new Set(cloud.requested)).toEqual(new Set(['GET /v1/.well-known/openidconfiguration', 'GET /v1/keys', 'GET /sovereign.test/v2.0/.well-known/openid-configuration', 'POST /sovereign.test/oauth2/v2.0/token']));
  });
});
