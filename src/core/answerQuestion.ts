// The answering use cases: a question in, one cited answer (or a plain "I don't know", or a
// "Did you mean…?") out; and answers for a source or a domain's list chosen from a button.
// Pure: the hosts (bot, web, CLI) give it the index and context and render what it returns.
import { translator, type Translate } from '../i18n/i18n';
import type { KnowledgeIndex } from './buildIndex';
import { composeAnswer, domainName, domainsList, profilesList, citationTitle, type ComposeOptions } from './composeAnswer';
import { decide } from './decide';
import { detectLanguage, languageOfText, type LanguageContext } from './detectLanguage';
import { findPlace } from './places';
import { retrieve, type RankedSource } from './retrieve';
import { recogniseSmallTalk } from './smallTalk';
import type { Answer, AnswerKind, Choice, DomainId, Language } from './types';

export type AnswerOptions = ComposeOptions;

export interface AnswerContext extends LanguageContext {
  /** Answer in this language whatever the question's own ("show in French"). */
  readonly forcedLanguage?: Language;
  /** The domain of the conversation's last answer: "what could be improved there?" continues it. */
  readonly lastDomain?: DomainId;
  /** The profile of the conversation's last answer. */
  readonly lastProfileId?: string;
}

const SUGGESTION_KEYS = ['health', 'partnerships', 'improve'] as const;

const suggestions = new Map<Language, readonly string[]>();

/** Three example questions in a language (computed once). */
export function suggestionsFor(language: Language): readonly string[] {
  let list = suggestions.get(language);
  if (!list) {
    const t = translator(language);
    suggestions.set(language, (list = SUGGESTION_KEYS.map((key) => t(`suggestions.${key}`))));
  }
  return list;
}

function reply(language: Language, kind: AnswerKind, text: string, suggestions: readonly string[] = [], confidence = 0): Answer {
  return { language, answered: false, kind, text, citations: [], confidence, suggestions };
}

function withSuggestions(t: Translate, lines: string[], suggestions: readonly string[]): string {
  return [...lines, '', t('abstain.tryAsking'), ...suggestions.map((s) => `- ${s}`)].join('\n');
}

const PREVIEW_LENGTH = 90;
const preview = (text: string): string => (text.length <= PREVIEW_LENGTH ? text : `${text.slice(0, PREVIEW_LENGTH).replace(/\s+\S*$/, '')}…`);

function clarification(index: KnowledgeIndex, t: Translate, language: Language, ranked: readonly RankedSource[], confidence: number): Answer {
  const choices: Choice[] = ranked.map(({ source }) => ({
    sourceId: source.id,
    domain: source.domain,
    label: source.domain ? domainName(index.knowledge, source.domain, language) : citationTitle(t, index.knowledge, source, language),
    preview: preview(source.text[language]),
  }));
  const text = [t('clarify.question'), '', ...choices.map((c, i) => `${i + 1}. **${c.label}**: ${c.preview}`), '', t('clarify.pick')].join('\n');
  return { language, answered: false, kind: 'clarify', text, citations: [], confidence, suggestions: [], choices };
}

export function answerQuestion(index: KnowledgeIndex, question: string, context: AnswerContext, options: AnswerOptions): Answer {
  const smallTalk = recogniseSmallTalk(question);
  if (!smallTalk) return answerTopic(index, question, context, options);
  // "Hi, what does Manaus offer in health?" is a question; "thanks, super helpful!" is not.
  const answer = smallTalk.rest ? answerTopic(index, question, context, options, smallTalk.phraseWords) : undefined;
  if (answer && answer.kind !== 'abstain') return answer;
  const language = context.forcedLanguage ?? languageOfText(question, index.languageVocabulary) ?? smallTalk.language;
  const t = translator(language);
  const text = t(`smallTalk.${smallTalk.kind}`, { profiles: profilesList(t, index.knowledge, language), domains: domainsList(index.knowledge, language) });
  return reply(language, 'small-talk', text, smallTalk.kind === 'thanks' || smallTalk.kind === 'goodbye' ? [] : suggestionsFor(language));
}

/** A message that is not (only) small talk; `ignore` holds the words of its small-talk phrases. */
function answerTopic(index: KnowledgeIndex, question: string, context: AnswerContext, options: AnswerOptions, ignore?: ReadonlySet<string>): Answer {
  const { knowledge } = index;
  const language = context.forcedLanguage ?? detectLanguage(question, context, index.languageVocabulary);
  const t = translator(language);
  const profiles = profilesList(t, knowledge, language);
  const domains = domainsList(knowledge, language);
  const suggestions = suggestionsFor(language);

  const place = findPlace(index, question);
  if (place?.kind === 'unknown') {
    const text = withSuggestions(t, [t('abstain.unknownPlace', { place: place.name, profiles })], suggestions);
    return reply(language, 'unknown-place', text, suggestions);
  }

  const retrieval = retrieve(index, question, { lastDomain: context.lastDomain, lastProfileId: context.lastProfileId }, ignore);
  const decision = decide(retrieval);
  switch (decision.kind) {
    case 'abstain': {
      const text = withSuggestions(t, [t('abstain.unknown'), t('abstain.whatICanAnswer', { domains, profiles })], suggestions);
      return reply(language, 'abstain', text, suggestions, decision.confidence);
    }
    case 'clarify':
      return clarification(index, t, language, decision.choices, decision.confidence);
    case 'answer':
      return composeAnswer(t, knowledge, language, decision.quoted, decision.seeAlso, decision.confidence, options);
  }
}

/** The answer for one source picked from a button ("Did you mean…?"); undefined for an unknown id. */
export function answerSource(index: KnowledgeIndex, sourceId: string, language: Language, options: AnswerOptions): Answer | undefined {
  const entry = index.entries.find((e) => e.source.id === sourceId);
  if (!entry) return undefined;
  return composeAnswer(translator(language), index.knowledge, language, [{ source: entry.source, score: 1, coverage: 1, matched: [] }], [], 1, options);
}

/** A profile's whole list of strengths or areas to develop in a domain ("Areas to develop" button). */
export function answerDomainList(
  index: KnowledgeIndex,
  domain: DomainId,
  kind: 'developed' | 'potential',
  profileId: string | undefined,
  language: Language,
  options: AnswerOptions,
): Answer | undefined {
  const profile = profileId ?? index.knowledge.profiles[0]?.id;
  const quoted = index.entries
    .filter((e) => e.source.domain === domain && e.source.kind === kind && e.source.profileId === profile)
    .map((e) => ({ source: e.source, score: 1, coverage: 1, matched: [] }));
  if (quoted.length === 0) return undefined;
  return composeAnswer(translator(language), index.knowledge, language, quoted, [], 1, options);
}
