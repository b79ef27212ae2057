// Text normalisation shared by indexing and querying, so both sides agree token for token.

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae' };

/** Compound words people write in several ways; folded to one token so "well" alone keeps its meaning. */
const COMPOUNDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bwell[\s-]?being\b/g, 'wellbeing'],
  [/\bbien[\s-]?etre\b/g, 'bienetre'],
  [/\bwell[\s-]developed\b/g, 'welldeveloped'],
  [/\bwhole[\s-]of[\s-]government\b/g, 'wholeofgovernment'],
  [/\bhealth[\s-]?care\b/g, 'healthcare'],
];

/** Lower case, no accents, ligatures spelled out, apostrophes and dashes unified, punctuation to spaces. */
export function normalise(text: string): string {
  let out = text
    // Invisible format characters (zero-width, bidi controls) would split words: "Ma\u200Bnaus".
    .replace(/\p{Cf}/gu, '')
    .replace(/[œŒæÆ]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-');
  out = out.replace(/[^\p{L}\p{N}'\-]+/gu, ' ').replace(/\s+/g, ' ').trim();
  for (const [pattern, replacement] of COMPOUNDS) out = out.replace(pattern, replacement);
  return out;
}

/** French elided articles and pronouns ("l'", "d'", "qu'") are split off before tokenising. */
const ELISION = /\b(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)'/g;

/** Words of a normalised text, elisions removed, hyphenated words split. */
export function words(normalised: string): string[] {
  return normalised
    .replace(ELISION, ' ')
    .replace(/['-]/g, ' ')
    .split(' ')
    .filter((w) => w.length > 0);
}

/**
 * A light, language-neutral stemmer: enough to meet plural and common verb forms of
 * English and French halfway (services/service, sociaux/social, trained/training).
 * Both the index and the query go through it, so it only has to be consistent.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /^\d/.test(w)) return w;
  if (w.endsWith('aux') && w.length > 5) w = w.slice(0, -3) + 'al';
  else if (w.endsWith('ies') && w.length > 5) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  // Nouns in -ment meet their verbs: resettlement/resettled, hébergement/héberger.
  if (w.endsWith('ment') && w.length > 8) w = w.slice(0, -4);
  if (w.endsWith('ing') && w.length > 6) w = w.slice(0, -3);
  else if (w.endsWith('ent') && w.length > 7 && !w.endsWith('ment')) w = w.slice(0, -3);
  else if ((w.endsWith('er') || w.endsWith('ez')) && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('ed') && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('ee') && w.length > 5) w = w.slice(0, -2);
  else if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}
