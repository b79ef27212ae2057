// `npm run eval`: prints, per language, answered-right and abstention-right for the product and
// for a plain Fuse.js baseline over the raw seed text. `--misses` lists what the product got wrong;
// `--questions tests/eval/holdout.json` scores another question set (e.g. the held-out one).
import { buildIndex } from '../core/buildIndex';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { percent, type Figures, type Miss } from './evaluate';
import path from 'node:path';
import { projectRoot, readConfig } from '../config/config';
import { QUESTIONS_FILE, loadQuestions } from './loadQuestions';
import { runEval } from './runEval';

function table(product: Figures, baseline: Figures): string {
  const rows = [['language', 'figure', 'mgi-bot', 'plain Fuse.js baseline']];
  for (const language of ['en', 'fr'] as const) {
    rows.push([language, 'answered right', percent(product[language].answeredRight), percent(baseline[language].answeredRight)]);
    rows.push([language, 'abstention right', percent(product[language].abstentionRight), percent(baseline[language].abstentionRight)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')).join('\n');
}

const describeMiss = ({ question, judged }: Miss): string =>
  `${question.id} [${question.expect}${question.domain ? ` ${question.domain}` : ''}] ${question.q}\n` +
  `   expected ${(question.sources ?? []).join(', ') || '-'} | got ${judged.answered ? judged.ids.slice(0, 3).join(', ') : 'no answer'} (${judged.language ?? '-'})`;

async function main(): Promise<void> {
  const config = readConfig();
  const index = buildIndex(await loadKnowledge(config.knowledgeDir));
  const at = process.argv.indexOf('--questions');
  const file = at > 0 ? process.argv[at + 1] : undefined;
  const questions = await loadQuestions(file ? path.resolve(file) : undefined);
  const report = await runEval(index, questions);
  console.log(`Evaluation over ${questions.length} questions (${path.relative(projectRoot, file ? path.resolve(file) : QUESTIONS_FILE)})\n`);
  console.log(table(report.product.figures, report.baseline.figures));
  if (process.argv.includes('--misses')) {
    console.log(`\nProduct misses (${report.product.misses.length}):`);
    for (const miss of report.product.misses) console.log(describeMiss(miss));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
