// Configuration, read once from the environment, with defaults that run on a laptop.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The project folder (holds package.json and knowledge/), whether running from src/ or dist/. */
export const projectRoot: string = (() => {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
})();

/** The language used when nothing says which (DEFAULT_LANGUAGE); it must have a language pack. */
export const DEFAULT_LANGUAGE = 'en';

export interface Config {
  readonly port: number;
  /** Language of answers when neither the question, the user, the conversation nor the locale says (DEFAULT_LANGUAGE). */
  readonly defaultLanguage: string;
  /** Host to listen on. */
  readonly host: string;
  /** Base of public links (citations, source pages). */
  readonly publicUrl: string;
  readonly knowledgeDir: string;
  /** Longest question the bot answers; longer ones get a polite request to shorten. */
  readonly maxQuestionLength: number;
  /** Bot Framework credentials; all empty means anonymous (Emulator, local tests). */
  readonly bot: {
    readonly appId: string;
    readonly appPassword: string;
    readonly appType: string;
    readonly appTenantId: string;
    /** Which Bot Framework cloud the bot lives in, under the names botframework-connector uses. */
    readonly cloud: BotFrameworkCloud;
  };
  /** Protection of the server against floods and stuck turns. */
  readonly limits: {
    /** Activities one conversation may send to /api/messages per minute (RATE_LIMIT_CONVERSATION_PER_MINUTE; 0 = no limit). */
    readonly conversationPerMinute: number;
    /** Requests one client may make to the public doors (/api/ask, Direct Line) per minute (RATE_LIMIT_CLIENT_PER_MINUTE; 0 = no limit). */
    readonly clientPerMinute: number;
    /** A turn running longer than this is abandoned with an apology (TURN_TIMEOUT_SECONDS). */
    readonly turnTimeoutMs: number;
    /** Read the client address from X-Forwarded-For, behind a trusted reverse proxy (TRUST_PROXY: on/off). */
    readonly trustProxy: boolean;
  };
  /**
   * Where conversation state is kept. An empty connection string keeps it in memory (one instance);
   * an Azure Storage connection string keeps it in that account's blob container, shared by every instance.
   */
  readonly storage: {
    readonly connectionString: string;
    /** Blob container name (Azure rules: 3–63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit). */
    readonly container: string;
  };
  /**
   * How Web Chat reaches the bot. With a secret, the page gets tokens from Azure Direct Line;
   * without one, the server itself speaks Direct Line 3.0 ("local Direct Line", no Azure resource).
   */
  readonly directLine: {
    /** Azure Direct Line secret (DIRECT_LINE_SECRET); empty in local mode. Never leaves the server. */
    readonly secret: string;
    /** Azure Direct Line base URL, without a trailing slash (DIRECT_LINE_ENDPOINT). */
    readonly endpoint: string;
    /** Whether the server serves /v3/directline itself (LOCAL_DIRECT_LINE: on/off; default on without a secret). */
    readonly local: boolean;
    /** HMAC key signing local Direct Line tokens (DIRECT_LINE_TOKEN_SECRET). */
    readonly tokenSecret: string;
    /** Lifetime of a local token before it must be refreshed (DIRECT_LINE_TOKEN_TTL_SECONDS). */
    readonly tokenTtlSeconds: number;
    /** A local conversation with no request for this long is forgotten (DIRECT_LINE_CONVERSATION_TTL_SECONDS). */
    readonly conversationTtlSeconds: number;
    /** Most local conversations kept at once; the least recently active goes first (DIRECT_LINE_MAX_CONVERSATIONS). */
    readonly maxConversations: number;
    /** Most activities kept per local conversation; the oldest go first (DIRECT_LINE_MAX_ACTIVITIES_PER_CONVERSATION). */
    readonly maxActivitiesPerConversation: number;
  };
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

/**
 * The Bot Framework endpoints, named as botframework-connector's ConfigurationBotFrameworkAuthentication
 * names them. Every URL empty means the public cloud (or the cloud `channelService` names); setting any
 * of them switches the SDK to these values, each empty one taken from the cloud's defaults.
 */
export interface BotFrameworkCloud {
  /** ChannelService: empty for the public cloud; https://botframework.azure.us for US Government. */
  readonly channelService: string;
  /** ValidateAuthority: whether the login authority is checked against the known clouds (on by default). */
  readonly validateAuthority: boolean;
  /** ToChannelFromBotLoginUrl: where the bot asks for its outgoing token (login authority, tenant included). */
  readonly toChannelFromBotLoginUrl: string;
  /** ToChannelFromBotOAuthScope: the audience of that token (the channel's app). */
  readonly toChannelFromBotOAuthScope: string;
  /** ToBotFromChannelTokenIssuer: the issuer a channel's token must carry. */
  readonly toBotFromChannelTokenIssuer: string;
  /** OAuthUrl: the Bot Framework token service (user sign-in). */
  readonly oAuthUrl: string;
  /** ToBotFromChannelOpenIdMetadataUrl: where the signing keys of channel tokens are published. */
  readonly toBotFromChannelOpenIdMetadataUrl: string;
  /** ToBotFromEmulatorOpenIdMetadataUrl: where the signing keys of Emulator tokens are published. */
  readonly toBotFromEmulatorOpenIdMetadataUrl: string;
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/** Azure's rules for a blob container name. */
const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(name, `must be an integer from ${min} to ${max} (got "${raw}")`);
  return value;
}

/** An HMAC key shorter than this is guessable. */
const MIN_TOKEN_SECRET_LENGTH = 32;

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'on') return true;
  if (raw === 'off') return false;
  throw new ConfigError(name, `must be on or off (got "${env[name]}")`);
}

/** `value` if it is an absolute http(s) URL; anything else stops start-up naming the variable. */
function httpUrl(name: string, value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname || /\s/.test(value)) throw new ConfigError(name, `must be an absolute http(s) URL (got "${value}")`);
  return value;
}

/** An absolute http(s) URL, or empty. */
function optionalUrl(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim() ?? '';
  return value === '' ? value : httpUrl(name, value);
}

/** true/false or on/off, as the Bot Framework's own samples write ValidateAuthority. */
function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === 'on') return true;
  if (raw === 'false' || raw === 'off') return false;
  throw new ConfigError(name, `must be true or false (got "${env[name]}")`);
}

function readBotFrameworkCloud(env: NodeJS.ProcessEnv): BotFrameworkCloud {
  return {
    channelService: optionalUrl(env, 'ChannelService'),
    validateAuthority: flag(env, 'ValidateAuthority', true),
    toChannelFromBotLoginUrl: optionalUrl(env, 'ToChannelFromBotLoginUrl'),
    toChannelFromBotOAuthScope: optionalUrl(env, 'ToChannelFromBotOAuthScope'),
    toBotFromChannelTokenIssuer: optionalUrl(env, 'ToBotFromChannelTokenIssuer'),
    oAuthUrl: optionalUrl(env, 'OAuthUrl'),
    toBotFromChannelOpenIdMetadataUrl: optionalUrl(env, 'ToBotFromChannelOpenIdMetadataUrl'),
    toBotFromEmulatorOpenIdMetadataUrl: optionalUrl(env, 'ToBotFromEmulatorOpenIdMetadataUrl'),
  };
}

function readDirectLine(env: NodeJS.ProcessEnv): Config['directLine'] {
  const secret = env.DIRECT_LINE_SECRET?.trim() ?? '';
  const endpoint = httpUrl('DIRECT_LINE_ENDPOINT', (env.DIRECT_LINE_ENDPOINT?.trim() || 'https://directline.botframework.com').replace(/\/+$/, ''));
  const tokenSecret = env.DIRECT_LINE_TOKEN_SECRET ?? '';
  if (tokenSecret !== '' && tokenSecret.length < MIN_TOKEN_SECRET_LENGTH) {
    // The value itself is not echoed: it is a secret.
    throw new ConfigError('DIRECT_LINE_TOKEN_SECRET', `must be at least ${MIN_TOKEN_SECRET_LENGTH} characters long`);
  }
  return {
    secret,
    endpoint,
    local: onOff(env, 'LOCAL_DIRECT_LINE', secret === ''),
    // A random key is fine for one instance, but tokens it signs die with the process and other
    // instances reject them: behind a load balancer, set DIRECT_LINE_TOKEN_SECRET to one shared value.
    tokenSecret: tokenSecret || randomBytes(32).toString('base64url'),
    tokenTtlSeconds: integer(env, 'DIRECT_LINE_TOKEN_TTL_SECONDS', 3600, 1, 86400),
    conversationTtlSeconds: integer(env, 'DIRECT_LINE_CONVERSATION_TTL_SECONDS', 1800, 1, 604800),
    maxConversations: integer(env, 'DIRECT_LINE_MAX_CONVERSATIONS', 1000, 1, 1000000),
    maxActivitiesPerConversation: integer(env, 'DIRECT_LINE_MAX_ACTIVITIES_PER_CONVERSATION', 500, 1, 100000),
  };
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = integer(env, 'PORT', 3978, 0, 65535);
  const publicUrl = httpUrl('PUBLIC_URL', (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, ''));
  const logLevel = (env.LOG_LEVEL || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  const container = env.AZURE_STORAGE_CONTAINER || 'mgi-bot-state';
  if (!CONTAINER_NAME.test(container)) throw new ConfigError('AZURE_STORAGE_CONTAINER', `must be an Azure blob container name: 3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit (got "${container}")`);
  const defaultLanguage = env.DEFAULT_LANGUAGE?.trim().toLowerCase() || DEFAULT_LANGUAGE;
  if (!/^[a-z]{2,3}$/.test(defaultLanguage)) throw new ConfigError('DEFAULT_LANGUAGE', `must be a language code such as ${DEFAULT_LANGUAGE} (got "${env.DEFAULT_LANGUAGE}")`);
  return {
    port,
    defaultLanguage,
    host: env.HOST || '0.0.0.0',
    publicUrl,
    knowledgeDir: path.resolve(projectRoot, env.KNOWLEDGE_DIR || 'knowledge'),
    maxQuestionLength: integer(env, 'MAX_QUESTION_LENGTH', 2000, 50, 100000),
    bot: {
      appId: env.MicrosoftAppId ?? '',
      appPassword: env.MicrosoftAppPassword ?? '',
      appType: env.MicrosoftAppType || 'MultiTenant',
      appTenantId: env.MicrosoftAppTenantId ?? '',
      cloud: readBotFrameworkCloud(env),
    },
    limits: {
      conversationPerMinute: integer(env, 'RATE_LIMIT_CONVERSATION_PER_MINUTE', 60, 0, 100000000),
      clientPerMinute: integer(env, 'RATE_LIMIT_CLIENT_PER_MINUTE', 120, 0, 100000000),
      turnTimeoutMs: 1000 * integer(env, 'TURN_TIMEOUT_SECONDS', 20, 1, 600),
      trustProxy: onOff(env, 'TRUST_PROXY', false),
    },
    storage: {
      connectionString: env.AZURE_STORAGE_CONNECTION_STRING?.trim() ?? '',
      container,
    },
    directLine: readDirectLine(env),
    logLevel,
  };
}
