// Finds the place a question is about: a profile's place (even misspelt: "Manuas"), or a place
// no profile covers ("What does Toronto offer…?"), so the bot says it has no profile there
// instead of passing Manaus findings off as Toronto's.
import type { KnowledgeIndex } from './buildIndex';
import { editSimilarity } from './editSimilarity';
import { INTENT_CUES, NOT_PLACES, PLACE_PATTERNS, STOP_WORDS } from './lexicon';
import { normalise, stem, words } from './normalise';

export type PlaceMention =
  | { readonly kind: 'profile'; readonly profileId: string; /** The question's words that name it. */ readonly words: readonly string[] }
  | { readonly kind: 'unknown'; readonly name: string };

/** A misspelt place name still names the place: one slip in "manaus" is "manuas". */
const PLACE_NAME_SIMILARITY = 0.8;

/** The profile whose place the question names, if any. */
export function profileMentioned(index: KnowledgeIndex, question: string): Extract<PlaceMention, { kind: 'profile' }> | undefined {
  const questionWords = words(normalise(question));
  for (const [profileId, names] of index.placeNames) {
    const named = questionWords.filter((w) =>
      names.some((name) => w === name || (w.length >= 5 && !index.vocabulary.has(stem(w)) && editSimilarity(w, name) >= PLACE_NAME_SIMILARITY)),
    );
    if (named.length) return { kind: 'profile', profileId, words: named };
  }
  return undefined;
}

function isOrdinaryWord(index: KnowledgeIndex, word: string): boolean {
  return NOT_PLACES.has(word) || INTENT_CUES.city.includes(word) || STOP_WORDS.en.has(word) || STOP_WORDS.fr.has(word) || index.fillers.has(word) || index.vocabulary.has(stem(word));
}

/** For a city profile, its country is another place: a question about Brazil is not about Manaus. */
function countriesOfCityProfiles(index: KnowledgeIndex): string[] {
  return index.knowledge.profiles.filter((p) => p.level === 'city').flatMap((p) => [p.country.en, p.country.fr]);
}

function isCountryOfCityProfile(index: KnowledgeIndex, name: string): boolean {
  const normalised = normalise(name);
  return countriesOfCityProfiles(index).some((c) => normalise(c) === normalised);
}

/** Acronyms (COMPREMI, UNHCR) are organisations far more often than places. */
const isAcronym = (candidate: string): boolean => /^[\p{Lu}\d]{2,}$/u.test(candidate.replace(/[\s.'-]/g, ''));

/**
 * What place the question is about: a profile's place, an unknown place, or nothing.
 * A question naming a profile's place is about that profile even if it names others ("migrants from Venezuela").
 */
export function findPlace(index: KnowledgeIndex, question: string): PlaceMention | undefined {
  const profile = profileMentioned(index, question);
  if (profile) return profile;
  const asked = ` ${words(normalise(question)).join(' ')} `;
  const mentioned = index.knowledge.profiles.flatMap((p) => p.otherPlaces).find((place) => asked.includes(` ${words(normalise(place)).join(' ')} `));
  if (mentioned) return { kind: 'unknown', name: mentioned };
  for (const pattern of PLACE_PATTERNS) {
    for (const match of question.matchAll(pattern)) {
      const candidate = (match[1] ?? '').replace(/['’.-]+$/, '').trim();
      if (!candidate || isAcronym(candidate)) continue;
      if (isCountryOfCityProfile(index, candidate)) return { kind: 'unknown', name: candidate };
      const candidateWords = words(normalise(candidate));
      if (candidateWords.length === 0 || candidateWords.every((w) => isOrdinaryWord(index, w))) continue;
      return { kind: 'unknown', name: candidate };
    }
  }
  // Written in lower case too: "refugee status in brazil".
  const country = countriesOfCityProfiles(index).find((c) => asked.includes(` ${normalise(c)} `));
  return country ? { kind: 'unknown', name: country } : undefined;
}
