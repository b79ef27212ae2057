// POST /api/directline/token: what the web page calls before it opens Web Chat. It answers with a
// token for one new conversation and the Direct Line domain to use it with: Azure's in production
// (exchanged with the secret, server-side), this server's own in local mode.
import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../../server/logger';
import { isRecord } from './activity';
import { exchangeAzureToken } from './azureTokenExchange';
import { sendError, sendJson } from './http';
import type { TokenIssuer } from './tokens';

/** Where tokens come from. */
export type TokenSource =
  | { readonly kind: 'azure'; readonly endpoint: string; readonly secret: string; readonly timeoutMs?: number }
  | { readonly kind: 'local'; readonly tokens: TokenIssuer; readonly domain: string }
  /** Neither a secret nor local Direct Line: Web Chat has nothing to talk to. */
  | { readonly kind: 'none' };

/** What the page may choose: its user id (letters, digits, `_`, `-`). */
const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;

type TokenRequestCheck = { readonly ok: true; readonly userId?: string } | { readonly ok: false; readonly problem: string };

function parseTokenRequest(body: unknown): TokenRequestCheck {
  if (body === undefined || body === null || body === '') return { ok: true };
  if (!isRecord(body)) return { ok: false, problem: 'The body must be a JSON object: { "userId"?: string }.' };
  if (body.userId === undefined) return { ok: true };
  if (typeof body.userId !== 'string' || !USER_ID.test(body.userId)) return { ok: false, problem: 'userId must be 1 to 64 letters, digits, "_" or "-".' };
  return { ok: true, userId: body.userId };
}

/** Direct Line user ids for tokens start with `dl_`, so a client cannot pass for a user of another channel. */
const directLineUserId = (userId: string | undefined): string => {
  const id = userId ?? randomBytes(12).toString('base64url');
  return id.startsWith('dl_') ? id : `dl_${id}`;
};

const newConversationId = (): string => randomBytes(16).toString('base64url');

export function mountTokenEndpoint(server: Server, source: TokenSource, logger: Logger): void {
  server.post('/api/directline/token', async (req: Request, res: Response) => {
    const request = parseTokenRequest(req.body);
    if (!request.ok) return sendError(res, 400, 'bad_request', request.problem);
    const userId = directLineUserId(request.userId);
    // A token is a credential: no cache may keep it.
    res.header('Cache-Control', 'no-store');
    switch (source.kind) {
      case 'local': {
        const issued = source.tokens.issue(newConversationId(), userId);
        return sendJson(res, 200, { token: issued.token, conversationId: issued.conversationId, expires_in: issued.expiresInSeconds, domain: source.domain });
      }
      case 'azure':
        try {
          const grant = await exchangeAzureToken({ endpoint: source.endpoint, secret: source.secret, userId, timeoutMs: source.timeoutMs });
          return sendJson(res, 200, { token: grant.token, conversationId: grant.conversationId, expires_in: grant.expiresInSeconds, domain: `${source.endpoint}/v3/directline` });
        } catch (error) {
          // The exchange's errors never hold the secret; only their message is logged all the same.
          logger.error({ event: 'direct-line-token-failed', reason: error instanceof Error ? error.message : 'unknown' }, 'could not get a Direct Line token');
          return sendError(res, 502, 'token_unavailable', 'Web Chat is unavailable for the moment; try again later.');
        }
      case 'none':
        return sendError(res, 503, 'direct_line_off', 'Web Chat is not configured on this server.');
    }
  });
}
