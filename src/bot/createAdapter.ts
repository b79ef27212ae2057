// The Bot Framework adapter, authenticated from the usual environment variables
// (anonymous when MicrosoftAppId is empty, as with the Emulator), with one typed error hook.
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import { randomUUID } from 'node:crypto';
import type { Config } from '../config/config';
import { languageOfLocale } from '../core/detectLanguage';
import { translator } from '../i18n/i18n';
import type { Logger } from '../server/logger';

/**
 * Setting an OpenID metadata URL switches the SDK to fully "parameterized" authentication, where
 * every other setting must be given too: the public cloud's values fill them in.
 */
function publicCloudWithMetadata(config: Config): Partial<ConfigurationBotFrameworkAuthenticationOptions> {
  const { channelOpenIdMetadataUrl, emulatorOpenIdMetadataUrl } = config.bot;
  if (!channelOpenIdMetadataUrl && !emulatorOpenIdMetadataUrl) return {};
  return {
    ToBotFromChannelOpenIdMetadataUrl: channelOpenIdMetadataUrl || AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: emulatorOpenIdMetadataUrl || AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ValidateAuthority: true,
  };
}

export function createAdapter(config: Config, logger: Logger): CloudAdapter {
  const auth: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.bot.appId,
    MicrosoftAppPassword: config.bot.appPassword,
    MicrosoftAppType: config.bot.appType,
    MicrosoftAppTenantId: config.bot.appTenantId,
    ...publicCloudWithMetadata(config),
  };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(auth));
  adapter.onTurnError = async (context: TurnContext, error: unknown): Promise<void> => {
    const reference = randomUUID().slice(0, 8);
    logger.error({ event: 'turn-error', reference, conversationId: context.activity.conversation?.id, err: error }, 'turn failed');
    const language = languageOfLocale(context.activity.locale) ?? 'en';
    try {
      await context.sendActivity({ type: 'message', text: translator(language)('errors.turn', { reference }) });
    } catch (sendError) {
      logger.error({ event: 'turn-error-reply-failed', reference, err: sendError }, 'could not apologise');
    }
  };
  return adapter;
}
