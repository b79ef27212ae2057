// Wiring: the token door for the web page, and (in local mode) Direct Line 3.0 with its loopback
// connector and its own adapter, on the server that hosts the bot.
import type { Server } from 'restify';
import { createAdapter } from '../../bot/createAdapter';
import type { Config } from '../../config/config';
import type { Logger } from '../../server/logger';
import { BotBridge, type BotLogic } from './botBridge';
import { createLoopbackConnector, mountConnectorRoutes } from './connectorRoutes';
import { ConversationStore } from './conversationStore';
import type { LanguageRegistry } from '../../core/language/registry';
import { mountLocalDirectLine } from './localDirectLine';
import { mountTokenEndpoint, type TokenSource } from './tokenEndpoint';
import { TokenIssuer } from './tokens';

export interface DirectLineDependencies {
  readonly config: Config;
  /** The same bot that answers on /api/messages. */
  readonly bot: BotLogic;
  readonly logger: Logger;
  /** The languages the bot speaks (its apologies follow the activity's locale). */
  readonly languages: LanguageRegistry;
}

/** Where this process reaches itself: the bound port, on loopback when listening on every interface. */
function loopbackOrigin(server: Server, host: string): string {
  const { port } = server.address();
  const reachable = host === '' || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}

function tokenSource({ directLine, publicUrl }: Config, tokens: TokenIssuer): TokenSource {
  if (directLine.secret) return { kind: 'azure', endpoint: directLine.endpoint, secret: directLine.secret };
  if (directLine.local) return { kind: 'local', tokens, domain: `${publicUrl}/v3/directline` };
  return { kind: 'none' };
}

export function registerDirectLine(server: Server, { config, bot, logger, languages }: DirectLineDependencies): void {
  const settings = config.directLine;
  const tokens = new TokenIssuer({ secret: settings.tokenSecret, ttlSeconds: settings.tokenTtlSeconds });
  mountTokenEndpoint(server, tokenSource(config, tokens), logger);
  if (!settings.local) return;

  const store = new ConversationStore({
    ttlSeconds: settings.conversationTtlSeconds,
    maxConversations: settings.maxConversations,
    maxActivitiesPerConversation: settings.maxActivitiesPerConversation,
  });
  // Read at each turn, not now: the port is known only after listen (PORT=0 picks one).
  const connector = createLoopbackConnector(() => loopbackOrigin(server, config.host));
  // A dedicated anonymous adapter, not the one behind /api/messages: with MicrosoftAppId set, that
  // one would ask Entra ID for a token before each reply and reject these activities, which carry
  // no Bot Framework JWT. Nothing here leaves the process, so there is nothing to authenticate.
  const adapter = createAdapter({ ...config, bot: { ...config.bot, appId: '', appPassword: '', appTenantId: '' } }, logger, languages);
  const bridge = new BotBridge({ adapter, bot, serviceUrl: connector.serviceUrl });
  mountConnectorRoutes(server, connector, store);
  mountLocalDirectLine(server, { store, tokens, bridge, logger });
}
