// The answering use case: one question in, one cited answer (or a plain "I don't know") out.
// Pure: the hosts (bot, web, CLI) give it the index and context and render what it returns.
import { translator, type Translate } from '../i18n/i18n';
import type { KnowledgeIndex } from './buildIndex';
import { composeAnswer, domainsList, profilesList, type ComposeOptions } from './composeAnswer';
import { decide } from './decide';
import { detectLanguage, type LanguageContext } from './detectLanguage';
import { findPlace } from './places';
import { retrieve } from './retrieve';
import { recogniseSmallTalk } from './smallTalk';
import type { Answer, AnswerKind, Language } from './types';

export type AnswerOptions = ComposeOptions;

const SUGGESTION_KEYS = ['health', 'partnerships', 'improve'] as const;

export function suggestionsFor(language: Language): string[] {
  const t = translator(language);
  return SUGGESTION_KEYS.map((key) => t(`suggestions.${key}`));
}

function reply(language: Language, kind: AnswerKind, text: string, suggestions: readonly string[] = [], confidence = 0): Answer {
  return { language, answered: false, kind, text, citations: [], confidence, suggestions };
}

function withSuggestions(t: Translate, lines: string[], suggestions: readonly string[]): string {
  return [...lines, '', t('abstain.tryAsking'), ...suggestions.map((s) => `- ${s}`)].join('\n');
}

export function answerQuestion(index: KnowledgeIndex, question: string, context: LanguageContext, options: AnswerOptions): Answer {
  const { knowledge } = index;
  const smallTalk = recogniseSmallTalk(question);
  const language = smallTalk?.language ?? detectLanguage(question, context, index.languageVocabulary);
  const t = translator(language);
  const profiles = profilesList(t, knowledge, language);
  const domains = domainsList(knowledge, language);
  const suggestions = suggestionsFor(language);

  if (smallTalk) {
    const text = t(`smallTalk.${smallTalk.kind}`, { profiles, domains });
    return reply(language, 'small-talk', text, smallTalk.kind === 'thanks' || smallTalk.kind === 'goodbye' ? [] : suggestions);
  }

  const place = findPlace(index, question);
  if (place?.kind === 'unknown') {
    const text = withSuggestions(t, [t('abstain.unknownPlace', { place: place.name, profiles })], suggestions);
    return reply(language, 'unknown-place', text, suggestions);
  }

  const retrieval = retrieve(index, question);
  const decision = decide(retrieval);
  if (!decision.answer) {
    const text = withSuggestions(t, [t('abstain.unknown'), t('abstain.whatICanAnswer', { domains, profiles })], suggestions);
    return reply(language, 'abstain', text, suggestions, decision.confidence);
  }
  return composeAnswer(t, knowledge, language, decision.quoted, decision.seeAlso, decision.confidence, options);
}
