// Every Bot Framework endpoint comes from the environment (the names botframework-connector uses):
// empty means the public cloud; a sovereign or private cloud sets its own; a malformed one stops
// start-up naming the variable.
import { GovernmentConstants } from 'botframework-connector';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt } from '../support/botProcess';
import { guardEnvironment } from '../support/networkGuardRun.cjs';
import { cloudSettings } from '../../src/bot/createAdapter';
import { ConfigError, readConfig } from '../../src/config/config';

const ENDPOINTS = ['ToChannelFromBotLoginUrl', 'ToChannelFromBotOAuthScope', 'ToBotFromChannelTokenIssuer', 'OAuthUrl', 'ToBotFromChannelOpenIdMetadataUrl', 'ToBotFromEmulatorOpenIdMetadataUrl'] as const;

describe('Bot Framework cloud settings', () => {
  test('with nothing set, the bot uses the public cloud as the SDK defines it', () => {
    const { cloud } = readConfig({}).bot;
    expect(cloud).toEqual({ channelService: '', validateAuthority: true, toChannelFromBotLoginUrl: '', toChannelFromBotOAuthScope: '', toBotFromChannelTokenIssuer: '', oAuthUrl: '', toBotFromChannelOpenIdMetadataUrl: '', toBotFromEmulatorOpenIdMetadataUrl: '' });
    expect(cloudSettings(cloud)).toEqual({ ChannelService: '', ValidateAuthority: true });
  });

  test('ChannelService alone selects the US Government cloud the SDK knows', () => {
    expect(cloudSettings(readConfig({ ChannelService: GovernmentConstants.ChannelService }).bot.cloud)).toEqual({ ChannelService: GovernmentConstants.ChannelService, ValidateAuthority: true });
  });

  test('one endpoint set: the others are the named cloud’s, so the SDK gets a complete set', () => {
    const settings = cloudSettings(readConfig({ ChannelService: GovernmentConstants.ChannelService, ToChannelFromBotLoginUrl: 'https://login.example.gov/tenant' }).bot.cloud);
    expect(settings).toMatchObject({ ToChannelFromBotLoginUrl: 'https://login.example.gov/tenant', ToChannelFromBotOAuthScope: GovernmentConstants.ToChannelFromBotOAuthScope, ToBotFromChannelTokenIssuer: GovernmentConstants.ToBotFromChannelTokenIssuer, OAuthUrl: GovernmentConstants.OAuthUrl });
    const publicFilled = cloudSettings(readConfig({ ToBotFromChannelOpenIdMetadataUrl: 'https://keys.example/openid' }).bot.cloud);
    expect(publicFilled).toMatchObject({ ToBotFromChannelOpenIdMetadataUrl: 'https://keys.example/openid', ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com' });
  });

  test('a cloud the SDK does not know must give every endpoint, and start-up says which are missing', () => {
    const cloud = readConfig({ ChannelService: 'https://botframework.sovereign.example', ToChannelFromBotLoginUrl: 'https://login.sovereign.example/t' }).bot.cloud;
    expect(() => cloudSettings(cloud)).toThrow(/ChannelService .*ToChannelFromBotOAuthScope, ToBotFromChannelTokenIssuer, OAuthUrl, ToBotFromChannelOpenIdMetadataUrl, ToBotFromEmulatorOpenIdMetadataUrl/);
    const complete = Object.fromEntries(ENDPOINTS.map((name) => [name, `https://${name.toLowerCase()}.sovereign.example/`]));
    expect(cloudSettings(readConfig({ ChannelService: 'https://botframework.sovereign.example', ValidateAuthority: 'false', ...complete }).bot.cloud)).toEqual({ ChannelService: 'https://botframework.sovereign.example', ValidateAuthority: false, ...complete });
  });

  test.each([...ENDPOINTS, 'ChannelService'])('a malformed %s stops start-up with a message naming it', (name) => {
    for (const bad of ['login.example.com/tenant', 'ftp://login.example.com', 'https://', 'https://exa mple.com']) {
      expect(() => readConfig({ [name]: bad })).toThrow(ConfigError);
      expect(() => readConfig({ [name]: bad })).toThrow(new RegExp(`^Configuration: ${name} must be an absolute http\\(s\\) URL`));
    }
  });

  test('ValidateAuthority takes true/false (or on/off) and names itself otherwise', () => {
    expect(readConfig({ ValidateAuthority: 'False' }).bot.cloud.validateAuthority).toBe(false);
    expect(readConfig({ ValidateAuthority: 'on' }).bot.cloud.validateAuthority).toBe(true);
    expect(() => readConfig({ ValidateAuthority: 'maybe' })).toThrow(/^Configuration: ValidateAuthority must be true or false/);
  });
});

test('the server does not start with a malformed endpoint, and says which variable is wrong', async () => {
  await ensureBuilt();
  const main = path.resolve(__dirname, '../../dist/src/server/main.js');
  const env = { PATH: process.env.PATH ?? '', ...guardEnvironment(), PORT: '0', HOST: '127.0.0.1', MicrosoftAppId: 'app', MicrosoftAppPassword: 'secret', ToChannelFromBotLoginUrl: 'login.sovereign.example/tenant' };
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = execFile(process.execPath, [main], { env, timeout: 15_000 }, (_error, _stdout, err) => resolve({ code: child.exitCode, stderr: err }));
  });
  expect(code).toBe(1);
  expect(stderr).toMatch(/mgi-bot could not start: Configuration: ToChannelFromBotLoginUrl must be an absolute http\(s\) URL \(got "login.sovereign.example\/tenant"\)/);
}, 60_000);
