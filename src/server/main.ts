// `npm start`: reads configuration, loads and validates the knowledge, serves the bot.
import { ConversationState, UserState } from 'botbuilder';
import { createStorage, describeStorage } from '../bot/createStorage';
import { createAdapter } from '../bot/createAdapter';
import { keepEntityPropertiesOnTheWire } from '../bot/connectorEntities';
import { MgiBot } from '../bot/MgiBot';
import { readConfig } from '../config/config';
import { buildIndex } from '../core/buildIndex';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { createServer } from './createServer';
import { trackInFlight } from './drain';
import type { DestinationStream } from 'pino';
import { createLogger, type Logger } from './logger';

export interface RunningBot {
  readonly url: string;
  /** Stops at once. */
  close(): Promise<void>;
  /** Stops accepting, lets turns in flight finish (at most `graceMs`), then closes. */
  drain(graceMs?: number): Promise<{ unfinished: number }>;
  readonly logger: Logger;
}

/** How long a SIGTERM waits for turns in flight. */
const DRAIN_GRACE_MS = 10000;

export interface StartOptions {
  /** Where the JSON logs go; stdout by default. */
  readonly logDestination?: DestinationStream;
}

export async function start(env: NodeJS.ProcessEnv = process.env, options: StartOptions = {}): Promise<RunningBot> {
  const config = readConfig(env);
  const logger = createLogger(config.logLevel, options.logDestination);
  keepEntityPropertiesOnTheWire();
  const index = buildIndex(await loadKnowledge(config.knowledgeDir, config.defaultLanguage));
  const storage = createStorage(config.storage);
  const adapter = createAdapter(config, logger, index.languages);
  const bot = new MgiBot({
    index,
    conversationState: new ConversationState(storage),
    userState: new UserState(storage),
    publicUrl: config.publicUrl,
    maxQuestionLength: config.maxQuestionLength,
    logger,
  });
  const server = createServer({ config, index, adapter, bot, logger });
  const inFlight = trackInFlight(server, logger);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address();
  const url = `http://localhost:${address.port}`;
  logger.info({ event: 'listening', url, publicUrl: config.publicUrl, sources: index.knowledge.sources.length, auth: config.bot.appId ? 'bot-framework' : 'anonymous', storage: describeStorage(config.storage) }, `mgi-bot listening on ${url}`);
  return {
    url,
    logger,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    drain: (graceMs = DRAIN_GRACE_MS) => inFlight.drain(graceMs),
  };
}

if (require.main === module) {
  start()
    .then((bot) => {
      // A stray rejection is a bug to fix, not a reason to drop everyone's conversation.
      process.on('unhandledRejection', (reason) => bot.logger.error({ event: 'unhandled-rejection', err: reason }, 'unhandled promise rejection'));
      const stop = (signal: NodeJS.Signals): void => {
        bot.logger.info({ event: 'signal', signal }, `received ${signal}`);
        void bot.drain().then(({ unfinished }) => {
          bot.logger.info({ event: 'stopped', unfinished }, 'stopped');
          process.exit(0);
        });
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    })
    .catch((error: unknown) => {
      // A bad knowledge file or setting stops start-up with a message that says which and why.
      console.error(`mgi-bot could not start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
