// Runs the question set through the product and through the plain Fuse.js baseline, in one run.
import { readFile } from 'node:fs/promises';
import { answerQuestion } from '../core/answerQuestion';
import type { KnowledgeIndex } from '../core/buildIndex';
import { createBaseline } from './baseline';
import { judgeAnswer, judgeBaseline, score, type EvalQuestion, type Figures, type Miss } from './evaluate';
import { SEED_FILE } from './loadQuestions';

export interface EvalReport {
  readonly product: { figures: Figures; misses: Miss[] };
  readonly baseline: { figures: Figures; misses: Miss[] };
}

export async function runEval(index: KnowledgeIndex, questions: readonly EvalQuestion[]): Promise<EvalReport> {
  const baseline = createBaseline(await readFile(SEED_FILE, 'utf8'));
  const options = { publicUrl: 'http://localhost:3978' };
  return {
    // No locale hint: the language must come from the question itself (the strictest setting).
    product: score(questions, (q) => judgeAnswer(answerQuestion(index, q.q, {}, options))),
    baseline: score(questions, (q) => judgeBaseline(baseline(q.q))),
  };
}
