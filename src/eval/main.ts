// `npm run eval`: per language, answered-right and abstention-right on the development set, for the
// product, for the product without per-entry terms, and for a plain Fuse.js baseline over the raw
// seed text. `--sealed` also scores the sealed blind sets (tests/eval/sealed/: only at the end of a
// change, never to tune on); `--questions <file>` scores another set; `--misses` lists the misses.
import path from 'node:path';
import { projectRoot, readConfig } from '../config/config';
import { buildIndex } from '../core/buildIndex';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { percent, type Figures, type Miss } from './evaluate';
import { DEVELOPMENT_FILES, SEALED_SETS, loadQuestions } from './loadQuestions';
import { runEval, type EvalReport } from './runEval';

function table(report: EvalReport): string {
  const rows = [['language', 'figure', 'mgi-bot', 'without per-entry terms', 'plain Fuse.js baseline']];
  const languages = Object.keys(report.product.figures).sort();
  const cell = (figures: Figures, language: string, figure: 'answeredRight' | 'abstentionRight'): string => (figures[language] ? percent(figures[language]![figure]) : '-');
  for (const language of languages) {
    rows.push([language, 'answered right', cell(report.product.figures, language, 'answeredRight'), cell(report.withoutTerms.figures, language, 'answeredRight'), cell(report.baseline.figures, language, 'answeredRight')]);
    rows.push([language, 'abstention right', cell(report.product.figures, language, 'abstentionRight'), cell(report.withoutTerms.figures, language, 'abstentionRight'), cell(report.baseline.figures, language, 'abstentionRight')]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}

const describeMiss = ({ question, judged }: Miss): string =>
  `${question.id} [${question.expect}${question.domain ? ` ${question.domain}` : ''}] ${question.q}\n` +
  `   expected ${(question.sources ?? []).join(', ') || '-'} | got ${judged.answered ? judged.ids.slice(0, 3).join(', ') : 'no answer'} (${judged.language ?? '-'})`;

async function report(label: string, files: readonly string[], index: Awaited<ReturnType<typeof buildIndex>>, misses: boolean): Promise<void> {
  const questions = (await Promise.all(files.map((file) => loadQuestions(file)))).flat();
  const result = await runEval(index, questions);
  console.log(`\n${label}: ${questions.length} questions (${files.map((f) => path.relative(projectRoot, f)).join(', ')})\n`);
  console.log(table(result));
  if (misses) {
    console.log(`\nProduct misses (${result.product.misses.length}):`);
    for (const miss of result.product.misses) console.log(describeMiss(miss));
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const index = buildIndex(await loadKnowledge(config.knowledgeDir, config.defaultLanguage));
  const at = process.argv.indexOf('--questions');
  const misses = process.argv.includes('--misses');
  if (at > 0) return report('Questions', [path.resolve(process.argv[at + 1]!)], index, misses);
  await report('Development set', DEVELOPMENT_FILES, index, misses);
  // Sealed sets are scored, never inspected: their misses are not printed.
  const sealed = process.argv.find((arg) => arg === '--sealed' || arg.startsWith('--sealed='));
  if (sealed) {
    const wanted = sealed.includes('=') ? sealed.split('=')[1]!.split(',') : undefined;
    for (const set of SEALED_SETS) {
      const files = set.files.filter((file) => !wanted || wanted.includes(path.basename(file, '.json')));
      if (files.length) await report(`Sealed blind set (${set.name})`, files, index, false);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
