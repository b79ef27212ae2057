// Reading a knowledge text in a language: its translation when there is one, else the original,
// saying which it is (answers mark translations, and untranslated originals, to the reader).
import type { Language, LocalizedText } from './types';

export interface TextIn {
  readonly text: string;
  /** The language the text is written in. */
  readonly language: Language;
  /** The language the text was published in. */
  readonly original: Language;
  /** The text is a translation (not the published wording). */
  readonly translated: boolean;
  /** The language asked for has no translation: the original is given instead. */
  readonly untranslated: boolean;
}

/** The text in `language`, or its original when no translation exists. */
export function textIn(localized: LocalizedText, language: Language): TextIn {
  const original = localized.original;
  const own = language === 'original' ? undefined : localized[language];
  if (own !== undefined) return { text: own, language, original, translated: language !== original, untranslated: false };
  return { text: localized[original] ?? '', language: original, original, translated: false, untranslated: language !== original };
}

/** Just the string, in `language` or the original. */
export const inLanguage = (localized: LocalizedText, language: Language): string => textIn(localized, language).text;

/** The language codes a text exists in (the original first). */
export function languagesOf(localized: LocalizedText): Language[] {
  return [localized.original, ...Object.keys(localized).filter((key) => key !== 'original' && key !== localized.original)];
}
