// Scores answers against the question set: per language, "answered right" and "abstention right".
import type { DomainId, Language } from '../core/types';
import type { Answer } from '../presentation/types';
import type { BaselineResult } from './baseline';

export interface EvalQuestion {
  readonly id: string;
  readonly lang: Language;
  readonly q: string;
  readonly expect: 'answer' | 'abstain' | 'smalltalk';
  readonly domain?: DomainId;
  readonly sources?: readonly string[];
  readonly tags?: readonly string[];
}

/** What both the product and the baseline are judged on. */
export interface Judged {
  readonly answered: boolean;
  readonly language?: Language;
  readonly domain?: DomainId;
  /** Cited source ids, best first. */
  readonly ids: readonly string[];
  readonly smallTalk?: boolean;
}

export const judgeAnswer = (answer: Answer): Judged => ({
  answered: answer.answered,
  language: answer.language,
  domain: answer.citations[0]?.domain,
  ids: answer.citations.map((c) => c.id),
  smallTalk: answer.kind === 'small-talk',
});

export const judgeBaseline = (result: BaselineResult): Judged => ({ ...result, smallTalk: false });

/** `mgi/partnerships` accepts any of that domain's definitions. */
const matchesExpected = (id: string, expected: string): boolean => id === expected || id.startsWith(`${expected}/`);

export function isRight(question: EvalQuestion, judged: Judged): boolean {
  const languageRight = judged.language === question.lang;
  switch (question.expect) {
    case 'answer': {
      if (!judged.answered || !languageRight) return false;
      if (question.domain && judged.domain !== question.domain) return false;
      const top3 = judged.ids.slice(0, 3);
      return (question.sources ?? []).some((expected) => top3.some((id) => matchesExpected(id, expected)));
    }
    case 'abstain':
      return !judged.answered && (judged.language === undefined || languageRight);
    case 'smalltalk':
      return !judged.answered && judged.ids.length === 0 && (judged.smallTalk !== false || judged.language === undefined) && (judged.language === undefined || languageRight);
  }
}

export interface Figure {
  readonly right: number;
  readonly total: number;
}

export interface LanguageFigures {
  readonly answeredRight: Figure;
  readonly abstentionRight: Figure;
}

/** Per language code of the questions scored. */
export type Figures = Readonly<Record<Language, LanguageFigures>>;

export interface Miss {
  readonly question: EvalQuestion;
  readonly judged: Judged;
}

export function score(questions: readonly EvalQuestion[], judge: (q: EvalQuestion) => Judged): { figures: Figures; misses: Miss[] } {
  type Counts = { answeredRight: { right: number; total: number }; abstentionRight: { right: number; total: number } };
  const figures: Record<Language, Counts> = {};
  const misses: Miss[] = [];
  for (const question of questions) {
    const judged = judge(question);
    const right = isRight(question, judged);
    const counts = (figures[question.lang] ??= { answeredRight: { right: 0, total: 0 }, abstentionRight: { right: 0, total: 0 } });
    const figure = question.expect === 'answer' ? counts.answeredRight : counts.abstentionRight;
    figure.total++;
    if (right) figure.right++;
    else misses.push({ question, judged });
  }
  return { figures, misses };
}

export const ratio = (f: Figure): number => (f.total === 0 ? 1 : f.right / f.total);
export const percent = (f: Figure): string => `${(100 * ratio(f)).toFixed(1)}% (${f.right}/${f.total})`;
