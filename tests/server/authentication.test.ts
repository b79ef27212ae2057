// With an app id configured, /api/messages demands a valid Bot Framework token. Tokens are
// signed here, with keys published by a local OpenID server standing in for the Bot Framework's
// (the adapter's metadata URL is configurable for sovereign clouds; tests use loopback).
import { createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { messageActivity, startChannel, type Channel } from '../support/channel';
import { startServer, type RunningServer } from '../support/server';

const APP_ID = '8f7d1c3e-6b2a-4d0e-9a51-2c4b7e9d0f13';
const ISSUER = 'https://api.botframework.com';

interface KeyPair {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly jwk: Record<string, unknown>;
}

function keyPair(kid: string): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey: createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' })), jwk: { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256', endorsements: ['msteams', 'webchat', 'emulator'] } };
}

const base64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

function jwt(key: KeyPair, claims: Record<string, unknown>): string {
  const head = `${base64url({ alg: 'RS256', typ: 'JWT', kid: key.kid })}.${base64url(claims)}`;
  return `${head}.${sign('RSA-SHA256', Buffer.from(head), key.privateKey).toString('base64url')}`;
}

describe('Bot Framework authentication, with an app id', () => {
  const trusted = keyPair('trusted-key');
  const untrusted = keyPair('untrusted-key');
  let keys: http.Server;
  let channel: Channel;
  let server: RunningServer;
  const now = (): number => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    keys = http.createServer((req, res) => {
      const origin = `http://127.0.0.1:${(keys.address() as AddressInfo).port}`;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      if (req.url?.startsWith('/openid')) res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${origin}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
      else res.end(JSON.stringify({ keys: [trusted.jwk] }));
    });
    await new Promise<void>((resolve) => keys.listen(0, '127.0.0.1', resolve));
    const metadata = `http://127.0.0.1:${(keys.address() as AddressInfo).port}/openid`;
    channel = await startChannel();
    server = await startServer({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used-by-these-tests', ToBotFromChannelOpenIdMetadataUrl: metadata, ToBotFromEmulatorOpenIdMetadataUrl: metadata });
  });
  afterAll(async () => {
    await server.close();
    await channel.close();
    await new Promise<void>((resolve) => keys.close(() => resolve()));
  });

  // With an app id the channel calls back over https only; this one is never reached by a refused request.
  const activity = () => messageActivity('https://smba.trafficmanager.net/emea/', 'What does Manaus offer migrants in health?', { channelId: 'msteams' });
  const claims = (overrides: Record<string, unknown> = {}) => ({ iss: ISSUER, aud: APP_ID, nbf: now() - 60, exp: now() + 3600, serviceurl: 'https://smba.trafficmanager.net/emea/', ...overrides });

  async function post(authorization?: string): Promise<{ status: number; body: string; ms: number }> {
    const started = Date.now();
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
      body: JSON.stringify(activity()),
    });
    return { status: response.status, body: await response.text(), ms: Date.now() - started };
  }

  test.each([
    ['no Authorization header', () => undefined],
    ['a token that is not a JWT', () => 'Bearer not-a-token'],
    ['a token signed with an untrusted key', () => `Bearer ${jwt(untrusted, claims())}`],
    ['an expired token', () => `Bearer ${jwt(trusted, claims({ nbf: now() - 7200, exp: now() - 3600 }))}`],
    ['a token for another bot (wrong audience)', () => `Bearer ${jwt(trusted, claims({ aud: '00000000-0000-0000-0000-000000000000' }))}`],
    ['a token from another issuer', () => `Bearer ${jwt(trusted, claims({ iss: 'https://evil.example' }))}`],
  ])('%s gets a 401, quickly, with no detail of why', async (_name, authorization) => {
    const { status, body, ms } = await post(authorization());
    expect(status).toBe(401);
    expect(ms).toBeLessThan(1000);
    expect(body).not.toMatch(/stack|node_modules|jwt|signature/i);
  });

  test('a valid token gets past authentication (the test’s keys are the ones trusted)', async () => {
    const { status } = await post(`Bearer ${jwt(trusted, claims())}`);
    expect(status).not.toBe(401);
  });

  test('an http serviceUrl is refused when an app id is configured', async () => {
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt(trusted, claims())}` },
      body: JSON.stringify(messageActivity(channel.serviceUrl, 'hello')),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_service_url' });
  });
});
