// What the hosts call: the core's answering use cases, presented as markdown with citations.
import * as core from '../core/answerQuestion';
import type { KnowledgeIndex } from '../core/buildIndex';
import type { DomainId, Language } from '../core/types';
import { presentAnswer, type ComposeOptions } from './composeAnswer';
import type { Answer } from './types';

export type AnswerOptions = ComposeOptions;
export type AnswerContext = core.AnswerContext;
export { suggestionsFor } from './composeAnswer';

export function answerQuestion(index: KnowledgeIndex, question: string, context: AnswerContext, options: AnswerOptions): Answer {
  return presentAnswer(index, core.answerQuestion(index, question, context), options);
}

export function answerSource(index: KnowledgeIndex, sourceId: string, language: Language, options: AnswerOptions): Answer | undefined {
  const answer = core.answerSource(index, sourceId, language);
  return answer && presentAnswer(index, answer, options);
}

export function answerDomainList(index: KnowledgeIndex, domain: DomainId, kind: 'developed' | 'potential', profileId: string | undefined, language: Language, options: AnswerOptions): Answer | undefined {
  const answer = core.answerDomainList(index, domain, kind, profileId, language);
  return answer && presentAnswer(index, answer, options);
}
