// The HTTP server: Bot Framework messages, health, source pages and the JSON question door.
// Wiring only; behaviour lives in the bot, the core and the page renderers.
import type { CloudAdapter } from 'botbuilder';
import restify, { type Next, type Request, type Response } from 'restify';
import type { Config } from '../config/config';
import { answerQuestion } from '../presentation/answer';
import type { KnowledgeIndex } from '../core/buildIndex';
import type { MgiBot } from '../bot/MgiBot';
import { registerPages } from '../web/registerPages';
import { registerDirectLine } from '../web/directLine/registerDirectLine';
import type { PagePolicy } from '../web/securityHeaders';
import { checkActivity } from './activityGuard';
import { askResponse } from './askResponse';
import { guardedResponse } from './botResponse';
import { RateLimiter } from './rateLimiter';
import { withTimeout } from './withTimeout';
import type { Logger } from './logger';

export interface ServerDependencies {
  readonly config: Config;
  readonly index: KnowledgeIndex;
  readonly adapter: CloudAdapter;
  readonly bot: MgiBot;
  readonly logger: Logger;
}

/** Bot Framework activities are small; anything bigger is not a chat message. */
const MAX_BODY_BYTES = 256 * 1024;

const queryString = (req: Request, name: string): string | undefined => {
  const value = (req.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
};

function sendJson(res: Response, status: number, body: unknown): void {
  res.status(status);
  res.json(body);
}

/**
 * Doors open to anyone on the web, limited per client: the questions and every Direct Line write.
 * Web Chat's polling (GET, five a second, a memory read) is not counted.
 */
const isPublicDoor = (req: Request): boolean =>
  req.path() === '/api/ask' || (req.method !== 'GET' && /^\/(?:api\/directline\/|v3\/directline\/)/.test(req.path()));
/** A person asks a few questions a minute; a page load makes a few Direct Line calls at once. */
const CONVERSATION_BURST = 20;
const CLIENT_BURST = 60;

function tooManyRequests(res: Response, retryAfterSeconds: number): void {
  res.header('Retry-After', String(retryAfterSeconds));
  sendJson(res, 429, { error: 'too_many_requests', message: `Too many requests; retry in ${retryAfterSeconds} s.` });
}

/** The client's address; behind a trusted proxy, the first X-Forwarded-For entry. */
function clientAddress(req: Request, trustProxy: boolean): string {
  const forwarded = trustProxy ? req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  return forwarded || req.socket.remoteAddress || 'unknown';
}

/** What pages may connect to and who may frame them. */
function pagePolicy(config: Config): PagePolicy {
  // In production the page talks to Azure Direct Line; locally it stays on its own origin.
  return { connectTo: config.directLine.secret ? [config.directLine.endpoint] : [], frameAncestors: '*' };
}

export function createServer({ config, index, adapter, bot, logger }: ServerDependencies): restify.Server {
  const server = restify.createServer({ name: 'mgi-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: MAX_BODY_BYTES }));

  const conversations = new RateLimiter({ perMinute: config.limits.conversationPerMinute, burst: Math.min(CONVERSATION_BURST, config.limits.conversationPerMinute) });
  const clients = new RateLimiter({ perMinute: config.limits.clientPerMinute, burst: Math.min(CLIENT_BURST, config.limits.clientPerMinute) });

  // The public doors (anyone on the web reaches them) are limited per client. /api/messages is
  // limited per conversation instead: Bot Service traffic all comes from a few shared addresses.
  server.use((req: Request, res: Response, next: Next) => {
    if (!isPublicDoor(req)) return next();
    const decision = clients.take(clientAddress(req, config.limits.trustProxy));
    if (decision.allowed) return next();
    return tooManyRequests(res, decision.retryAfterSeconds);
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    if (!req.is('application/json')) return sendJson(res, 415, { error: 'unsupported_media_type', message: 'Send the activity as application/json.' });
    const verdict = checkActivity(req.body, { httpsOnly: Boolean(config.bot.appId) });
    if (verdict.verdict === 'reject') return sendJson(res, verdict.status, { error: verdict.error, message: verdict.message });
    if (verdict.verdict === 'ignore') {
      logger.debug({ event: 'ignored-activity', type: verdict.type }, 'activity type not handled');
      return sendJson(res, 200, {});
    }
    const decision = conversations.take(verdict.conversationId);
    if (!decision.allowed) return tooManyRequests(res, decision.retryAfterSeconds);
    await adapter.process(req, guardedResponse(res, logger), (context) => withTimeout(bot.run(context), config.limits.turnTimeoutMs));
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    sendJson(res, 200, { status: 'ok', sources: index.knowledge.sources.length, profiles: index.knowledge.profiles.map((p) => p.id) });
  });

  server.get('/api/ask', async (req: Request, res: Response) => {
    const question = queryString(req, 'q')?.trim();
    const lang = queryString(req, 'lang');
    if (!question) return sendJson(res, 400, { error: 'missing_question', message: 'Add the question as ?q=…' });
    const preferred = lang ? index.languages.fromLocale(lang) : undefined;
    if (lang !== undefined && lang !== '' && !preferred) return sendJson(res, 400, { error: 'bad_language', message: `lang must be one of ${index.languages.codes.join(', ')}` });
    if (question.length > config.maxQuestionLength) {
      return sendJson(res, 400, { error: 'question_too_long', message: `Questions are limited to ${config.maxQuestionLength} characters` });
    }
    const answer = answerQuestion(index, question, { preferred }, { publicUrl: config.publicUrl });
    logger.info({ event: 'ask', language: answer.language, kind: answer.kind, sources: answer.citations.map((c) => c.id) }, 'answered');
    sendJson(res, 200, askResponse(answer));
  });

  registerPages(server, index.knowledge, pagePolicy(config));
  registerDirectLine(server, { config, bot, logger, languages: index.languages });

  return server;
}
