// Reads the knowledge folder (framework.json, profiles/*.json, schema/*.json) and validates it.
// The only module of the knowledge layer that touches the file system.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { flattenKnowledge } from './flattenKnowledge';
import { KnowledgeError, checkUniqueProfiles, createKnowledgeValidators } from './validateKnowledge';
import type { Knowledge } from '../core/types';

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

/** Loads and validates every knowledge file under `dir`; throws a KnowledgeError naming the bad file. */
export async function loadKnowledge(dir: string): Promise<Knowledge> {
  const [shared, frameworkSchema, profileSchema] = await Promise.all([
    readJson(dir, 'schema/knowledge.schema.json'),
    readJson(dir, 'schema/framework.schema.json'),
    readJson(dir, 'schema/profile.schema.json'),
  ]);
  const validate = createKnowledgeValidators({
    shared: shared as object,
    framework: frameworkSchema as object,
    profile: profileSchema as object,
  });
  const framework = validate.framework('framework.json', await readJson(dir, 'framework.json'));
  const profileFiles = (await readdir(path.join(dir, 'profiles'))).filter((f) => f.endsWith('.json')).sort();
  const profiles = await Promise.all(
    profileFiles.map(async (name) => {
      const file = `profiles/${name}`;
      return { file, profile: validate.profile(file, await readJson(dir, file)) };
    }),
  );
  checkUniqueProfiles(profiles);
  return flattenKnowledge(framework, profiles.map((p) => p.profile));
}
