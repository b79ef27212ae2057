// The development question sets: the product keeps the standing bar on the first set, per language,
// and its figures on the whole development set are the ones the calibration was fitted on (so the
// thresholds in knowledge/calibration.json are never stale after a change of the engine).
import { DEVELOPMENT_FILES, loadDevelopmentSet, loadQuestions } from '../../src/eval/loadQuestions';
import { ratio, type EvalQuestion, type Figures } from '../../src/eval/evaluate';
import { runEval, scoreProduct, type EvalReport } from '../../src/eval/runEval';
import type { KnowledgeIndex } from '../../src/core/buildIndex';
import { knowledgeIndex } from '../support/knowledge';

jest.setTimeout(60_000);

let index: KnowledgeIndex;
let first: EvalQuestion[];
let report: EvalReport;
beforeAll(async () => {
  index = await knowledgeIndex();
  first = await loadQuestions(DEVELOPMENT_FILES[0]);
  report = await runEval(index, first);
});

const pooled = (figures: Figures, figure: 'answeredRight' | 'abstentionRight'): number => {
  const all = Object.values(figures).reduce((sum, f) => ({ right: sum.right + f[figure].right, total: sum.total + f[figure].total }), { right: 0, total: 0 });
  return Math.round((1000 * all.right) / all.total) / 1000;
};

describe('The first development set', () => {
  test('has at least 150 questions in English and French, each finding and definition asked in both', () => {
    expect(first.length).toBeGreaterThanOrEqual(150);
    for (const language of index.languages.codes) {
      const cited = new Set(first.filter((q) => q.lang === language).flatMap((q) => q.sources ?? []));
      for (const domain of index.knowledge.domains) {
        expect(cited).toContain(`mgi/${domain.id}/national`);
        expect(cited).toContain(`mgi/${domain.id}/city`);
      }
      const findings = [...cited].filter((id) => /^manaus-2023\/.+\/(developed|potential)-\d$/.test(id));
      expect(findings).toHaveLength(36);
      for (const kind of ['answer', 'abstain', 'smalltalk'] as const) {
        expect(first.filter((q) => q.lang === language && q.expect === kind).length).toBeGreaterThan(5);
      }
    }
  });

  test.each(['en', 'fr'])('in %s, at least 95% of answerable questions are answered right (domain, source in top 3, language) and 95% of the others declined', (language) => {
    expect(ratio(report.product.figures[language]!.answeredRight)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(report.product.figures[language]!.abstentionRight)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('The whole development set', () => {
  test('gives the figures knowledge/calibration.json says its thresholds were fitted on', async () => {
    const questions = await loadDevelopmentSet();
    const { fittedOn } = index.knowledge.calibration;
    const { figures } = scoreProduct(index, questions);
    expect({ questions: questions.length, answeredRight: pooled(figures, 'answeredRight'), abstentionRight: pooled(figures, 'abstentionRight') }).toEqual({
      questions: fittedOn.questions,
      answeredRight: fittedOn.answeredRight,
      abstentionRight: fittedOn.abstentionRight,
    });
  });
});
