// Runs a question set through the product, through the product without per-entry terms (what a
// new profile, with no curated phrases, gets), and through the plain Fuse.js baseline, in one run.
import { readFile } from 'node:fs/promises';
import { buildIndex, type KnowledgeIndex } from '../core/buildIndex';
import type { Thresholds } from '../core/decide';
import { answerQuestion } from '../presentation/answer';
import { createBaseline } from './baseline';
import { judgeAnswer, judgeBaseline, score, type EvalQuestion, type Figures, type Miss } from './evaluate';
import { SEED_FILE } from './loadQuestions';

export interface Scored {
  readonly figures: Figures;
  readonly misses: Miss[];
}

export interface EvalReport {
  readonly product: Scored;
  /** The same engine with the sources' curated terms left out of the index. */
  readonly withoutTerms: Scored;
  readonly baseline: Scored;
}

const OPTIONS = { publicUrl: 'http://localhost:3978' };

/** The product alone on a question set; `thresholds` overrides the calibrated ones (calibration). */
export function scoreProduct(index: KnowledgeIndex, questions: readonly EvalQuestion[], thresholds?: Thresholds): Scored {
  const scoredIndex = thresholds ? { ...index, knowledge: { ...index.knowledge, calibration: { ...index.knowledge.calibration, thresholds } } } : index;
  // No locale hint: the language must come from the question itself (the strictest setting).
  return score(questions, (q) => judgeAnswer(answerQuestion(scoredIndex, q.q, {}, OPTIONS)));
}

export async function runEval(index: KnowledgeIndex, questions: readonly EvalQuestion[]): Promise<EvalReport> {
  const baseline = createBaseline(await readFile(SEED_FILE, 'utf8'), index.knowledge);
  return {
    product: scoreProduct(index, questions),
    withoutTerms: scoreProduct(index.withTerms ? buildIndex(index.knowledge, { terms: false }) : index, questions),
    baseline: score(questions, (q) => judgeBaseline(baseline(q.q))),
  };
}
