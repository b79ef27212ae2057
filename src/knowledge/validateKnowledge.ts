// Validates parsed knowledge files against the JSON Schemas, and checks what a schema cannot say.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { ConceptThesaurus, DecisionCalibration, DomainId, LanguagePackFile, MgiFramework, MgiProfile } from './types.generated';

export const DOMAIN_IDS: readonly DomainId[] = [
  'migrants-rights',
  'whole-of-government',
  'partnerships',
  'well-being',
  'mobility-crises',
  'safe-migration',
];

/** A knowledge file that cannot be used; the message names the file, the JSON path and the problem. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly jsonPath: string,
    readonly problem: string,
  ) {
    super(`${file}: ${jsonPath || '/'}: ${problem}`);
    this.name = 'KnowledgeError';
  }
}

export interface KnowledgeSchemas {
  readonly shared: object;
  readonly framework: object;
  readonly profile: object;
  readonly language: object;
  readonly concepts: object;
  readonly calibration: object;
}

export interface KnowledgeValidators {
  framework(file: string, data: unknown): MgiFramework;
  profile(file: string, data: unknown): MgiProfile;
  language(file: string, data: unknown): LanguagePackFile;
  concepts(file: string, data: unknown): ConceptThesaurus;
  calibration(file: string, data: unknown): DecisionCalibration;
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return `unknown property "${String(params.additionalProperty)}"`;
  if (error.keyword === 'enum') return `${error.message ?? 'invalid value'}: ${JSON.stringify(params.allowedValues)}`;
  if (error.keyword === 'const') return `must be ${JSON.stringify(params.allowedValue)}`;
  return error.message ?? error.keyword;
}

function check<T>(validate: ValidateFunction, file: string, data: unknown): T {
  if (validate(data)) return data as T;
  const [first] = validate.errors ?? [];
  if (!first) throw new KnowledgeError(file, '', 'does not match its schema');
  throw new KnowledgeError(file, first.instancePath, describe(first));
}

/** Compiles the schemas once; the returned functions throw a KnowledgeError on the first problem. */
export function createKnowledgeValidators(schemas: KnowledgeSchemas): KnowledgeValidators {
  const ajv = new Ajv({ allErrors: false, strict: true });
  ajv.addSchema(schemas.shared);
  const framework = ajv.compile(schemas.framework);
  const profile = ajv.compile(schemas.profile);
  const language = ajv.compile(schemas.language);
  const concepts = ajv.compile(schemas.concepts);
  const calibration = ajv.compile(schemas.calibration);
  return {
    language: (file, data) => check<LanguagePackFile>(language, file, data),
    concepts: (file, data) => check<ConceptThesaurus>(concepts, file, data),
    calibration: (file, data) => check<DecisionCalibration>(calibration, file, data),
    framework(file, data) {
      const value = check<MgiFramework>(framework, file, data);
      const seen = new Set<DomainId>();
      value.domains.forEach((domain, i) => {
        if (seen.has(domain.id)) throw new KnowledgeError(file, `/domains/${i}/id`, `domain "${domain.id}" appears twice`);
        seen.add(domain.id);
      });
      const missing = DOMAIN_IDS.filter((id) => !seen.has(id));
      if (missing.length) throw new KnowledgeError(file, '/domains', `missing domain(s): ${missing.join(', ')}`);
      return value;
    },
    profile(file, data) {
      return check<MgiProfile>(profile, file, data);
    },
  };
}

/** A profile id must be unique across files, since it prefixes public source ids. */
export function checkUniqueProfiles(profiles: ReadonlyArray<{ file: string; profile: MgiProfile }>): void {
  const seen = new Map<string, string>();
  for (const { file, profile } of profiles) {
    const other = seen.get(profile.id);
    if (other) throw new KnowledgeError(file, '/id', `profile id "${profile.id}" is already used by ${other}`);
    seen.set(profile.id, file);
  }
}

/**
 * What the schema cannot say about texts: every text has its original language's wording, and
 * every language a text or a term list uses has a language pack.
 */
export function checkTextLanguages(file: string, data: unknown, codes: readonly string[]): void {
  const known = new Set(codes);
  const walk = (value: unknown, at: string, inTerms: boolean): void => {
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${at}/${i}`, inTerms));
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.original === 'string') {
      if (typeof record[record.original] !== 'string') throw new KnowledgeError(file, at, `has no text in its original language "${record.original}"`);
      for (const key of Object.keys(record)) if (key !== 'original' && !known.has(key)) throw new KnowledgeError(file, `${at}/${key}`, `no language pack for "${key}" (knowledge/languages/${key}.json)`);
      return;
    }
    for (const [key, child] of Object.entries(record)) {
      const isTerms = key === 'terms' || key === 'aliases';
      if (isTerms && child && typeof child === 'object' && !Array.isArray(child)) {
        for (const code of Object.keys(child)) if (!known.has(code)) throw new KnowledgeError(file, `${at}/${key}/${code}`, `no language pack for "${code}" (knowledge/languages/${code}.json)`);
        continue;
      }
      walk(child, `${at}/${key}`, inTerms || isTerms);
    }
  };
  walk(data, '', false);
}
