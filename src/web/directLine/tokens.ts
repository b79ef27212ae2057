// Local Direct Line tokens: `<payload>.<signature>`, the payload naming one conversation and one
// user and when the token expires, signed with HMAC-SHA256 so the server keeps no token list.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface TokenClaims {
  readonly conversationId: string;
  readonly userId: string;
  /** Milliseconds since the epoch. */
  readonly expiresAt: number;
}

export interface IssuedToken {
  readonly token: string;
  readonly conversationId: string;
  readonly expiresInSeconds: number;
}

export type TokenCheck =
  | { readonly ok: true; readonly claims: TokenClaims }
  | { readonly ok: false; readonly problem: 'malformed' | 'bad_signature' | 'expired' };

export interface TokenIssuerOptions {
  /** The HMAC key. */
  readonly secret: string;
  readonly ttlSeconds: number;
  /** The clock, in milliseconds; tests pass one to mint tokens that are already expired. */
  readonly now?: () => number;
}

/** Far longer than any token this module makes: a longer header is refused before any work. */
const MAX_TOKEN_LENGTH = 1024;

interface Payload {
  /** Conversation id. */
  readonly c: string;
  /** User id. */
  readonly u: string;
  /** Expiry, seconds since the epoch. */
  readonly e: number;
  /** Makes every token distinct, even two issued in the same second. */
  readonly n: string;
}

const isPayload = (value: unknown): value is Payload => {
  if (typeof value !== 'object' || value === null) return false;
  const { c, u, e, n } = value as Record<string, unknown>;
  return typeof c === 'string' && c !== '' && typeof u === 'string' && u !== '' && typeof e === 'number' && Number.isInteger(e) && typeof n === 'string';
};

export class TokenIssuer {
  private readonly key: Buffer;
  private readonly ttlSeconds: number;
  private readonly now: () => number;

  constructor(options: TokenIssuerOptions) {
    this.key = Buffer.from(options.secret, 'utf8');
    this.ttlSeconds = options.ttlSeconds;
    this.now = options.now ?? Date.now;
  }

  issue(conversationId: string, userId: string): IssuedToken {
    const payload: Payload = { c: conversationId, u: userId, e: Math.floor(this.now() / 1000) + this.ttlSeconds, n: randomBytes(6).toString('base64url') };
    const encoded = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
    return { token: `${encoded}.${this.sign(encoded).toString('base64url')}`, conversationId, expiresInSeconds: this.ttlSeconds };
  }

  verify(token: string): TokenCheck {
    const parts = token.length <= MAX_TOKEN_LENGTH ? token.split('.') : [];
    if (parts.length !== 2 || !parts[0] || !parts[1]) return { ok: false, problem: 'malformed' };
    const [encoded, signature] = parts as [string, string];
    const expected = this.sign(encoded);
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, problem: 'bad_signature' };
    let payload: unknown;
    try {
      payload = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, problem: 'malformed' };
    }
    if (!isPayload(payload)) return { ok: false, problem: 'malformed' };
    const expiresAt = payload.e * 1000;
    if (expiresAt <= this.now()) return { ok: false, problem: 'expired' };
    return { ok: true, claims: { conversationId: payload.c, userId: payload.u, expiresAt } };
  }

  private sign(encodedPayload: string): Buffer {
    return createHmac('sha256', this.key).update(encodedPayload).digest();
  }
}
