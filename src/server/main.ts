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
import { createLogger } from './logger';

export async function start(env: NodeJS.ProcessEnv = process.env): Promise<{ close(): Promise<void>; url: string }> {
  const config = readConfig(env);
  const logger = createLogger(config.logLevel);
  keepEntityPropertiesOnTheWire();
  const index = buildIndex(await loadKnowledge(config.knowledgeDir));
  const storage = createStorage(config.storage);
  const adapter = createAdapter(config, logger);
  const bot = new MgiBot({
    index,
    conversationState: new ConversationState(storage),
    userState: new UserState(storage),
    publicUrl: config.publicUrl,
    maxQuestionLength: config.maxQuestionLength,
    logger,
  });
  const server = createServer({ config, index, adapter, bot, logger });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address();
  const url = `http://localhost:${address.port}`;
  logger.info({ event: 'listening', url, publicUrl: config.publicUrl, sources: index.knowledge.sources.length, auth: config.bot.appId ? 'bot-framework' : 'anonymous', storage: describeStorage(config.storage) }, `mgi-bot listening on ${url}`);
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

if (require.main === module) {
  start().catch((error: unknown) => {
    // A bad knowledge file or setting stops start-up with a message that says which and why.
    console.error(`mgi-bot could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
