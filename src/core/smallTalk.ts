// Recognises small talk (greetings, thanks, help, goodbye) anywhere in a message.
import { SMALL_TALK } from './lexicon';
import { normalise, words } from './normalise';
import type { Language } from './types';

export type SmallTalkKind = keyof typeof SMALL_TALK;

export interface SmallTalk {
  readonly kind: SmallTalkKind;
  /** The language the phrase belongs to. */
  readonly language: Language;
  /** The message without its small-talk phrases: a question may remain ("hi, what about health?"). */
  readonly rest: string;
  /** The words of the phrases found, so that a remaining question is read without them. */
  readonly phraseWords: ReadonlySet<string>;
}

const KINDS = Object.keys(SMALL_TALK) as SmallTalkKind[];

/** Phrases in the form messages take after `normalise` + `words`, longest first. */
const PHRASES = KINDS.flatMap((kind) =>
  (['en', 'fr'] as const).flatMap((language) => SMALL_TALK[kind][language].map((phrase) => ({ kind, language, phrase: words(normalise(phrase)).join(' ') }))),
).sort((a, b) => b.phrase.length - a.phrase.length);

/** Help outranks the rest ("hi, what can you do?"), then thanks, goodbye, greeting. */
const PRIORITY: Readonly<Record<SmallTalkKind, number>> = { help: 3, thanks: 2, goodbye: 1, greeting: 0 };

/** The small talk a message contains, or undefined. */
export function recogniseSmallTalk(text: string): SmallTalk | undefined {
  let rest = ` ${words(normalise(text)).join(' ')} `;
  let found: Pick<SmallTalk, 'kind' | 'language'> | undefined;
  const phraseWords = new Set<string>();
  for (const { kind, language, phrase } of PHRASES) {
    const padded = ` ${phrase} `;
    if (!rest.includes(padded)) continue;
    if (!found || PRIORITY[kind] > PRIORITY[found.kind]) found = { kind, language };
    rest = rest.split(padded).join(' ');
    for (const word of phrase.split(' ')) phraseWords.add(word);
  }
  return found ? { ...found, rest: rest.trim(), phraseWords } : undefined;
}
