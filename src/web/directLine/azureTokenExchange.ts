// Production: trades the Direct Line secret for a token for one new conversation, server-side,
// so the secret never reaches a browser. Failures say what went wrong without the secret, the
// request headers or Azure's answer in them.

export interface DirectLineGrant {
  readonly token: string;
  readonly conversationId: string;
  readonly expiresInSeconds: number;
}

export interface AzureTokenRequest {
  /** Base URL of Azure Direct Line, e.g. https://directline.botframework.com. */
  readonly endpoint: string;
  readonly secret: string;
  /** The user the token is bound to; Azure wants `dl_`-prefixed ids for tokens. */
  readonly userId: string;
  /** How long to wait for Azure before giving up. */
  readonly timeoutMs?: number;
}

export const DEFAULT_EXCHANGE_TIMEOUT_MS = 5000;

export class TokenExchangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenExchangeError';
  }
}

interface GenerateResponse {
  readonly token: string;
  readonly conversationId: string;
  readonly expires_in: number;
}

const isGenerateResponse = (value: unknown): value is GenerateResponse => {
  if (typeof value !== 'object' || value === null) return false;
  const { token, conversationId, expires_in } = value as Record<string, unknown>;
  return typeof token === 'string' && token !== '' && typeof conversationId === 'string' && conversationId !== '' && typeof expires_in === 'number';
};

export async function exchangeAzureToken({ endpoint, secret, userId, timeoutMs = DEFAULT_EXCHANGE_TIMEOUT_MS }: AzureTokenRequest): Promise<DirectLineGrant> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: globalThis.Response;
    try {
      response = await fetch(`${endpoint}/v3/directline/tokens/generate`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: { id: userId } }),
        signal: controller.signal,
      });
    } catch {
      // fetch's own error is not passed on: nothing of the request should travel further.
      throw new TokenExchangeError(controller.signal.aborted ? `Direct Line did not answer within ${timeoutMs} ms` : 'Direct Line could not be reached');
    }
    if (!response.ok) throw new TokenExchangeError(`Direct Line answered ${response.status}`);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new TokenExchangeError(controller.signal.aborted ? `Direct Line did not answer within ${timeoutMs} ms` : 'Direct Line answered with something other than JSON');
    }
    if (!isGenerateResponse(body)) throw new TokenExchangeError('Direct Line answered without a token');
    return { token: body.token, conversationId: body.conversationId, expiresInSeconds: body.expires_in };
  } finally {
    clearTimeout(timer);
  }
}
