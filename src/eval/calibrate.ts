// `npm run calibrate`: fits the decision thresholds (answer / abstain) on the development question
// set and writes them, with the figures they were fitted on, to knowledge/calibration.json.
// Constraint: every figure of the first development set stays at the product's standing bar (95%,
// as tests/eval/eval.test.ts requires). Objective, among the thresholds that keep it: the worst of
// the per-language figures (answered right, abstention right) over the whole development set, so
// that no language and neither kind of mistake is traded away for the others. Figures within
// TIE of the best are a tie, and ties go to the thresholds that decline best (a wrong citation
// costs users' trust more than a declined question), then to the best mean.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readConfig } from '../config/config';
import { buildIndex } from '../core/buildIndex';
import type { Thresholds } from '../core/decide';
import type { DecisionCalibration } from '../core/types';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { ratio, type Figures } from './evaluate';
import { DEVELOPMENT_FILES, QUESTIONS_FILE, loadDevelopmentSet, loadQuestions } from './loadQuestions';
import { scoreProduct } from './runEval';

const GRID = {
  minCoverage: [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8],
  maxUnknownShare: [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6],
} as const;

/** Worst figures this close are a tie: about one question in five hundred. */
const TIE = 0.002;

/** The bar every figure of the first development set must keep. */
const STANDING_BAR = 0.95;

const figuresOf = (figures: Figures): number[] => Object.values(figures).flatMap((f) => [ratio(f.answeredRight), ratio(f.abstentionRight)]);

async function main(): Promise<void> {
  const config = readConfig();
  const index = buildIndex(await loadKnowledge(config.knowledgeDir, config.defaultLanguage));
  const questions = await loadDevelopmentSet();
  const first = await loadQuestions(QUESTIONS_FILE);
  const candidates: Array<{ thresholds: Thresholds; worst: number; declined: number; mean: number; figures: Figures }> = [];
  for (const minCoverage of GRID.minCoverage) {
    for (const maxUnknownShare of GRID.maxUnknownShare) {
      {
        const thresholds = { minCoverage, maxUnknownShare };
        if (Math.min(...figuresOf(scoreProduct(index, first, thresholds).figures)) < STANDING_BAR) continue;
        const { figures } = scoreProduct(index, questions, thresholds);
        const all = figuresOf(figures);
        const declined = Object.values(figures).reduce((sum, f) => sum + ratio(f.abstentionRight), 0) / Object.keys(figures).length;
        candidates.push({ thresholds, worst: Math.min(...all), declined, mean: all.reduce((a, b) => a + b, 0) / all.length, figures });
      }
    }
  }
  const bestWorst = Math.max(...candidates.map((c) => c.worst));
  // Among thresholds that score the same, the more cautious: the bot would rather decline.
  const best = candidates
    .filter((c) => c.worst >= bestWorst - TIE)
    .sort((a, b) => b.declined - a.declined || b.mean - a.mean || b.thresholds.minCoverage - a.thresholds.minCoverage || a.thresholds.maxUnknownShare - b.thresholds.maxUnknownShare)[0];
  if (!best) throw new Error(`No thresholds keep every figure of ${path.basename(QUESTIONS_FILE)} at ${STANDING_BAR * 100}%`);
  const answered = Object.values(best.figures).reduce((sum, f) => ({ right: sum.right + f.answeredRight.right, total: sum.total + f.answeredRight.total }), { right: 0, total: 0 });
  const abstained = Object.values(best.figures).reduce((sum, f) => ({ right: sum.right + f.abstentionRight.right, total: sum.total + f.abstentionRight.total }), { right: 0, total: 0 });
  const calibration: DecisionCalibration = {
    $schema: './schema/calibration.schema.json',
    kind: 'calibration',
    thresholds: best.thresholds,
    fittedOn: {
      questions: questions.length,
      file: DEVELOPMENT_FILES.map((file) => path.relative(path.dirname(config.knowledgeDir), file)).join(', '),
      date: new Date().toISOString().slice(0, 10),
      answeredRight: Math.round((1000 * answered.right) / answered.total) / 1000,
      abstentionRight: Math.round((1000 * abstained.right) / abstained.total) / 1000,
    },
  };
  await writeFile(path.join(config.knowledgeDir, 'calibration.json'), `${JSON.stringify(calibration, null, 2)}\n`);
  console.log(`Fitted on ${questions.length} questions: ${JSON.stringify(best.thresholds)}; worst figure ${(100 * best.worst).toFixed(1)}%, mean ${(100 * best.mean).toFixed(1)}%`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
