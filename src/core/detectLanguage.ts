// Decides English or French for short questions, where statistical detectors guess poorly.
import { LANGUAGE_MARKERS, STOP_WORDS } from './lexicon';
import { normalise, words } from './normalise';
import type { Language } from './types';

/** Words seen only in one language's knowledge texts; built once from the knowledge (see `buildIndex`). */
export type LanguageVocabulary = Readonly<Record<Language, ReadonlySet<string>>>;

export interface LanguageContext {
  /** The language of the conversation's previous answer, if any. */
  readonly previous?: Language;
  /** The user's saved preference, if any. */
  readonly preferred?: Language;
  /** The channel's locale for the activity, e.g. `fr-FR`. */
  readonly locale?: string;
}

const FRENCH_LETTERS = /[àâçéèêëîïôûùüÿœæ]/i;
/** Letters French never uses: a word with one is a name from elsewhere ("Operação", "Bogotá"). */
const FOREIGN_LETTERS = /[ãõáíóúñåäöøß]/i;
const FRENCH_ELISION = /\b(?:l|d|qu|j|n|c|s)['’]\p{L}/iu;

/** Evidence for each language in the text itself; a positive result leans French. */
function frenchLean(text: string, vocabulary?: LanguageVocabulary): number {
  let lean = 0;
  const ownWords = text.split(/\s+/).filter((w) => !FOREIGN_LETTERS.test(w)).join(' ');
  if (FRENCH_LETTERS.test(ownWords)) lean += 2;
  if (FRENCH_ELISION.test(ownWords)) lean += 2;
  for (const word of words(normalise(text))) {
    const fr = STOP_WORDS.fr.has(word) || LANGUAGE_MARKERS.fr.has(word) || (vocabulary?.fr.has(word) ?? false);
    const en = STOP_WORDS.en.has(word) || LANGUAGE_MARKERS.en.has(word) || (vocabulary?.en.has(word) ?? false);
    if (fr && !en) lean += 1;
    if (en && !fr) lean -= 1;
  }
  return lean;
}

/** The language the text is clearly written in, or undefined when it does not say. */
export function languageOfText(text: string, vocabulary?: LanguageVocabulary): Language | undefined {
  const lean = frenchLean(text, vocabulary);
  if (lean > 0) return 'fr';
  if (lean < 0) return 'en';
  return undefined;
}

/** Maps a locale such as `fr-CA` to a supported language. */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  const base = locale?.toLowerCase().split(/[-_]/)[0];
  return base === 'fr' || base === 'en' ? base : undefined;
}

/**
 * The answer's language: the question's own language when it is clear; otherwise the user's
 * saved preference, the conversation's last language, the activity's locale, then English.
 */
export function detectLanguage(text: string, context: LanguageContext = {}, vocabulary?: LanguageVocabulary): Language {
  return (
    languageOfText(text, vocabulary) ??
    context.preferred ??
    context.previous ??
    languageOfLocale(context.locale) ??
    'en'
  );
}
