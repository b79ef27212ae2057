// Turns a text into the stemmed content tokens used on both sides of retrieval.
import { STOP_WORDS } from './lexicon';
import { normalise, stem, words } from './normalise';

/** Content tokens of a text: normalised, stop words of both languages (and `ignore`) removed, stemmed. */
export function contentTokens(text: string, ignore?: ReadonlySet<string>): string[] {
  return words(normalise(text))
    .filter((w) => !STOP_WORDS.en.has(w) && !STOP_WORDS.fr.has(w) && !(ignore?.has(w) ?? false))
    .map(stem)
    .filter((w) => w.length > 1);
}
