// A loopback stand-in for a Bot Framework cloud, over https with a test-made certificate: what a
// bot with an app id talks to besides the channel.
//  - the channel's OpenID metadata and signing keys (the bot checks incoming tokens against them);
//  - the login authority that issues the bot's outgoing token (MSAL's OpenID configuration and the
//    client-credentials token endpoint), recording the credentials the bot presented.
// Its `settings` are the environment variables that point a bot at it, as a sovereign cloud's would.
import { createPrivateKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import https from 'node:https';
import type { AddressInfo } from 'node:net';

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly jwk: Record<string, unknown>;
}

/** An RSA key as a channel publishes it, endorsed for the channels the tests use. */
export function signingKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey: createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' })), jwk: { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256', endorsements: ['msteams', 'webchat', 'emulator'] } };
}

const base64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT signed with `key` (RS256). */
export function signJwt(key: SigningKey, claims: Record<string, unknown>): string {
  const head = `${base64url({ alg: 'RS256', typ: 'JWT', kid: key.kid })}.${base64url(claims)}`;
  return `${head}.${sign('RSA-SHA256', Buffer.from(head), key.privateKey).toString('base64url')}`;
}

/** A JWT that claims no signature is needed (`alg: none`). */
export const unsignedJwt = (kid: string, claims: Record<string, unknown>): string => `${base64url({ alg: 'none', typ: 'JWT', kid })}.${base64url(claims)}.`;

/** What the bot posted to the login endpoint. */
export interface TokenRequest {
  readonly form: Readonly<Record<string, string>>;
  /** The access token issued in return. */
  readonly issued: string;
}

export interface BotFrameworkCloud {
  readonly origin: string;
  /** The issuer channel tokens carry in this cloud. */
  readonly issuer: string;
  /** The environment variables that point a bot at this cloud. */
  readonly settings: Readonly<Record<string, string>>;
  readonly tokenRequests: readonly TokenRequest[];
  /** Every path requested, in order. */
  readonly requested: readonly string[];
  close(): Promise<void>;
}

const TENANT = 'sovereign.test';

export async function startBotFrameworkCloud(options: { tls: { key: string; cert: string }; trustedKeys: readonly SigningKey[] }): Promise<BotFrameworkCloud> {
  const tokenRequests: TokenRequest[] = [];
  const requested: string[] = [];
  let origin = '';
  const json = (res: import('node:http').ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const server = https.createServer(options.tls, (req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0]!;
      requested.push(`${req.method} ${path}`);
      if (path === '/v1/.well-known/openidconfiguration') return json(res, 200, { issuer: `${origin}/v1`, jwks_uri: `${origin}/v1/keys`, id_token_signing_alg_values_supported: ['RS256'], token_endpoint_auth_methods_supported: ['private_key_jwt'] });
      if (path === '/v1/keys') return json(res, 200, { keys: options.trustedKeys.map((key) => key.jwk) });
      if (path === `/${TENANT}/v2.0/.well-known/openid-configuration`) {
        return json(res, 200, {
          issuer: `${origin}/${TENANT}/v2.0`,
          authorization_endpoint: `${origin}/${TENANT}/oauth2/v2.0/authorize`,
          token_endpoint: `${origin}/${TENANT}/oauth2/v2.0/token`,
          end_session_endpoint: `${origin}/${TENANT}/oauth2/v2.0/logout`,
          jwks_uri: `${origin}/${TENANT}/discovery/v2.0/keys`,
          response_types_supported: ['code', 'token'],
          token_endpoint_auth_methods_supported: ['client_secret_post'],
        });
      }
      if (req.method === 'POST' && path === `/${TENANT}/oauth2/v2.0/token`) {
        const issued = `loopback-access-token-${randomBytes(12).toString('hex')}`;
        tokenRequests.push({ form: Object.fromEntries(new URLSearchParams(raw)), issued });
        return json(res, 200, { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: issued });
      }
      return json(res, 404, { error: 'not_found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = 'https://api.sovereign.test';
  return {
    origin,
    issuer,
    settings: {
      ChannelService: 'https://botframework.sovereign.test',
      ValidateAuthority: 'false',
      ToChannelFromBotLoginUrl: `${origin}/${TENANT}`,
      ToChannelFromBotOAuthScope: 'https://api.sovereign.test',
      ToBotFromChannelTokenIssuer: issuer,
      OAuthUrl: `${origin}/oauth`,
      ToBotFromChannelOpenIdMetadataUrl: `${origin}/v1/.well-known/openidconfiguration`,
      ToBotFromEmulatorOpenIdMetadataUrl: `${origin}/v1/.well-known/openidconfiguration`,
    },
    tokenRequests,
    requested,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
