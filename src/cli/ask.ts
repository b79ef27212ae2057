// `npm run ask -- "question"` prints the answer; `--json` prints the /api/ask JSON; `--lang fr`
// sets the fallback language for questions that do not show theirs.
import { answerQuestion as coreAnswer } from '../core/answerQuestion';
import { answerQuestion } from '../presentation/answer';
import { explainAnswer } from '../presentation/explainAnswer';
import { buildIndex } from '../core/buildIndex';
import { readConfig } from '../config/config';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { askResponse } from '../server/askResponse';

const USAGE = 'Usage: npm run ask -- [--json] [--explain] [--without-terms] [--lang <code>] "your question"';

export interface AskArguments {
  readonly question: string;
  readonly json: boolean;
  /** A language code or locale for questions that do not show their language. */
  readonly lang?: string;
  readonly explain: boolean;
  /** Index without the sources' per-entry terms: what a new profile, with none, answers. */
  readonly withoutTerms: boolean;
}

export function parseAskArguments(argv: readonly string[]): AskArguments | { error: string } {
  let json = false;
  let lang: string | undefined;
  let explain = false;
  let withoutTerms = false;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--lang') {
      lang = argv[++i];
      if (!lang) return { error: `--lang takes a language code. ${USAGE}` };
    } else if (arg === '--explain') explain = true;
    else if (arg === '--without-terms') withoutTerms = true;
    else if (arg === '--help' || arg === '-h') return { error: USAGE };
    else words.push(arg);
  }
  const question = words.join(' ').trim();
  if (!question) return { error: USAGE };
  return { question, json, lang, explain, withoutTerms };
}

export async function runAsk(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<{ output: string; exitCode: number }> {
  const args = parseAskArguments(argv);
  if ('error' in args) return { output: args.error, exitCode: 2 };
  const config = readConfig(env);
  const index = buildIndex(await loadKnowledge(config.knowledgeDir, config.defaultLanguage), { terms: !args.withoutTerms });
  const preferred = args.lang === undefined ? undefined : index.languages.fromLocale(args.lang);
  if (args.lang !== undefined && !preferred) return { output: `--lang takes one of ${index.languages.codes.join(', ')}. ${USAGE}`, exitCode: 2 };
  if (args.explain) return { output: explainAnswer(index, coreAnswer(index, args.question, { preferred })), exitCode: 0 };
  const answer = answerQuestion(index, args.question, { preferred }, { publicUrl: config.publicUrl });
  return { output: args.json ? JSON.stringify(askResponse(answer), null, 2) : answer.text, exitCode: 0 };
}

if (require.main === module) {
  runAsk(process.argv.slice(2))
    .then(({ output, exitCode }) => {
      (exitCode === 0 ? console.log : console.error)(output);
      process.exitCode = exitCode;
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    });
}
