// Text normalisation shared by indexing and querying, so both sides agree token for token.
// Language-specific rules (elisions, compounds) come from the language packs, through the registry.

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae' };

/** One word's letters as questions are normalised: lower case, no accents, ligatures spelled out (a fast path for word lists). */
export function foldLetters(word: string): string {
  return /^[a-z]+$/.test(word) ? word : word.replace(/[œŒæÆ]/g, (c) => LIGATURES[c] ?? c).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Lower case, no accents, ligatures spelled out, apostrophes and dashes unified, punctuation to spaces. */
export function normaliseText(text: string): string {
  return (
    text
      // Invisible format characters (zero-width, bidi controls) would split words: "Ma\u200Bnaus".
      .replace(/\p{Cf}/gu, '')
      .replace(/[œŒæÆ]/g, (c) => LIGATURES[c] ?? c)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[\u2018\u2019\u201B\u2032\u00B4`]/g, "'")
      .replace(/[\u2010-\u2015]/g, '-')
      .replace(/[^\p{L}\p{N}'\-]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The rules of every language pack, compiled once: texts of unknown language go through all of them. */
export interface NormalisationRules {
  /** Compound spellings folded to one token ("well being" → "wellbeing"), as normalised patterns. */
  readonly compounds: ReadonlyArray<readonly [RegExp, string]>;
  /** The same compounds as word sequences, to fold words read after typo correction ("whole of goverment"). */
  readonly compoundWords: ReadonlyArray<readonly [readonly string[], string]>;
  /** Elided words split off ("l'école" → "école"). */
  readonly elision: RegExp | undefined;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileNormalisation(compounds: ReadonlyArray<readonly [string, string]>, elisions: readonly string[]): NormalisationRules {
  return {
    compounds: compounds.map(([from, to]) => [new RegExp(`\\b${escape(normaliseText(from)).replace(/[\s-]+/g, '[\\s-]?')}\\b`, 'g'), normaliseText(to)] as const),
    compoundWords: compounds.map(([from, to]) => [normaliseText(from).split(/[\s-]+/), normaliseText(to)] as const).filter(([words]) => words.length > 1),
    elision: elisions.length ? new RegExp(`\\b(?:${elisions.map((e) => escape(normaliseText(e))).join('|')})'`, 'g') : undefined,
  };
}

/** Normalised text with compounds folded. */
export function normalise(text: string, rules: NormalisationRules): string {
  let out = normaliseText(text);
  for (const [pattern, replacement] of rules.compounds) out = out.replace(pattern, replacement);
  return out;
}

/** Words of a normalised text, elisions removed, hyphenated words split. */
export function words(normalised: string, rules: NormalisationRules): string[] {
  return wordsJoined(normalised, rules).words;
}

/**
 * The same words, and for each whether a hyphen joins it to the word before ("propose-t-elle"), as
 * an inverted subject is: one split, so the two always agree word for word.
 */
export function wordsJoined(normalised: string, rules: NormalisationRules): { readonly words: string[]; readonly joined: boolean[] } {
  const text = rules.elision ? normalised.replace(rules.elision, ' ') : normalised;
  // Most texts have no apostrophe or hyphen left: their words are their tokens.
  if (!/['-]/.test(text)) {
    const plain = text.split(' ').filter((w) => w.length > 0);
    return { words: plain, joined: plain.map(() => false) };
  }
  const out: string[] = [];
  const joined: boolean[] = [];
  for (const token of text.split(' ')) {
    let first = true;
    let hyphen = false;
    for (const piece of token.split(/(['-])/)) {
      if (piece === '-' || piece === "'") hyphen = piece === '-';
      else if (piece.length > 0) {
        out.push(piece);
        joined.push(!first && hyphen);
        first = false;
        hyphen = false;
      }
    }
  }
  return { words: out, joined };
}
