// The bot's outgoing credentials (the token it sends with each reply to the channel).
import { ConfidentialClientApplication } from '@azure/msal-node';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { AuthenticationConstants, GovernmentConstants, MsalAppCredentials, ServiceClientCredentialsFactory, type ServiceClientCredentials } from 'botframework-connector';
import type { Config } from '../config/config';

/** Login hosts MSAL knows without asking the network. */
const KNOWN_LOGIN_PREFIXES = [AuthenticationConstants.ToChannelFromBotLoginUrlPrefix, GovernmentConstants.ToChannelFromBotLoginUrlPrefix];

/**
 * The SDK's own factory (chosen by MicrosoftAppType), with one change for private and sovereign
 * clouds: for a login authority MSAL does not know, it first asks login.microsoftonline.com about it
 * ("instance discovery"), which an isolated cloud cannot reach. With ValidateAuthority=false the
 * configured authority is trusted as it is (MSAL's knownAuthorities), so the bot talks to its
 * configured login URL and nothing else.
 */
export class CloudCredentialsFactory extends ServiceClientCredentialsFactory {
  /** Typed as the base class, whose contract lets the audience be undefined, as the SDK calls it. */
  private readonly sdkFactory: ServiceClientCredentialsFactory;

  constructor(private readonly bot: Config['bot']) {
    super();
    this.sdkFactory = new ConfigurationServiceClientCredentialFactory({
      MicrosoftAppId: bot.appId,
      MicrosoftAppPassword: bot.appPassword,
      MicrosoftAppType: bot.appType,
      MicrosoftAppTenantId: bot.appTenantId,
    });
  }

  isValidAppId(appId: string): Promise<boolean> {
    return this.sdkFactory.isValidAppId(appId);
  }

  isAuthenticationDisabled(): Promise<boolean> {
    return this.sdkFactory.isAuthenticationDisabled();
  }

  async createCredentials(appId: string, audience: string | undefined, loginEndpoint: string, validateAuthority: boolean): Promise<ServiceClientCredentials> {
    const trustAsConfigured = !validateAuthority && this.bot.appPassword !== '' && appId === this.bot.appId && !KNOWN_LOGIN_PREFIXES.some((prefix) => loginEndpoint.toLowerCase().startsWith(prefix));
    if (!trustAsConfigured) return this.sdkFactory.createCredentials(appId, audience, loginEndpoint, validateAuthority);
    const client = new ConfidentialClientApplication({
      auth: { clientId: appId, clientSecret: this.bot.appPassword, authority: loginEndpoint, knownAuthorities: [new URL(loginEndpoint).host] },
    });
    const scope = audience || this.bot.cloud.toChannelFromBotOAuthScope || AuthenticationConstants.ToChannelFromBotOAuthScope;
    return new MsalAppCredentials(client, appId, loginEndpoint, scope);
  }
}
