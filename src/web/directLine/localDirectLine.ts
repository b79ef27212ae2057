// Direct Line 3.0, as much of it as Web Chat uses when polling: start a conversation, post the
// user's activities, read the log from a watermark, refresh the token. Every request carries a
// local token bound to one conversation; the bot answers through the bridge.
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../../server/logger';
import { localeTag, parseUserMessage, userActivityContent } from './activity';
import type { BotBridge } from './botBridge';
import type { ConversationStore } from './conversationStore';
import { bearerToken, queryParam, routeParam, sendError, sendJson } from './http';
import type { IssuedToken, TokenClaims, TokenIssuer } from './tokens';

export interface LocalDirectLineOptions {
  readonly store: ConversationStore;
  readonly tokens: TokenIssuer;
  readonly bridge: BotBridge;
  readonly logger: Logger;
}

type Access = { readonly ok: true; readonly claims: TokenClaims } | { readonly ok: false; readonly status: 401 | 403; readonly error: string; readonly message: string };

/** A watermark is the sequence number of the last activity a client has read. */
const WATERMARK = /^\d{1,15}$/;

/** The conversation part of a Direct Line answer: what Web Chat keeps to go on. */
const conversationGrant = (issued: IssuedToken) => ({ conversationId: issued.conversationId, token: issued.token, expires_in: issued.expiresInSeconds });

/** The browser's first language, for the welcome sent before the user says anything. */
const acceptedLocale = (req: Request): string | undefined => localeTag(req.header('accept-language')?.split(',')[0]?.split(';')[0]?.trim());

export function mountLocalDirectLine(server: Server, { store, tokens, bridge, logger }: LocalDirectLineOptions): void {
  /** The token's claims if it is valid and (when a conversation is named) bound to that conversation. */
  function authorize(req: Request, conversationId?: string): Access {
    const token = bearerToken(req);
    if (!token) return { ok: false, status: 401, error: 'missing_token', message: 'Send a Direct Line token as Authorization: Bearer <token>.' };
    const check = tokens.verify(token);
    if (!check.ok) {
      return check.problem === 'expired'
        ? { ok: false, status: 401, error: 'token_expired', message: 'The token has expired; get a new one.' }
        : { ok: false, status: 401, error: 'invalid_token', message: 'The token is not valid.' };
    }
    if (conversationId !== undefined && check.claims.conversationId !== conversationId) {
      return { ok: false, status: 403, error: 'wrong_conversation', message: 'The token is for another conversation.' };
    }
    return check;
  }

  /** Runs the handler with the caller's claims, or answers with the refusal. */
  const withAccess =
    (handler: (req: Request, res: Response, claims: TokenClaims) => Promise<void>, conversationParam?: string) =>
    async (req: Request, res: Response): Promise<void> => {
      const access = authorize(req, conversationParam ? routeParam(req, conversationParam) : undefined);
      if (!access.ok) return sendError(res, access.status, access.error, access.message);
      await handler(req, res, access.claims);
    };

  const conversationGone = (res: Response): void => sendError(res, 404, 'conversation_not_found', 'The conversation has ended or expired; start a new one.');

  server.post(
    '/v3/directline/conversations',
    withAccess(async (req, res, claims) => {
      const { created } = store.start(claims.conversationId);
      if (created) {
        try {
          await bridge.conversationStarted(claims.conversationId, claims.userId, acceptedLocale(req));
        } catch (error) {
          // The conversation works without its welcome: say so in the log, not to the client.
          logger.error({ event: 'direct-line-welcome-failed', conversationId: claims.conversationId, err: error }, 'welcome turn failed');
        }
      }
      sendJson(res, created ? 201 : 200, conversationGrant(tokens.issue(claims.conversationId, claims.userId)));
    }),
  );

  server.post(
    '/v3/directline/conversations/:conversationId/activities',
    withAccess(async (req, res, claims) => {
      if (!store.has(claims.conversationId)) return conversationGone(res);
      const check = parseUserMessage(req.body);
      if (!check.ok) return sendError(res, 400, 'bad_activity', check.problem);
      // Logged before the bot runs: Web Chat shows its message as "Sending" until it reads it back.
      const echoed = store.append(claims.conversationId, userActivityContent(claims.userId, check.message));
      if (!echoed) return conversationGone(res);
      try {
        await bridge.deliver(echoed);
      } catch (error) {
        logger.error({ event: 'direct-line-turn-failed', conversationId: claims.conversationId, err: error }, 'bot turn failed');
        return sendError(res, 502, 'bot_unavailable', 'The bot could not take the message.');
      }
      sendJson(res, 200, { id: echoed.id });
    }, 'conversationId'),
  );

  server.get(
    '/v3/directline/conversations/:conversationId/activities',
    withAccess(async (req, res, claims) => {
      const watermark = queryParam(req, 'watermark') ?? '';
      if (watermark !== '' && !WATERMARK.test(watermark)) return sendError(res, 400, 'bad_watermark', 'watermark must be a whole number.');
      const set = store.read(claims.conversationId, watermark === '' ? 0 : Number(watermark));
      if (!set) return conversationGone(res);
      sendJson(res, 200, set);
    }, 'conversationId'),
  );

  server.post(
    '/v3/directline/tokens/refresh',
    withAccess(async (_req, res, claims) => {
      sendJson(res, 200, conversationGrant(tokens.issue(claims.conversationId, claims.userId)));
    }),
  );
}
