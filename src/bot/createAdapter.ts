// The Bot Framework adapter, authenticated from the usual environment variables
// (anonymous when MicrosoftAppId is empty, as with the Emulator), with one typed error hook.
import { CallerIdConstants, CloudAdapter, ConfigurationBotFrameworkAuthentication, StatusCodes, TurnContext, type Activity, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, GovernmentConstants, type AuthenticateRequestResult } from 'botframework-connector';
import { randomUUID } from 'node:crypto';
import { ConfigError, type BotFrameworkCloud, type Config } from '../config/config';
import type { LanguageRegistry } from '../core/language/registry';
import { translator } from '../i18n/i18n';
import type { Logger } from '../server/logger';
import { CloudCredentialsFactory } from './cloudCredentialsFactory';

type CloudEndpoints = Required<Pick<ConfigurationBotFrameworkAuthenticationOptions, 'ToChannelFromBotLoginUrl' | 'ToChannelFromBotOAuthScope' | 'ToBotFromChannelTokenIssuer' | 'OAuthUrl' | 'ToBotFromChannelOpenIdMetadataUrl' | 'ToBotFromEmulatorOpenIdMetadataUrl' | 'CallerId'>>;

/** The clouds the SDK knows by their ChannelService value (empty: the public cloud). */
const KNOWN_CLOUDS: Readonly<Record<string, CloudEndpoints>> = {
  '': {
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  },
  [GovernmentConstants.ChannelService]: {
    ToChannelFromBotLoginUrl: GovernmentConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: GovernmentConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: GovernmentConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: GovernmentConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: GovernmentConstants.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: GovernmentConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.USGovChannel,
  },
};

/**
 * The SDK's settings for `cloud`. Setting any endpoint switches the SDK to "parameterized"
 * authentication, where every endpoint must be given: the named cloud's values fill the empty ones.
 * A ChannelService the SDK does not know needs every endpoint, or the bot would not start.
 */
export function cloudSettings(cloud: BotFrameworkCloud): Partial<ConfigurationBotFrameworkAuthenticationOptions> {
  const given: Partial<CloudEndpoints> = {
    ToChannelFromBotLoginUrl: cloud.toChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: cloud.toChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: cloud.toBotFromChannelTokenIssuer,
    OAuthUrl: cloud.oAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: cloud.toBotFromChannelOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: cloud.toBotFromEmulatorOpenIdMetadataUrl,
  };
  const set = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== '')) as Partial<CloudEndpoints>;
  const known = KNOWN_CLOUDS[cloud.channelService.replace(/\/+$/, '')];
  if (!known) {
    const missing = Object.keys(given).filter((name) => !(name in set));
    if (missing.length > 0) throw new ConfigError('ChannelService', `names a cloud the Bot Framework SDK does not know ("${cloud.channelService}"): set ${missing.join(', ')} for it`);
    return { ChannelService: cloud.channelService, ValidateAuthority: cloud.validateAuthority, ...set };
  }
  if (Object.keys(set).length === 0) return { ChannelService: cloud.channelService, ValidateAuthority: cloud.validateAuthority };
  return { ChannelService: cloud.channelService, ValidateAuthority: cloud.validateAuthority, ...known, ...set };
}

/** What jsonwebtoken throws for a token that fails verification (bad or missing signature, not yet valid, expired). */
const TOKEN_VERIFICATION_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * The SDK's authentication, with one correction: it rethrows jsonwebtoken's own errors for a token
 * whose signature is wrong or missing (`alg: none`), which the adapter then answers with a 500 as if
 * the bot had failed. A token that fails verification is the caller's fault: 401, like every other.
 */
class ChannelAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (error instanceof Error && TOKEN_VERIFICATION_ERRORS.has(error.name)) throw new AuthenticationError('Unauthorized. Token verification failed.', StatusCodes.UNAUTHORIZED);
      throw error;
    }
  }
}

export function createAdapter(config: Config, logger: Logger, languages: LanguageRegistry): CloudAdapter {
  const auth: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: config.bot.appPassword,
    MicrosoftAppType: config.bot.appType,
    MicrosoftAppTenantId: config.bot.appTenantId,
    ...cloudSettings(config.bot.cloud),
  };
  const adapter = new CloudAdapter(new ChannelAuthentication(auth, new CloudCredentialsFactory(config.bot)));
  adapter.onTurnError = async (context: TurnContext, error: unknown): Promise<void> => {
    const reference = randomUUID().slice(0, 8);
    logger.error({ event: 'turn-error', reference, conversationId: context.activity.conversation?.id, err: error }, 'turn failed');
    const language = languages.fromLocale(context.activity.locale) ?? languages.defaultLanguage;
    try {
      await context.sendActivity({ type: 'message', text: translator(language)('errors.turn', { reference }) });
    } catch (sendError) {
      logger.error({ event: 'turn-error-reply-failed', reference, err: sendError }, 'could not apologise');
    }
  };
  return adapter;
}
