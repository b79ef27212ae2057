// The Microsoft Teams app package: manifest/ checked offline against the official Teams schemas
// bundled in @microsoft/app-manifest, the icons Teams requires, and what `npm run package` writes.
import JSZip from 'jszip';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { parseDotEnv, withDotEnv } from '../../src/teams/dotEnv';
import { PackagingError, packageTeamsApp } from '../../src/teams/packageTeamsApp';
import { resolveVariables } from '../../src/teams/packageVariables';
import { fillPlaceholders, findPlaceholders, type JsonValue } from '../../src/teams/placeholders';
import { schemaFile, teamsSchemas } from '../../src/teams/teamsSchemas';

const ROOT = path.join(__dirname, '..', '..');
const MANIFEST_DIR = path.join(ROOT, 'manifest');
const readJson = (file: string): JsonValue => JSON.parse(readFileSync(path.join(MANIFEST_DIR, file), 'utf8')) as JsonValue;

/** The parts of the Teams manifest these tests read (the schema checks the rest). */
interface Command {
  title: string;
  description?: string;
}
interface TeamsManifest {
  manifestVersion: string;
  id: string;
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  name: { short: string; full: string };
  description: { short: string; full: string };
  icons: { color: string; outline: string };
  accentColor: string;
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
  bots: { botId: string; scopes: string[]; supportsFiles: boolean; commandLists: { scopes: string[]; commands: Command[] }[] }[];
  composeExtensions: {
    botId: string;
    composeExtensionType: string;
    commands: { id: string; type: string; title: string; initialRun: boolean; parameters: { name: string; title: string; description: string; inputType: string }[] }[];
  }[];
  staticTabs: { entityId: string; name: string; contentUrl: string; websiteUrl: string; scopes: string[] }[];
  validDomains: string[];
  permissions?: string[];
}
type Localization = Record<string, string>;

const TEMPLATE = readJson('manifest.json');
const FRENCH_TEMPLATE = readJson('fr.json');
const TEST_VALUES = {
  TEAMS_APP_ID: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  BOT_ID: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  PUBLIC_HOSTNAME: 'mgi-bot.test.example',
};
const manifest = fillPlaceholders(TEMPLATE, TEST_VALUES) as unknown as TeamsManifest;
const french = fillPlaceholders(FRENCH_TEMPLATE, TEST_VALUES) as unknown as Localization;
const schemas = teamsSchemas('1.30');

/** The manifest value a localization key such as `bots[0].commandLists[0].commands[0].title` replaces. */
function valueAt(root: unknown, key: string): unknown {
  const steps = [...key.matchAll(/[^.[\]]+|\[(\d+)\]/g)].map((m) => (m[1] === undefined ? m[0] : Number(m[1])));
  return steps.reduce<unknown>((node, step) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[step] : undefined), root);
}

describe('manifest/manifest.json', () => {
  it('uses manifest version 1.30, whose schema is bundled with @microsoft/app-manifest', () => {
    expect(manifest.manifestVersion).toBe('1.30');
    expect(existsSync(schemaFile('1.30', 'MicrosoftTeams.schema.json'))).toBe(true);
    expect(existsSync(schemaFile('1.30', 'MicrosoftTeams.Localization.schema.json'))).toBe(true);
  });

  it('with its placeholders filled, validates against the bundled Teams 1.30 manifest schema', () => {
    expect(schemas.validateManifest(manifest)).toEqual([]);
  });

  it('is rejected by the same check when a value breaks the schema (a bot id that is not a GUID, a developer name over 32 characters)', () => {
    const broken = fillPlaceholders(TEMPLATE, { ...TEST_VALUES, BOT_ID: 'mgi-bot' }) as unknown as TeamsManifest;
    broken.developer.name = 'International Organization for Migration';
    const problems = schemas.validateManifest(broken);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^\/bots\/0\/botId /), expect.stringMatching(/^\/developer\/name /)]));
  });

  it('takes its ids and public host from the TEAMS_APP_ID, BOT_ID and PUBLIC_HOSTNAME placeholders only', () => {
    expect(findPlaceholders(TEMPLATE, FRENCH_TEMPLATE)).toEqual(['BOT_ID', 'PUBLIC_HOSTNAME', 'TEAMS_APP_ID']);
    expect(manifest.id).toBe(TEST_VALUES.TEAMS_APP_ID);
    expect(manifest.bots[0]!.botId).toBe(TEST_VALUES.BOT_ID);
    expect(manifest.composeExtensions[0]!.botId).toBe(TEST_VALUES.BOT_ID);
    expect(manifest.validDomains).toEqual([TEST_VALUES.PUBLIC_HOSTNAME]);
    for (const url of Object.values(manifest.developer).slice(1)) expect(url).toMatch(/^https:\/\/mgi-bot\.test\.example\/(sources\/mgi\/overview)?$/);
  });

  it('names the assistant and says what it does: bilingual, the six MGI domains, Manaus 2023, cited answers', () => {
    expect(manifest.name).toEqual({ short: 'MGI assistant', full: 'Migration Governance Indicators assistant' });
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    for (const words of [/English or French/, /six domains/, /Manaus/, /October 2023/, /cites its source/]) expect(manifest.description.full).toMatch(words);
    expect(manifest.accentColor).toMatch(/^#[0-9A-Fa-f]{6}$/);
  });

  it('is in US English and points to the French strings in fr.json', () => {
    expect(manifest.localizationInfo).toEqual({ defaultLanguageTag: 'en-us', additionalLanguages: [{ languageTag: 'fr-fr', file: 'fr.json' }] });
  });

  it('has one bot for personal chats, teams and group chats, without files, and asks for no permissions', () => {
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0]).toMatchObject({ scopes: ['personal', 'team', 'groupChat'], supportsFiles: false });
    expect(manifest.bots[0]!.commandLists.map((list) => list.scopes)).toEqual([['personal'], ['team'], ['groupChat']]);
    expect(manifest.permissions).toBeUndefined();
  });

  it('offers the commands "help", "domains" and "language" in English, with a short description each', () => {
    for (const list of manifest.bots[0]!.commandLists) {
      expect(list.commands.map((command) => command.title)).toEqual(['help', 'domains', 'language']);
      for (const command of list.commands) expect(command.description?.length).toBeLessThanOrEqual(60);
    }
  });

  it('has a bot-based search message extension "Search MGI" that runs once before the user types', () => {
    expect(manifest.composeExtensions).toHaveLength(1);
    const extension = manifest.composeExtensions[0]!;
    expect(extension.composeExtensionType).toBe('botBased');
    expect(extension.commands).toHaveLength(1);
    expect(extension.commands[0]).toMatchObject({ id: 'searchMgi', type: 'query', title: 'Search MGI', initialRun: true });
    expect(extension.commands[0]!.parameters).toEqual([expect.objectContaining({ name: 'query', title: 'Search', inputType: 'text', description: expect.any(String) })]);
  });

  it('has a personal "Domains" tab that passes the Teams locale to the page', () => {
    expect(manifest.staticTabs).toEqual([
      {
        entityId: 'domains',
        name: 'Domains',
        contentUrl: 'https://mgi-bot.test.example/tab?lang={locale}',
        websiteUrl: 'https://mgi-bot.test.example/',
        scopes: ['personal'],
      },
    ]);
  });
});

describe('manifest/fr.json', () => {
  it('validates against the bundled Teams localization schema', () => {
    expect(schemas.validateLocalization(french)).toEqual([]);
  });

  it('names the assistant in French', () => {
    expect(french['name.short']).toBe('Assistant IGM');
    expect(french['name.full']).toBe('Assistant des Indicateurs de gouvernance des migrations');
    expect(french['description.short']!.length).toBeLessThanOrEqual(80);
    for (const words of [/français ou en anglais/, /six domaines/, /Manaus/, /octobre 2023/, /indique sa source/]) expect(french['description.full']).toMatch(words);
  });

  it('gives the commands the French titles "aide", "domaines" and "langue" in every command list', () => {
    manifest.bots[0]!.commandLists.forEach((list, l) => {
      const titles = list.commands.map((_, c) => french[`bots[0].commandLists[${l}].commands[${c}].title`]);
      expect(titles).toEqual(['aide', 'domaines', 'langue']);
    });
  });

  it('translates the search extension and the tab', () => {
    expect(french['composeExtensions[0].commands[0].title']).toBe('Rechercher dans les IGM');
    expect(french['composeExtensions[0].commands[0].parameters[0].title']).toBe('Recherche');
    expect(french['staticTabs[0].name']).toBe('Domaines');
  });

  it('translates every user-visible string of the manifest, and only strings the manifest has', () => {
    const keys = Object.keys(french).filter((key) => key !== '$schema');
    for (const key of keys) expect([key, typeof valueAt(manifest, key)]).toEqual([key, 'string']);
    const visible = [
      'name.short',
      'name.full',
      'description.short',
      'description.full',
      ...manifest.bots[0]!.commandLists.flatMap((list, l) =>
        list.commands.flatMap((_, c) => [`bots[0].commandLists[${l}].commands[${c}].title`, `bots[0].commandLists[${l}].commands[${c}].description`]),
      ),
      'composeExtensions[0].commands[0].title',
      'composeExtensions[0].commands[0].description',
      'composeExtensions[0].commands[0].parameters[0].title',
      'composeExtensions[0].commands[0].parameters[0].description',
      'staticTabs[0].name',
    ];
    expect(keys.sort()).toEqual(visible.sort());
  });
});

describe('manifest icons', () => {
  const decode = (file: string): PNG => PNG.sync.read(readFileSync(path.join(MANIFEST_DIR, file)));
  const pixel = (png: PNG, x: number, y: number): number[] => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4)];

  it('are the files the manifest names: color.png 192×192 and outline.png 32×32', () => {
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    expect([decode('color.png').width, decode('color.png').height]).toEqual([192, 192]);
    expect([decode('outline.png').width, decode('outline.png').height]).toEqual([32, 32]);
  });

  it('color.png shows the six domain colours of the web wheel around a white hub', () => {
    const png = decode('color.png');
    const colours = ['#1f5a85', '#2b6e4f', '#6a4494', '#a2472a', '#7a5c12', '#37577a'];
    expect(pixel(png, 96, 96)).toEqual([255, 255, 255, 255]);
    colours.forEach((hex, i) => {
      const angle = ((i + 0.5) * Math.PI) / 3; // middle of segment i, clockwise from the top
      const [x, y] = [Math.round(96 + 66 * Math.sin(angle)), Math.round(96 - 66 * Math.cos(angle))];
      const rgb = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
      expect([hex, pixel(png, x, y)]).toEqual([hex, [...rgb, 255]]);
    });
    expect(pixel(png, 0, 0)[3]).toBe(0);
  });

  it('outline.png has only white or fully transparent pixels, and draws something', () => {
    const png = decode('outline.png');
    const pixels = Array.from({ length: 32 * 32 }, (_, i) => pixel(png, i % 32, Math.floor(i / 32)));
    const odd = pixels.filter(([r, g, b, a]) => a !== 0 && !(r === 255 && g === 255 && b === 255 && a === 255));
    expect(odd).toEqual([]);
    const white = pixels.filter(([, , , a]) => a === 255).length;
    expect(white).toBeGreaterThan(200);
    expect(white).toBeLessThan(32 * 32 - 200);
  });
});

describe('npm run package', () => {
  const DOCUMENTED_ENV = parseDotEnv(readFileSync(path.join(ROOT, '.env.example'), 'utf8'));
  let outDir: string;
  beforeEach(() => {
    outDir = mkdtempSync(path.join(os.tmpdir(), 'mgi-teams-package-'));
  });
  afterEach(() => rmSync(outDir, { recursive: true, force: true }));

  it('with the environment documented in .env.example, writes a zip with manifest.json, fr.json, color.png and outline.png at its root', async () => {
    const outputFile = path.join(outDir, 'appPackage.zip');
    const result = await packageTeamsApp({ manifestDir: MANIFEST_DIR, outputFile, environment: DOCUMENTED_ENV });
    expect(result.files).toEqual(['manifest.json', 'fr.json', 'color.png', 'outline.png']);

    const zip = await JSZip.loadAsync(readFileSync(outputFile));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'fr.json', 'manifest.json', 'outline.png']);
    const manifestText = await zip.file('manifest.json')!.async('string');
    const frenchText = await zip.file('fr.json')!.async('string');
    expect(manifestText).not.toContain('${{');
    expect(frenchText).not.toContain('${{');
    const packaged = JSON.parse(manifestText) as TeamsManifest;
    expect(schemas.validateManifest(packaged)).toEqual([]);
    expect(schemas.validateLocalization(JSON.parse(frenchText))).toEqual([]);
    expect(packaged.id).toBe(DOCUMENTED_ENV.TEAMS_APP_ID);
    expect(packaged.validDomains).toEqual([DOCUMENTED_ENV.PUBLIC_HOSTNAME]);
    for (const icon of ['color.png', 'outline.png']) {
      expect(Buffer.compare(await zip.file(icon)!.async('nodebuffer'), readFileSync(path.join(MANIFEST_DIR, icon)))).toBe(0);
    }
  });

  it('with BOT_ID missing, fails with a message naming BOT_ID and writes nothing', async () => {
    const outputFile = path.join(outDir, 'appPackage.zip');
    const environment = { ...DOCUMENTED_ENV, BOT_ID: undefined };
    const failure = packageTeamsApp({ manifestDir: MANIFEST_DIR, outputFile, environment });
    await expect(failure).rejects.toThrow(PackagingError);
    await expect(failure).rejects.toThrow(/BOT_ID is not set: expected the bot's Microsoft App Id .*GUID/);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('with malformed values, names each variable and what it expects, and writes nothing', async () => {
    const outputFile = path.join(outDir, 'appPackage.zip');
    const environment = { ...DOCUMENTED_ENV, TEAMS_APP_ID: 'mgi-bot', PUBLIC_HOSTNAME: 'https://mgi-bot.example.org/' };
    const failure = packageTeamsApp({ manifestDir: MANIFEST_DIR, outputFile, environment });
    await expect(failure).rejects.toThrow(/TEAMS_APP_ID is "mgi-bot": expected the Teams app id, a GUID/);
    await expect(failure).rejects.toThrow(/PUBLIC_HOSTNAME is "https:\/\/mgi-bot.example.org\/": expected .*host name.*without scheme, port or path/);
    expect(readdirSync(outDir)).toEqual([]);
  });
});

describe('package variables', () => {
  it.each([
    ['mgi-bot.example.org', true],
    ['mgi-bot-3978.euw.devtunnels.ms', true],
    ['https://mgi-bot.example.org', false],
    ['mgi-bot.example.org/api', false],
    ['mgi-bot.example.org:443', false],
    ['-mgi.example.org', false],
    ['mgi bot.example.org', false],
  ])('PUBLIC_HOSTNAME %s is accepted: %s', (host, accepted) => {
    expect(resolveVariables(['PUBLIC_HOSTNAME'], { PUBLIC_HOSTNAME: host }).ok).toBe(accepted);
  });

  it('counts an empty value as missing', () => {
    expect(resolveVariables(['BOT_ID'], { BOT_ID: '  ' })).toEqual({ ok: false, problems: [expect.stringMatching(/^BOT_ID is not set/)] });
  });
});

describe('.env for packaging', () => {
  it('reads KEY=VALUE lines, skipping comments and blank lines, unquoting values and dropping trailing comments', () => {
    const text = ['# a comment', '', 'BOT_ID=6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'export PUBLIC_HOSTNAME = "mgi.example.org"', "NOTE='a # kept'", 'EMPTY=', 'HOST=x.org # the host', 'not a line'].join('\n');
    expect(parseDotEnv(text)).toEqual({
      BOT_ID: '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      PUBLIC_HOSTNAME: 'mgi.example.org',
      NOTE: 'a # kept',
      EMPTY: '',
      HOST: 'x.org',
    });
  });

  it('gives way to the environment, except where the environment is empty', () => {
    expect(withDotEnv({ BOT_ID: 'from-file', PUBLIC_HOSTNAME: 'file.org' }, { BOT_ID: 'from-env', PUBLIC_HOSTNAME: '' })).toEqual({
      BOT_ID: 'from-env',
      PUBLIC_HOSTNAME: 'file.org',
    });
  });

  it('.env.example documents each variable with a comment line and holds no real secret', () => {
    const lines = readFileSync(path.join(ROOT, '.env.example'), 'utf8').split('\n');
    const names = ['TEAMS_APP_ID', 'BOT_ID', 'PUBLIC_HOSTNAME', 'MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppType', 'MicrosoftAppTenantId', 'PUBLIC_URL'];
    for (const name of names) {
      const at = lines.findIndex((line) => line.startsWith(`${name}=`));
      expect([name, at >= 1 && lines[at - 1]!.startsWith('# ')]).toEqual([name, true]);
    }
    expect(parseDotEnv(lines.join('\n')).MicrosoftAppPassword).toMatch(/^replace-with-/);
  });
});
