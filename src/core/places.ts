// Finds the place a question is about: a profile's place (even misspelt: "Manuas"), or a place
// no profile covers ("What does Toronto offer…?"), so the bot says it has no profile there
// instead of passing Manaus findings off as Toronto's. How places are named is language-pack data.
import type { KnowledgeIndex } from './buildIndex';
import { editSimilarity } from './editSimilarity';
import { ENGINE } from './engineConfig';
import type { LanguagePack, NameLead } from './language/registry';
import { inLanguage, languagesOf } from './localizedText';

export type PlaceMention =
  | { readonly kind: 'profile'; readonly profileId: string; /** The question's words that name it. */ readonly words: readonly string[] }
  | { readonly kind: 'unknown'; readonly name: string };

/** Every profile whose place the question's (normalised) words name. */
export function profilesMentioned(index: KnowledgeIndex, questionWords: readonly string[], isKnownWord: (word: string) => boolean): Array<Extract<PlaceMention, { kind: 'profile' }>> {
  const found: Array<Extract<PlaceMention, { kind: 'profile' }>> = [];
  for (const [profileId, names] of index.placeNames) {
    const named = questionWords.filter((w) => names.some((name) => w === name || (w.length >= ENGINE.placeNameMinLength && !isKnownWord(w) && editSimilarity(w, name) >= ENGINE.placeNameSimilarity)));
    if (named.length) found.push({ kind: 'profile', profileId, words: named });
  }
  return found;
}

/**
 * The question's words that date a profile it names ("the 2023 Manaus profile", "oct. 2023"):
 * part of the profile's name, not something asked about.
 */
export function profileDateWords(index: KnowledgeIndex, profileId: string, questionWords: readonly string[]): string[] {
  const date = knownPlaces(index).dates.get(profileId);
  if (!date) return [];
  return questionWords.filter((w) => w === date.year || date.words.some((d) => d === w || (w.length >= 3 && !/\d/.test(w) && d.startsWith(w))));
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Keywords match at the start of a sentence too ("Does Bogotá…"); the place itself must be capitalised. */
const anyCase = (keyword: string): string => escape(keyword).replace(/(^|\s)(\p{L})/gu, (_, before: string, first: string) => `${before}[${first.toUpperCase()}${first}]`);
const CAPITALISED = String.raw`(\p{Lu}[\p{L}.'’-]*(?:\s+(?:de\s+|do\s+|da\s+)?\p{Lu}[\p{L}.'’-]*){0,2})`;
const ANY_CASE_PLACE = String.raw`(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2}?)`;

const patternCache = new WeakMap<LanguagePack, readonly RegExp[]>();

/** Where a place name stands in a question of this language; group 1 is the candidate. */
function placePatterns(pack: LanguagePack): readonly RegExp[] {
  let patterns = patternCache.get(pack);
  if (patterns) return patterns;
  const before = [...pack.places.before].sort((a, b) => b.length - a.length).map((kw) => (/['’]$/.test(kw) ? `${anyCase(kw.slice(0, -1))}['’]` : `${anyCase(kw)}\\s+`));
  patterns = [
    ...(before.length ? [new RegExp(String.raw`(?:^|[\s(])(?:${before.join('|')})\s*${CAPITALISED}`, 'gu')] : []),
    ...pack.places.templates.map(
      (template) =>
        new RegExp(
          String.raw`(?:^|[\s'’])` +
            template
              .split(/(\{place\}|\*)/)
              .filter((part) => part !== '')
              // A place that opens the question must be capitalised ("Genève scolarise-t-elle…", not "Quel temps fera-t-il").
              .map((part, i) => (part === '{place}' ? (i === 0 ? CAPITALISED : ANY_CASE_PLACE) : part === '*' ? String.raw`\p{L}+` : anyCase(part).replace(/\s+/g, String.raw`\s+`).replace(/['’]/g, "['’]")))
              .join('') +
            String.raw`(?=[\s?.!,;:]|$)`,
          // Not case-insensitive: the keywords carry their own case classes, and a capitalised place must be capitalised.
          'gu',
        ),
    ),
  ];
  patternCache.set(pack, patterns);
  return patterns;
}

/** Patterns of any language: a possessive ("Toronto's") or a capitalised name inside a sentence ("MGI Mexico City partnerships"). */
const SHARED_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`(?:^|\s)${CAPITALISED}['’]s\b`, 'gu'),
  /(?<=[\p{L}\p{N},;:)]\s+)(\p{Lu}\p{Ll}[\p{L}'’-]*(?:[\s-]+\p{Lu}\p{Ll}[\p{L}'’-]*){0,2})/gu,
];
/** A message that opens with a name, as typed in a search box: "Bogotá migration governance key findings". */
const OPENING_NAME = /^(\p{Lu}\p{Ll}[\p{L}'’-]*(?:[\s-]+\p{Lu}\p{Ll}[\p{L}'’-]*){0,2})(?=\s)/gu;

/**
 * Acronyms (COMPREMI, UNHCR) are organisations far more often than places, and a short word with
 * two capitals is an abbreviation ("PhD", "MSc"), not a name.
 */
const isAcronym = (candidate: string): boolean => {
  const letters = candidate.replace(/[\s.'-]/g, '');
  return /^[\p{Lu}\d]{2,}$/u.test(letters) || (letters.length <= 4 && (letters.match(/\p{Lu}/gu)?.length ?? 0) >= 2);
};

export interface PlaceContext {
  /** The question as typed. */
  readonly text: string;
  /** Its normalised words. */
  readonly words: readonly string[];
  /** The pack of the question's language. */
  readonly pack: LanguagePack;
  /**
   * A word the knowledge, the question's language or the packs know as something else than a place
   * (a capitalised one only as written); `opening`: the message's first word, capitalised as any
   * first word is, so a word of the language too ("Dispensaires pour réfugiés ?").
   */
  isOrdinaryWord(word: string, capitalised: boolean, opening: boolean): boolean;
  /** A name the knowledge's own texts use ("Monitor de Turismo"): not a place without a profile. */
  isKnowledgeName(normalisedName: string): boolean;
  /** The question points at a profile's place ("the city"): its country is then where that place is. */
  readonly refersToPlace: boolean;
  /**
   * Where the place asked about may stand, as a character offset in the text and as an index in
   * its words: after the scene-setting sentences when the question asks about the MGI itself ("I
   * study in Dakar. What is the MGI for?"), at the start otherwise.
   */
  readonly askedFrom: { readonly at: number; readonly word: number };
}

/**
 * The words before a name end with one of the lead's words and link words only: a body's word
 * ("the Ministry of", "ministère de l'": the name is the body's) or an origin's ("I came from",
 * "arrivée de": the place is where the asker comes from, not what is asked about).
 */
function follows(lead: NameLead, words: readonly string[]): boolean {
  if (lead.words.size === 0) return false;
  for (let i = words.length - 1; i >= 0; i--) {
    if (lead.words.has(words[i]!)) return true;
    if (!lead.links.has(words[i]!)) return false;
  }
  return false;
}

/** The places a question is checked against, normalised once per index. */
interface KnownPlaces {
  /** For a city profile, its country (and the country's capital) is another place: a question about Brazil is not about Manaus. */
  readonly countries: readonly string[];
  /** Places the profiles mention that are not theirs, as written and as normalised words. */
  readonly others: ReadonlyArray<{ readonly name: string; readonly words: string }>;
  /** Per profile, the year it was published and the normalised words of its date label in every language. */
  readonly dates: ReadonlyMap<string, { readonly year: string; readonly words: readonly string[] }>;
}

const knownPlacesByIndex = new WeakMap<KnowledgeIndex, KnownPlaces>();

function knownPlaces(index: KnowledgeIndex): KnownPlaces {
  let known = knownPlacesByIndex.get(index);
  if (!known) {
    const { languages, knowledge } = index;
    known = {
      countries: knowledge.profiles
        .filter((p) => p.level === 'city')
        .flatMap((p) => [p.country, ...(p.capital ? [p.capital] : [])].flatMap((name) => languagesOf(name).map((code) => languages.normalise(inLanguage(name, code))))),
      others: knowledge.profiles.flatMap((p) => p.otherPlaces).map((name) => ({ name, words: ` ${languages.words(languages.normalise(name)).join(' ')} ` })),
      dates: new Map(
        knowledge.profiles.map((p) => [p.id, { year: p.published.slice(0, 4), words: languagesOf(p.dateLabel).flatMap((code) => languages.words(languages.normalise(inLanguage(p.dateLabel, code)))) }]),
      ),
    };
    knownPlacesByIndex.set(index, known);
  }
  return known;
}

/**
 * What place the question is about, besides the profiles it names: a place no profile covers,
 * or nothing. A question naming a profile's place is about that profile even if it names others
 * ("migrants from Venezuela"), so this runs only when no profile is named.
 */
export function findUnknownPlace(index: KnowledgeIndex, question: PlaceContext): Extract<PlaceMention, { kind: 'unknown' }> | undefined {
  const { languages } = index;
  const { text, askedFrom, pack } = question;
  const asked = ` ${question.words.slice(askedFrom.word).join(' ')} `;
  const { countries, others } = knownPlaces(index);
  const mentioned = others.find((place) => asked.includes(place.words));
  if (mentioned) return { kind: 'unknown', name: mentioned.name };
  for (const pattern of [...placePatterns(pack), ...SHARED_PATTERNS, OPENING_NAME]) {
    const opening = pattern === OPENING_NAME;
    for (const match of text.matchAll(pattern)) {
      const found = match[1] ?? '';
      const at = match.index + match[0].indexOf(found);
      // A name ends with its sentence ("…de l'Intérieur. Que couvre…").
      const candidate = found.split(/[.!?]\s/u)[0]!.replace(/['’.-]+$/, '').trim();
      if (!candidate || at < askedFrom.at || isAcronym(candidate)) continue;
      const before = languages.words(languages.normalise(text.slice(0, at)));
      if (follows(pack.places.institutions, before) || follows(pack.places.origins, before)) continue;
      if (countries.includes(languages.normalise(candidate))) {
        // "Does the city get a say when Brazil decides…?" is about the city, in its country.
        if (question.refersToPlace) continue;
        return { kind: 'unknown', name: candidate };
      }
      if (question.isKnowledgeName(languages.normalise(candidate))) continue;
      const capitalised = /^\p{Lu}/u.test(candidate);
      const candidateWords = languages.words(languages.normalise(candidate));
      if (candidateWords.length === 0 || candidateWords.every((w) => question.isOrdinaryWord(w, capitalised, opening))) continue;
      return { kind: 'unknown', name: candidate };
    }
  }
  // Written in lower case too: "refugee status in brazil".
  const country = question.refersToPlace ? undefined : countries.find((c) => asked.includes(` ${c} `));
  return country ? { kind: 'unknown', name: country } : undefined;
}
