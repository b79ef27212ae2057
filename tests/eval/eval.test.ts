// The development question set: the product must stay at or above 95% on every figure, per
// language, and well above plain Fuse.js over the raw seed text.
import { loadQuestions } from '../../src/eval/loadQuestions';
import { ratio, type EvalQuestion } from '../../src/eval/evaluate';
import { runEval, type EvalReport } from '../../src/eval/runEval';
import { knowledgeIndex } from '../support/knowledge';

let questions: EvalQuestion[];
let report: EvalReport;
beforeAll(async () => {
  questions = await loadQuestions();
  report = await runEval(await knowledgeIndex(), questions);
});

describe('The question set', () => {
  test('has at least 150 questions in English and French, each finding and definition asked in both', () => {
    expect(questions.length).toBeGreaterThanOrEqual(150);
    for (const language of ['en', 'fr'] as const) {
      const cited = new Set(questions.filter((q) => q.lang === language).flatMap((q) => q.sources ?? []));
      for (const domain of ['migrants-rights', 'whole-of-government', 'partnerships', 'well-being', 'mobility-crises', 'safe-migration']) {
        expect(cited).toContain(`mgi/${domain}/national`);
        expect(cited).toContain(`mgi/${domain}/city`);
      }
      const findings = [...cited].filter((id) => /^manaus-2023\/.+\/(developed|potential)-\d$/.test(id));
      expect(findings).toHaveLength(36);
      for (const kind of ['answer', 'abstain', 'smalltalk'] as const) {
        expect(questions.filter((q) => q.lang === language && q.expect === kind).length).toBeGreaterThan(5);
      }
    }
  });
});

describe.each(['en', 'fr'] as const)('In %s', (language) => {
  test('answers at least 95% of answerable questions right (domain, source in top 3, language)', () => {
    expect(ratio(report.product.figures[language].answeredRight)).toBeGreaterThanOrEqual(0.95);
  });

  test('abstains rightly on at least 95% of out-of-scope questions, unknown places and small talk', () => {
    expect(ratio(report.product.figures[language].abstentionRight)).toBeGreaterThanOrEqual(0.95);
  });

  test('beats the plain Fuse.js baseline by a wide margin', () => {
    expect(ratio(report.product.figures[language].answeredRight)).toBeGreaterThan(ratio(report.baseline.figures[language].answeredRight) + 0.5);
  });
});
