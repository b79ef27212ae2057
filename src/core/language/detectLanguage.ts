// Which language a question is written in, ranked over every language pack. Short questions defeat
// statistical detectors, so the evidence is the packs' own vocabulary: their function words,
// markers and elisions, and the words only one language's knowledge texts use.
import type { LanguageCode, LanguageRegistry } from './registry';

/** Words seen in only one language's knowledge texts; built once with the index. */
export type ExclusiveVocabulary = ReadonlyMap<LanguageCode, ReadonlySet<string>>;

export interface LanguageContext {
  /** The language of the conversation's previous answer, if any. */
  readonly previous?: LanguageCode;
  /** The user's saved preference, if any. */
  readonly preferred?: LanguageCode;
  /** The channel's locale for the activity, e.g. `fr-FR`. */
  readonly locale?: string;
}

export interface LanguageRanking {
  /** The language the text is clearly written in, or undefined when it does not say. */
  readonly clear?: LanguageCode;
  /** Every pack with some evidence, best first. */
  readonly ranked: ReadonlyArray<{ readonly code: LanguageCode; readonly score: number }>;
}

/** Evidence a word gives: split between the packs that claim it. */
const ELISION_EVIDENCE = 2;
/** A generic word of a language, or a word only some languages have: half a function word. */
const WEAK_EVIDENCE = 0.5;

/**
 * `words`: the text's normalised words, when the caller has them already (names left out: "de" in
 * "Monitor de Turismo" says nothing of the question's language); `wordOf`: for a word no pack
 * claims, the languages it is a word of (by their lexicons) or the misspelling of.
 */
export function rankLanguages(
  text: string,
  languages: LanguageRegistry,
  exclusive?: ExclusiveVocabulary,
  words: readonly string[] = languages.words(languages.normalise(text)),
  wordOf?: (word: string) => readonly LanguageCode[],
): LanguageRanking {
  const scores = new Map<LanguageCode, number>();
  const credit = (codes: readonly LanguageCode[], amount: number): void => {
    for (const code of codes) scores.set(code, (scores.get(code) ?? 0) + amount / codes.length);
  };
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  for (const code of languages.codes) {
    const pack = languages.pack(code);
    // An elided article ("l'école", "qu'offre") is strong evidence of the languages that elide.
    if (pack.elisionPattern?.test(lower)) credit([code], ELISION_EVIDENCE);
  }
  // A space before a question mark ("Monitor de Turismo ?") is the typography of some languages: weak evidence.
  const spaced = new Set([...text.matchAll(/\s([^\p{L}\p{N}\s])/gu)].map((m) => m[1]!));
  const spacing = languages.codes.filter((code) => [...languages.pack(code).spacedPunctuation].some((mark) => spaced.has(mark)));
  if (spacing.length > 0 && spacing.length < languages.codes.length) credit(spacing, WEAK_EVIDENCE);
  // A word written with a letter only some languages use ("sûre", "ação") is evidence of them,
  // whatever normalisation makes of it.
  // A word with a letter no pack writes ("Operação" for English and French) is a foreign name: no evidence.
  const written = (c: string): boolean => c < '\u0080' || languages.codes.some((code) => languages.pack(code).letters.has(c));
  for (const typed of lower.split(/[^\p{L}]+/u)) {
    if (![...typed].every(written)) continue;
    const marked = new Set(languages.codes.filter((code) => [...typed].some((c) => languages.pack(code).letters.has(c))));
    if (marked.size > 0 && marked.size < languages.codes.length) credit([...marked], 1);
  }
  for (const word of words) {
    const claim = (strong: boolean): LanguageCode[] =>
      languages.codes.filter((code) => {
        const pack = languages.pack(code);
        return strong ? pack.stopWords.has(word) || pack.markers.has(word) || (exclusive?.get(code)?.has(word) ?? false) : pack.genericWords.has(word);
      });
    const strong = claim(true);
    if (strong.length > 0) credit(strong, 1);
    else {
      const weak = claim(false);
      if (weak.length > 0) credit(weak, WEAK_EVIDENCE);
      else if (wordOf) {
        const of = wordOf(word);
        if (of.length > 0 && of.length < languages.codes.length) credit(of, WEAK_EVIDENCE);
      }
    }
  }
  const ranked = [...scores].map(([code, score]) => ({ code, score })).sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  const [first, second] = ranked;
  const clear = first && first.score > 0 && (!second || first.score > second.score) ? first.code : undefined;
  return { clear, ranked };
}

/**
 * The answer's language: the question's own language when it is clear; otherwise the user's saved
 * preference, the conversation's last language, the activity's locale, then the default language.
 */
export function chooseLanguage(ranking: LanguageRanking, context: LanguageContext, languages: LanguageRegistry): LanguageCode {
  return (
    ranking.clear ??
    (languages.has(context.preferred) ? context.preferred : undefined) ??
    (languages.has(context.previous) ? context.previous : undefined) ??
    languages.fromLocale(context.locale) ??
    languages.defaultLanguage
  );
}
