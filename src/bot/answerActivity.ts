// Turns a core Answer into the message activity the bot sends.
import { ActionTypes, ActivityTypes, type Activity, type CardAction } from 'botbuilder';
import type { Answer, Language } from '../core/types';
import { citationEntity } from './citationEntity';

const LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', fr: 'fr-FR' };

export const localeOf = (language: Language): string => LOCALES[language];

/** Teams shows three suggested actions at most. */
const MAX_SUGGESTED_ACTIONS = 3;

export function answerActivity(answer: Answer, recipientId?: string): Partial<Activity> {
  const entity = citationEntity(answer);
  const actions: CardAction[] = answer.suggestions
    .slice(0, MAX_SUGGESTED_ACTIONS)
    .map((text) => ({ type: ActionTypes.ImBack, title: text, value: text }));
  return {
    type: ActivityTypes.Message,
    text: answer.text,
    textFormat: 'markdown',
    locale: localeOf(answer.language),
    ...(entity ? { entities: [entity] } : {}),
    ...(actions.length ? { suggestedActions: { actions, to: recipientId ? [recipientId] : [] } } : {}),
  };
}
