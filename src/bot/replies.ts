// Builds the activities the bot sends: cards where the channel renders Adaptive Cards, markdown
// text and suggested actions elsewhere; every answer with its citation entity and locale.
import { ActionTypes, ActivityTypes, CardFactory, type Activity, type CardAction } from 'botbuilder';
import { answerCard } from '../cards/answerCard';
import { CARD_CONTENT_TYPE, type AdaptiveCard } from '../cards/adaptiveCard';
import { clarifyCard, domainCard, domainListCard } from '../cards/domainCards';
import type { Knowledge, Language } from '../core/types';
import { profilesList, suggestionsFor } from '../presentation/composeAnswer';
import type { DomainView } from '../presentation/domainView';
import type { Answer } from '../presentation/types';
import { translator } from '../i18n/i18n';
import { citationEntity } from './citationEntity';

/** Channels that render Adaptive Cards. */
export const CARD_CHANNELS: ReadonlySet<string> = new Set(['msteams', 'webchat', 'directline', 'emulator']);


/** Teams shows three suggested actions at most. */
const MAX_SUGGESTED_ACTIONS = 3;

export interface ReplyContext {
  readonly channelId: string;
  readonly recipientId?: string;
  readonly knowledge: Knowledge;
}

const rendersCards = (context: ReplyContext): boolean => CARD_CHANNELS.has(context.channelId);

function suggested(texts: readonly string[], context: ReplyContext, max = MAX_SUGGESTED_ACTIONS): Partial<Activity> {
  const actions: CardAction[] = texts.slice(0, max).map((text) => ({ type: ActionTypes.ImBack, title: text, value: text }));
  return actions.length ? { suggestedActions: { actions, to: context.recipientId ? [context.recipientId] : [] } } : {};
}

function cardAttachment(card: AdaptiveCard) {
  const attachment = CardFactory.adaptiveCard(card);
  return { ...attachment, contentType: CARD_CONTENT_TYPE };
}

/**
 * The text that goes with a card: the lead line with the citation markers, and the markdown
 * reference links Web Chat matches citations with. Teams takes the links from the citation
 * entity and would show those lines as they are, so they are left out there.
 */
function textBesideCard(answer: Answer, context: ReplyContext): string {
  const lines = answer.text.split('\n');
  const markers = (quoted: boolean): string => answer.citations.filter((c) => c.quoted === quoted).map((c) => `[${c.position}]`).join(' ');
  // Every citation needs its marker in the text, "see also" ones included.
  const seeAlso = markers(false) ? ['', `${translator(answer.language)('answer.seeAlso')} ${markers(false)}`] : [];
  const references = context.channelId === 'msteams' ? [] : lines.filter((line) => /^\[\d+\]: /.test(line));
  return [`${lines[0] ?? ''} ${markers(true)}`.trim(), ...seeAlso, ...(references.length ? ['', ...references] : [])].join('\n');
}

function message(answer: Answer, text: string, context: ReplyContext): Partial<Activity> {
  const entity = citationEntity(answer);
  return {
    type: ActivityTypes.Message,
    text,
    textFormat: 'markdown',
    locale: context.knowledge.languages.localeOf(answer.language),
    ...(entity ? { entities: [entity] } : {}),
  };
}

/** Teams shows thumbs up/down under answers; the feedback comes back as a message/submitAction invoke. */
const feedbackLoop = (context: ReplyContext): Partial<Activity> => (context.channelId === 'msteams' ? { channelData: { feedbackLoop: { type: 'default' } } } : {});

export function answerReply(answer: Answer, context: ReplyContext): Partial<Activity> {
  if (answer.kind === 'clarify') {
    const t = translator(answer.language);
    const choices = answer.choices ?? [];
    if (rendersCards(context)) return { ...message(answer, answer.text, context), attachments: [cardAttachment(clarifyCard(answer))] };
    return { ...message(answer, answer.text, context), ...suggested([...choices.map((c) => c.label), t('cards.none')], context, MAX_SUGGESTED_ACTIONS + 1) };
  }
  if (!answer.answered) return { ...message(answer, answer.text, context), ...suggested(answer.suggestions, context) };
  if (!rendersCards(context)) return message(answer, answer.text, context);
  return { ...message(answer, textBesideCard(answer, context), context), attachments: [cardAttachment(answerCard(answer, context.knowledge))], ...feedbackLoop(context) };
}

export function domainReply(view: DomainView, answer: Answer, context: ReplyContext): Partial<Activity> {
  if (!rendersCards(context)) return message(answer, answer.text, context);
  return { ...message(answer, textBesideCard(answer, context), context), attachments: [cardAttachment(domainCard(view, answer, context.knowledge))] };
}

export function domainListReply(language: Language, context: ReplyContext): Partial<Activity> {
  const t = translator(language);
  const names = context.knowledge.domains.map((d) => d.name[language]);
  const text = [`**${t('cards.domainsTitle')}**`, '', ...names.map((name, i) => `${i + 1}. ${name}`), '', t('cards.chooseDomain', { profiles: profilesList(t, context.knowledge, language) })].join('\n');
  const base: Partial<Activity> = { type: ActivityTypes.Message, text, textFormat: 'markdown', locale: context.knowledge.languages.localeOf(language) };
  if (rendersCards(context)) return { ...base, attachments: [cardAttachment(domainListCard(context.knowledge, language))] };
  return { ...base, ...suggested(names, context, names.length) };
}

/** A short message in one language, with optional suggested questions. */
export function textReply(language: Language, text: string, context: ReplyContext, suggestions: readonly string[] = []): Partial<Activity> {
  return { type: ActivityTypes.Message, text, textFormat: 'markdown', locale: context.knowledge.languages.localeOf(language), ...suggested(suggestions, context) };
}

/** The greeting in every language the bot speaks, the user's first, with three example questions in it. */
export function welcomeReply(language: Language, context: ReplyContext): Partial<Activity> {
  const { languages } = context.knowledge;
  const line = (lang: Language): string => translator(lang)('welcome.text', { profiles: profilesList(translator(lang), context.knowledge, lang) });
  const order = [language, ...languages.codes.filter((code) => code !== language)];
  return textReply(language, order.map(line).join('\n\n'), context, suggestionsFor(language));
}
