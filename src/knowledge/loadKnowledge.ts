// Reads the knowledge folder (framework.json, profiles/*.json, languages/*.json, concepts.json,
// calibration.json, schema/*.json) and validates it. The only module of the knowledge layer that
// touches the file system.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_LANGUAGE } from '../config/config';
import { createLanguageRegistry, LanguageRegistryError } from '../core/language/registry';
import type { Knowledge } from '../core/types';
import { flattenKnowledge } from './flattenKnowledge';
import type { LanguagePackFile } from './types.generated';
import { KnowledgeError, checkTextLanguages, checkUniqueProfiles, createKnowledgeValidators } from './validateKnowledge';

async function readJson(dir: string, file: string): Promise<unknown> {
  const full = path.join(dir, file);
  let raw: string;
  try {
    raw = await readFile(full, 'utf8');
  } catch (error) {
    throw new KnowledgeError(file, '', `cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    throw new KnowledgeError(file, '', `invalid JSON: ${(error as Error).message}`);
  }
}

async function jsonFiles(dir: string, folder: string): Promise<string[]> {
  return (await readdir(path.join(dir, folder))).filter((f) => f.endsWith('.json')).sort().map((f) => `${folder}/${f}`);
}

/** A lexicon package's words: its main file must be a JSON array of strings. */
function readLexicon(packageName: string): readonly string[] {
  const words: unknown = require(packageName);
  if (!Array.isArray(words) || !words.every((w) => typeof w === 'string')) throw new KnowledgeError('languages/', '/lexicon', `package "${packageName}" is not a JSON array of words`);
  return words;
}

const SCHEMAS = ['knowledge', 'framework', 'profile', 'language', 'concepts', 'calibration'] as const;

/** Loads and validates every knowledge file under `dir`; throws a KnowledgeError naming the bad file. */
export async function loadKnowledge(dir: string, defaultLanguage: string = DEFAULT_LANGUAGE): Promise<Knowledge> {
  const schemas = Object.fromEntries(await Promise.all(SCHEMAS.map(async (name) => [name, (await readJson(dir, `schema/${name}.schema.json`)) as object] as const)));
  const validate = createKnowledgeValidators({
    shared: schemas.knowledge!,
    framework: schemas.framework!,
    profile: schemas.profile!,
    language: schemas.language!,
    concepts: schemas.concepts!,
    calibration: schemas.calibration!,
  });
  const packs: LanguagePackFile[] = [];
  for (const file of await jsonFiles(dir, 'languages')) {
    const pack = validate.language(file, await readJson(dir, file));
    if (`languages/${pack.code}.json` !== file) throw new KnowledgeError(file, '/code', `must be named after its code ("languages/${pack.code}.json")`);
    packs.push(pack);
  }
  for (const pack of packs) {
    if (!pack.lexicon) continue;
    try {
      require.resolve(pack.lexicon);
    } catch {
      throw new KnowledgeError(`languages/${pack.code}.json`, '/lexicon', `package "${pack.lexicon}" is not installed (npm install ${pack.lexicon})`);
    }
  }
  let languages;
  try {
    languages = createLanguageRegistry(packs, defaultLanguage, readLexicon);
  } catch (error) {
    if (error instanceof LanguageRegistryError) throw new KnowledgeError('languages/', '', error.message);
    throw error;
  }
  const framework = validate.framework('framework.json', await readJson(dir, 'framework.json'));
  checkTextLanguages('framework.json', framework, languages.codes);
  const profiles = await Promise.all(
    (await jsonFiles(dir, 'profiles')).map(async (file) => {
      const profile = validate.profile(file, await readJson(dir, file));
      checkTextLanguages(file, profile, languages.codes);
      return { file, profile };
    }),
  );
  checkUniqueProfiles(profiles);
  const concepts = validate.concepts('concepts.json', await readJson(dir, 'concepts.json'));
  const calibration = validate.calibration('calibration.json', await readJson(dir, 'calibration.json'));
  return flattenKnowledge({ languages, concepts, calibration, framework, profiles: profiles.map((p) => p.profile) });
}
