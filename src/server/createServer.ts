// The HTTP server: Bot Framework messages, health, source pages and the JSON question door.
// Wiring only; behaviour lives in the bot, the core and the page renderers.
import type { CloudAdapter } from 'botbuilder';
import restify, { type Request, type Response } from 'restify';
import type { Config } from '../config/config';
import { answerQuestion } from '../core/answerQuestion';
import type { KnowledgeIndex } from '../core/buildIndex';
import { languageOfLocale } from '../core/detectLanguage';
import type { MgiBot } from '../bot/MgiBot';
import { registerPages } from '../web/registerPages';
import { registerDirectLine } from '../web/directLine/registerDirectLine';
import type { PagePolicy } from '../web/securityHeaders';
import { askResponse } from './askResponse';
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

/** What pages may connect to and who may frame them. */
function pagePolicy(config: Config): PagePolicy {
  // In production the page talks to Azure Direct Line; locally it stays on its own origin.
  return { connectTo: config.directLine.secret ? [config.directLine.endpoint] : [], frameAncestors: '*' };
}

export function createServer({ config, index, adapter, bot, logger }: ServerDependencies): restify.Server {
  const server = restify.createServer({ name: 'mgi-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: MAX_BODY_BYTES }));

  server.post('/api/messages', async (req: Request, res: Response) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    sendJson(res, 200, { status: 'ok', sources: index.knowledge.sources.length, profiles: index.knowledge.profiles.map((p) => p.id) });
  });

  server.get('/api/ask', async (req: Request, res: Response) => {
    const question = queryString(req, 'q')?.trim();
    const lang = queryString(req, 'lang');
    if (!question) return sendJson(res, 400, { error: 'missing_question', message: 'Add the question as ?q=…' });
    if (lang !== undefined && lang !== '' && !languageOfLocale(lang)) return sendJson(res, 400, { error: 'bad_language', message: 'lang must be en or fr' });
    if (question.length > config.maxQuestionLength) {
      return sendJson(res, 400, { error: 'question_too_long', message: `Questions are limited to ${config.maxQuestionLength} characters` });
    }
    const answer = answerQuestion(index, question, { preferred: languageOfLocale(lang) }, { publicUrl: config.publicUrl });
    logger.info({ event: 'ask', language: answer.language, kind: answer.kind, sources: answer.citations.map((c) => c.id) }, 'answered');
    sendJson(res, 200, askResponse(answer));
  });

  registerPages(server, index.knowledge, pagePolicy(config));
  registerDirectLine(server, { config, bot, logger });

  return server;
}
