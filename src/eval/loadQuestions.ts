// Reads the development question set kept beside the tests.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../config/config';
import type { EvalQuestion } from './evaluate';

export const QUESTIONS_FILE = path.join(projectRoot, 'tests/eval/questions.json');
export const SEED_FILE = path.join(projectRoot, 'knowledge/source/mgi-domains-fr-and-manaus-profile-2023.txt');

export async function loadQuestions(file = QUESTIONS_FILE): Promise<EvalQuestion[]> {
  return JSON.parse(await readFile(file, 'utf8')) as EvalQuestion[];
}
