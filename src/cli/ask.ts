// `npm run ask -- "question"` prints the answer; `--json` prints the /api/ask JSON; `--lang fr`
// sets the fallback language for questions that do not show theirs.
import { answerQuestion } from '../core/answerQuestion';
import { buildIndex } from '../core/buildIndex';
import { languageOfLocale } from '../core/detectLanguage';
import { readConfig } from '../config/config';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { askResponse } from '../server/askResponse';

const USAGE = 'Usage: npm run ask -- [--json] [--lang en|fr] "your question"';

export interface AskArguments {
  readonly question: string;
  readonly json: boolean;
  readonly lang?: 'en' | 'fr';
}

export function parseAskArguments(argv: readonly string[]): AskArguments | { error: string } {
  let json = false;
  let lang: 'en' | 'fr' | undefined;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--lang') {
      lang = languageOfLocale(argv[++i]);
      if (!lang) return { error: `--lang takes en or fr. ${USAGE}` };
    } else if (arg === '--help' || arg === '-h') return { error: USAGE };
    else words.push(arg);
  }
  const question = words.join(' ').trim();
  if (!question) return { error: USAGE };
  return { question, json, lang };
}

export async function runAsk(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<{ output: string; exitCode: number }> {
  const args = parseAskArguments(argv);
  if ('error' in args) return { output: args.error, exitCode: 2 };
  const config = readConfig(env);
  const index = buildIndex(await loadKnowledge(config.knowledgeDir));
  const answer = answerQuestion(index, args.question, { preferred: args.lang }, { publicUrl: config.publicUrl });
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
