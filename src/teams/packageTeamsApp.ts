// Builds the Teams app package: manifest.json and its language files with every placeholder
// filled and checked against the official schemas, plus the icons, all at the zip root.
// Everything is checked before the zip is written, so a failed run writes nothing.
import JSZip from 'jszip';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Environment } from './dotEnv';
import { resolveVariables } from './packageVariables';
import { fillPlaceholders, findPlaceholders, type JsonValue } from './placeholders';
import { teamsSchemas, type TeamsSchemas } from './teamsSchemas';

export const MANIFEST_FILE = 'manifest.json';

export interface PackageOptions {
  /** Folder holding manifest.json and the files it names (the project's manifest/). */
  readonly manifestDir: string;
  /** The zip to write; the CLI's default is build/appPackage.zip. */
  readonly outputFile: string;
  /** Where the placeholder values come from. */
  readonly environment: Environment;
}

export interface PackageResult {
  readonly outputFile: string;
  /** The files at the zip root, manifest first. */
  readonly files: readonly string[];
  /** The placeholder values used. */
  readonly values: Readonly<Record<string, string>>;
}

/** The package could not be built; nothing was written. */
export class PackagingError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Cannot package the Teams app:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'PackagingError';
  }
}

type JsonObject = { [key: string]: JsonValue };
const isObject = (value: JsonValue | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (values: readonly (JsonValue | undefined)[]): string[] => values.filter((value): value is string => typeof value === 'string');

/** The language files the manifest names (localizationInfo), read before the schema check. */
function languageFiles(manifest: JsonValue): string[] {
  const info = isObject(manifest) ? manifest.localizationInfo : undefined;
  if (!isObject(info)) return [];
  const additional = Array.isArray(info.additionalLanguages) ? info.additionalLanguages : [];
  return strings([info.defaultLanguageFile, ...additional.map((language) => (isObject(language) ? language.file : undefined))]);
}

function iconFiles(manifest: JsonValue): string[] {
  const icons = isObject(manifest) ? manifest.icons : undefined;
  return isObject(icons) ? strings([icons.color, icons.outline, icons.color32x32]) : [];
}

async function readJson(file: string): Promise<JsonValue> {
  const name = path.basename(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new PackagingError([`${name} is missing (looked for ${file}).`]);
  }
  try {
    return JSON.parse(text) as JsonValue;
  } catch (error) {
    throw new PackagingError([`${name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }
}

/** Files the manifest names must sit beside it: Teams reads them from the package root. */
function checkReferencedFiles(manifestDir: string, names: readonly string[]): void {
  const problems = names.flatMap((name) => {
    if (path.basename(name) !== name) return [`${MANIFEST_FILE} names "${name}": files must sit beside the manifest, at the package root.`];
    if (!existsSync(path.join(manifestDir, name))) return [`${MANIFEST_FILE} names "${name}", which is not in ${manifestDir}.`];
    return [];
  });
  if (problems.length > 0) throw new PackagingError(problems);
}

function schemasFor(manifestVersion: string): TeamsSchemas {
  try {
    return teamsSchemas(manifestVersion);
  } catch (error) {
    throw new PackagingError([error instanceof Error ? error.message : String(error)]);
  }
}

function checkSchemas(manifest: JsonValue, localizations: ReadonlyMap<string, JsonValue>): void {
  const version = isObject(manifest) ? manifest.manifestVersion : undefined;
  if (typeof version !== 'string') throw new PackagingError([`${MANIFEST_FILE} has no manifestVersion.`]);
  const schemas = schemasFor(version);
  const problems = [
    ...schemas.validateManifest(manifest).map((problem) => `${MANIFEST_FILE}: ${problem}`),
    ...[...localizations].flatMap(([name, localization]) => schemas.validateLocalization(localization).map((problem) => `${name}: ${problem}`)),
  ];
  if (problems.length > 0) throw new PackagingError(problems);
}

const asText = (value: JsonValue): string => `${JSON.stringify(value, null, 2)}\n`;

export async function packageTeamsApp({ manifestDir, outputFile, environment }: PackageOptions): Promise<PackageResult> {
  const template = await readJson(path.join(manifestDir, MANIFEST_FILE));
  const languages = [...new Set(languageFiles(template))];
  const icons = [...new Set(iconFiles(template))];
  checkReferencedFiles(manifestDir, [...languages, ...icons]);
  const languageTemplates = new Map<string, JsonValue>();
  for (const name of languages) languageTemplates.set(name, await readJson(path.join(manifestDir, name)));

  const resolved = resolveVariables(findPlaceholders(template, ...languageTemplates.values()), environment);
  if (!resolved.ok) throw new PackagingError(resolved.problems);
  const manifest = fillPlaceholders(template, resolved.values);
  const localizations = new Map([...languageTemplates].map(([name, value]) => [name, fillPlaceholders(value, resolved.values)]));
  checkSchemas(manifest, localizations);

  const zip = new JSZip();
  zip.file(MANIFEST_FILE, asText(manifest));
  for (const [name, localization] of localizations) zip.file(name, asText(localization));
  for (const name of icons) zip.file(name, await readFile(path.join(manifestDir, name)));
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });

  // Written beside the target, then renamed: a crash never leaves a half-written package.
  await mkdir(path.dirname(outputFile), { recursive: true });
  const partial = `${outputFile}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, outputFile);
  return { outputFile, files: [MANIFEST_FILE, ...localizations.keys(), ...icons], values: resolved.values };
}
