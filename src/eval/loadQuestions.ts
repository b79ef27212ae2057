// Reads the question sets kept beside the tests: the development set and the sealed blind sets.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../config/config';
import type { EvalQuestion } from './evaluate';

export const QUESTIONS_FILE = path.join(projectRoot, 'tests/eval/questions.json');
/**
 * The development set: the first questions, a set once held out (used since to guide fixes, so
 * no longer blind), a set written later from the seed alone, richer in paraphrases and in near
 * misses (questions that share words with a finding but ask what it does not say), a set written
 * for wording variety (everyday words, indirect questions), and the sealed sets retired once they
 * were scored (tests/eval/retired/: blind when written, no longer once their figures were read).
 * Tuning and calibration use these; the sealed sets are never used.
 */
const RETIRED_DIR = path.join(projectRoot, 'tests/eval/retired');
const retiredFiles = readdirSync(RETIRED_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
  .flatMap((set) => readdirSync(path.join(RETIRED_DIR, set)).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(RETIRED_DIR, set, f)));
export const DEVELOPMENT_FILES: readonly string[] = [...['questions.json', 'holdout.json', 'questions-2.json', 'questions-3.json'].map((f) => path.join(projectRoot, 'tests/eval', f)), ...retiredFiles];
/** The sealed blind sets, one file per language and one folder per set: scored only at the end of a change (see their README). */
export const SEALED_DIR = path.join(projectRoot, 'tests/eval/sealed');
const sealedDirs = [SEALED_DIR, ...readdirSync(SEALED_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => path.join(SEALED_DIR, entry.name)).sort()];
export const SEALED_SETS: ReadonlyArray<{ readonly name: string; readonly files: readonly string[] }> = sealedDirs.map((dir) => ({
  name: path.relative(SEALED_DIR, dir) || 'first',
  files: readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f)),
}));
export const SEED_FILE = path.join(projectRoot, 'knowledge/source/mgi-domains-fr-and-manaus-profile-2023.txt');

export async function loadQuestions(file = QUESTIONS_FILE): Promise<EvalQuestion[]> {
  return JSON.parse(await readFile(file, 'utf8')) as EvalQuestion[];
}

export async function loadDevelopmentSet(): Promise<EvalQuestion[]> {
  return (await Promise.all(DEVELOPMENT_FILES.map((file) => loadQuestions(file)))).flat();
}
