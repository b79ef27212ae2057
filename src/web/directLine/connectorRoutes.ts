// The loopback connector: the Bot Framework connector routes the adapter calls with the bot's
// replies, writing them into the local conversation's log. They sit under a random path segment
// made at start and known only to this process, so nobody outside can post as the bot.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { BOT_ACCOUNT, isRecord, type ActivityContent, type DirectLineAccount } from './activity';
import type { ConversationStore } from './conversationStore';
import { routeParam, sendError, sendJson } from './http';

export interface LoopbackConnector {
  /** The unguessable path segment. */
  readonly key: string;
  /** The serviceUrl handed to the bot, e.g. `http://127.0.0.1:3978/_connector/<key>`. */
  serviceUrl(): string;
}

/** `origin` is read when a turn starts: the port is known only once the server listens (and may be 0 in tests). */
export function createLoopbackConnector(origin: () => string, key: string = randomBytes(24).toString('base64url')): LoopbackConnector {
  return { key, serviceUrl: () => `${origin()}/_connector/${key}` };
}

const sameKey = (given: string, key: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
};

const account = (value: unknown, role: DirectLineAccount['role'], fallback?: DirectLineAccount): DirectLineAccount | undefined => {
  if (!isRecord(value) || typeof value.id !== 'string') return fallback;
  return { id: value.id, ...(typeof value.name === 'string' && value.name ? { name: value.name } : {}), role };
};

/**
 * The bot's activity as clients will read it: marked as the bot's, without the serviceUrl (it holds
 * the connector key) or the fields the log sets itself (id, timestamp, conversation, channel).
 */
function botActivityContent(body: Record<string, unknown> & { type: string }): ActivityContent {
  const { serviceUrl: _serviceUrl, id: _id, timestamp: _timestamp, localTimestamp: _local, conversation: _conversation, channelId: _channel, from, recipient, ...rest } = body;
  const to = account(recipient, 'user');
  return { ...rest, from: account(from, 'bot', BOT_ACCOUNT) ?? BOT_ACCOUNT, ...(to ? { recipient: to } : {}) };
}

const isBotActivity = (body: unknown): body is Record<string, unknown> & { type: string } => isRecord(body) && typeof body.type === 'string' && body.type !== '';

export function mountConnectorRoutes(server: Server, connector: LoopbackConnector, store: ConversationStore): void {
  const base = '/_connector/:connectorKey/v3/conversations/:conversationId/activities';

  /** Runs the handler only for the right key; anything else is the same 404 as an unknown route. */
  const guarded = (handler: (req: Request, res: Response, conversationId: string) => void) => async (req: Request, res: Response) => {
    if (!sameKey(routeParam(req, 'connectorKey'), connector.key)) return sendError(res, 404, 'not_found', 'No such route.');
    handler(req, res, routeParam(req, 'conversationId'));
  };

  const append = guarded((req, res, conversationId) => {
    if (!isBotActivity(req.body)) return sendError(res, 400, 'bad_activity', 'An activity must be a JSON object with a type.');
    const stored = store.append(conversationId, botActivityContent(req.body));
    if (!stored) return sendError(res, 404, 'conversation_not_found', 'No such conversation.');
    sendJson(res, 200, { id: stored.id });
  });

  // SendToConversation and ReplyToActivity (the adapter's sendActivity uses the reply form).
  server.post(base, append);
  server.post(`${base}/:activityId`, append);

  server.put(
    `${base}/:activityId`,
    guarded((req, res, conversationId) => {
      if (!isBotActivity(req.body)) return sendError(res, 400, 'bad_activity', 'An activity must be a JSON object with a type.');
      const stored = store.replace(conversationId, routeParam(req, 'activityId'), botActivityContent(req.body));
      if (!stored) return sendError(res, 404, 'activity_not_found', 'No such activity in this conversation.');
      sendJson(res, 200, { id: stored.id });
    }),
  );

  server.del(
    `${base}/:activityId`,
    guarded((req, res, conversationId) => {
      if (!store.remove(conversationId, routeParam(req, 'activityId'))) return sendError(res, 404, 'activity_not_found', 'No such activity in this conversation.');
      sendJson(res, 200, {});
    }),
  );
}
