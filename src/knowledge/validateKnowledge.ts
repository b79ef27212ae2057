// Validates parsed knowledge files against the JSON Schemas, and checks what a schema cannot say.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { DomainId, MgiFramework, MgiProfile } from './types.generated';

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
}

export interface KnowledgeValidators {
  framework(file: string, data: unknown): MgiFramework;
  profile(file: string, data: unknown): MgiProfile;
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
  return {
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
