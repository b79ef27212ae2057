// Validation against the official Teams JSON schemas bundled in @microsoft/app-manifest, offline.
// They are draft-04, hence ajv-draft-04; `unicodeRegExp: false` because the localization schema's
// patterns (`\b` inside brackets) do not compile as unicode regular expressions.
import Ajv04, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** build/json-schemas/teams/ of @microsoft/app-manifest (its main file is build/index.js). */
export const TEAMS_SCHEMA_ROOT = path.join(path.dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams');

export interface TeamsSchemas {
  readonly manifestVersion: string;
  /** One message per problem (`/bots/0/botId must match pattern …`); empty when valid. */
  validateManifest(manifest: unknown): string[];
  validateLocalization(localization: unknown): string[];
}

export function schemaFile(manifestVersion: string, name: 'MicrosoftTeams.schema.json' | 'MicrosoftTeams.Localization.schema.json'): string {
  return path.join(TEAMS_SCHEMA_ROOT, `v${manifestVersion}`, name);
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '/';
  if (error.keyword === 'additionalProperties') return `${where} has an unknown property "${String(error.params.additionalProperty)}"`;
  return `${where} ${error.message ?? 'is invalid'}`;
}

function problems(validate: ValidateFunction, data: unknown): string[] {
  return validate(data) ? [] : [...new Set((validate.errors ?? []).map(describe))];
}

const cache = new Map<string, TeamsSchemas>();

/** Validators for a manifest version's schemas (e.g. "1.30"); throws when that version is not bundled. */
export function teamsSchemas(manifestVersion: string): TeamsSchemas {
  const cached = cache.get(manifestVersion);
  if (cached) return cached;
  const manifestFile = schemaFile(manifestVersion, 'MicrosoftTeams.schema.json');
  if (!existsSync(manifestFile)) throw new Error(`No bundled Teams schema for manifestVersion "${manifestVersion}" (looked for ${manifestFile})`);
  const read = (file: string): object => JSON.parse(readFileSync(file, 'utf8')) as object;
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv, ['uri']);
  const manifest = ajv.compile(read(manifestFile));
  const localization = ajv.compile(read(schemaFile(manifestVersion, 'MicrosoftTeams.Localization.schema.json')));
  const schemas: TeamsSchemas = {
    manifestVersion,
    validateManifest: (data) => problems(manifest, data),
    validateLocalization: (data) => problems(localization, data),
  };
  cache.set(manifestVersion, schemas);
  return schemas;
}
