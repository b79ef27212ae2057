// Recognises messages that are only small talk (greetings, thanks, help, goodbye).
import { SMALL_TALK, SMALL_TALK_FILLERS } from './lexicon';
import { normalise, words } from './normalise';
import type { Language } from './types';

export type SmallTalkKind = keyof typeof SMALL_TALK;

export interface SmallTalk {
  readonly kind: SmallTalkKind;
  /** The language the phrase belongs to. */
  readonly language: Language;
}

const KINDS = Object.keys(SMALL_TALK) as SmallTalkKind[];

/** The small talk a message is made of, or undefined when it says anything more. */
export function recogniseSmallTalk(text: string): SmallTalk | undefined {
  let rest = ` ${words(normalise(text)).join(' ')} `;
  let found: SmallTalk | undefined;
  // Longest phrases first, so "thank you so much" is not read as "thank" + leftovers.
  const phrases = KINDS.flatMap((kind) =>
    (['en', 'fr'] as const).flatMap((language) => SMALL_TALK[kind][language].map((phrase) => ({ kind, language, phrase }))),
  ).sort((a, b) => b.phrase.length - a.phrase.length);
  for (const { kind, language, phrase } of phrases) {
    const padded = ` ${phrase} `;
    if (rest.includes(padded)) {
      // Help outranks a greeting in "hi, what can you do?".
      if (!found || (kind === 'help' && found.kind !== 'help')) found = { kind, language };
      rest = rest.split(padded).join(' ');
    }
  }
  if (!found) return undefined;
  const leftovers = rest.split(' ').filter((w) => w && !SMALL_TALK_FILLERS.has(w));
  return leftovers.length === 0 ? found : undefined;
}
