// Builds, once, everything retrieval needs: per-source weighted tokens, document frequencies,
// curated phrases, the vocabulary Fuse.js searches to forgive typos, and per-language vocabularies.
import Fuse from 'fuse.js';
import genericStopWords from 'stopwords-iso/stopwords-iso.json';
import { contentTokens } from './analyseText';
import type { LanguageVocabulary } from './detectLanguage';
import { normalise, words } from './normalise';
import { LANGUAGES, type DomainId, type Knowledge, type Language, type Source } from './types';

/** How much a token counts by where it appears in a source. */
export const FIELD_WEIGHTS = {
  /** The source's own curated search terms. */
  terms: 3,
  /** The domain's name, on its definitions. */
  domainNameOnDefinition: 2.5,
  /** The domain's name, on a finding of that domain. */
  domainNameOnFinding: 1.5,
  /** The source's own text. */
  text: 1,
  /** The domain's curated terms, on a finding of that domain: weak, topical evidence. */
  domainTermsOnFinding: 1.2,
} as const;

export interface IndexedSource {
  readonly source: Source;
  /** Position in the knowledge (framework, then each profile in its order): breaks ties. */
  readonly order: number;
  /** Per language, stemmed token → the best field weight it has in this source's texts of that language. */
  readonly weights: Readonly<Record<Language, ReadonlyMap<string, number>>>;
  /** Stemmed token → its best weight in either language. */
  readonly anyWeights: ReadonlyMap<string, number>;
  /** Curated multi-word terms, as stemmed token lists. */
  readonly phrases: readonly (readonly string[])[];
}

export interface KnowledgeIndex {
  readonly knowledge: Knowledge;
  readonly entries: readonly IndexedSource[];
  /** Inverse document frequency of each stemmed token over sources. */
  readonly idf: ReadonlyMap<string, number>;
  /** Idf given to a token no source contains. */
  readonly unknownIdf: number;
  /**
   * Fuzzy matchers over the stemmed vocabulary, for typos, one per first letter: a typo rarely
   * touches the first letter, and searching one letter's words is a twentieth of the work.
   */
  readonly vocabularySearch: ReadonlyMap<string, Fuse<string>>;
  readonly vocabulary: ReadonlySet<string>;
  /** Normalised words seen in one language's texts and terms only. */
  readonly languageVocabulary: LanguageVocabulary;
  /**
   * Generic words of everyday English and French (stopwords-iso) that the knowledge never uses:
   * "exactly", "came", "sorted"… They neither match nor count against a question.
   */
  readonly fillers: ReadonlySet<string>;
  /** Each domain's names and aliases, as stemmed token lists, longest first. */
  readonly domainNames: ReadonlyArray<{ readonly domain: DomainId; readonly tokens: readonly string[] }>;
  /** Normalised place names per profile id. */
  readonly placeNames: ReadonlyMap<string, readonly string[]>;
}

function addTokens(weights: Map<string, number>, text: string, weight: number): void {
  for (const token of contentTokens(text)) {
    if ((weights.get(token) ?? 0) < weight) weights.set(token, weight);
  }
}

function indexSource(source: Source, order: number, knowledge: Knowledge): IndexedSource {
  const weights: Record<Language, Map<string, number>> = { en: new Map(), fr: new Map() };
  const domain = knowledge.domains.find((d) => d.id === source.domain);
  const isDefinition = source.kind === 'definition-national' || source.kind === 'definition-city';
  const isFinding = source.kind === 'developed' || source.kind === 'potential';
  const definition = knowledge.sources.find((s) => s.domain === domain?.id && s.kind === 'definition-national');
  for (const language of LANGUAGES) {
    const into = weights[language];
    addTokens(into, source.text[language], FIELD_WEIGHTS.text);
    if (domain && isFinding) {
      for (const term of definition?.terms[language] ?? []) addTokens(into, term, FIELD_WEIGHTS.domainTermsOnFinding);
      addTokens(into, domain.name[language], FIELD_WEIGHTS.domainNameOnFinding);
    }
    if (domain && isDefinition) addTokens(into, domain.name[language], FIELD_WEIGHTS.domainNameOnDefinition);
    for (const term of source.terms[language]) addTokens(into, term, FIELD_WEIGHTS.terms);
  }
  const anyWeights = new Map(weights.en);
  for (const [token, weight] of weights.fr) anyWeights.set(token, Math.max(weight, anyWeights.get(token) ?? 0));
  const phrases = LANGUAGES.flatMap((language) => source.terms[language])
    .map((term) => contentTokens(term))
    .filter((tokens) => tokens.length > 1);
  return { source, order, weights, anyWeights, phrases };
}

/** Normalised words of every text and term, per language. */
function knowledgeWords(knowledge: Knowledge): Record<Language, Set<string>> {
  const seen: Record<Language, Set<string>> = { en: new Set(), fr: new Set() };
  for (const source of knowledge.sources) {
    for (const language of LANGUAGES) {
      for (const text of [source.text[language], ...source.terms[language]]) {
        for (const word of words(normalise(text))) seen[language].add(word);
      }
    }
  }
  for (const domain of knowledge.domains) {
    for (const language of LANGUAGES) for (const word of words(normalise(domain.name[language]))) seen[language].add(word);
  }
  return seen;
}

function buildLanguageVocabulary(seen: Record<Language, Set<string>>): LanguageVocabulary {
  const only = (a: Set<string>, b: Set<string>): Set<string> => new Set([...a].filter((w) => w.length > 2 && !b.has(w)));
  return { en: only(seen.en, seen.fr), fr: only(seen.fr, seen.en) };
}

function buildFillers(seen: Record<Language, Set<string>>): Set<string> {
  const fillers = new Set<string>();
  for (const word of [...genericStopWords.en, ...genericStopWords.fr]) {
    for (const w of words(normalise(word))) if (!seen.en.has(w) && !seen.fr.has(w)) fillers.add(w);
  }
  return fillers;
}

export function buildIndex(knowledge: Knowledge): KnowledgeIndex {
  const entries = knowledge.sources.map((source, order) => indexSource(source, order, knowledge));
  const documentFrequency = new Map<string, number>();
  for (const entry of entries) {
    for (const token of entry.anyWeights.keys()) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
  }
  const n = entries.length;
  const idfOf = (df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const idf = new Map([...documentFrequency].map(([token, df]) => [token, idfOf(df)]));
  const vocabulary = [...documentFrequency.keys()].sort();
  const seen = knowledgeWords(knowledge);
  // Fuse's bitap scores a short pattern harshly; a tight threshold keeps "helth" → "health"
  // but refuses "weather" → "whether"-like near misses between unrelated words.
  const byFirstLetter = new Map<string, string[]>();
  for (const word of vocabulary) byFirstLetter.set(word[0]!, [...(byFirstLetter.get(word[0]!) ?? []), word]);
  const vocabularySearch = new Map(
    [...byFirstLetter].map(([letter, words]) => [
      letter,
      new Fuse(words, { includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 3 }, Fuse.createIndex([], words)),
    ]),
  );
  return {
    knowledge,
    entries,
    idf,
    unknownIdf: idfOf(0),
    vocabularySearch,
    vocabulary: new Set(vocabulary),
    languageVocabulary: buildLanguageVocabulary(seen),
    fillers: buildFillers(seen),
    domainNames: knowledge.domains
      .flatMap((d) => LANGUAGES.flatMap((l) => [d.name[l], ...d.aliases[l]]).map((name) => ({ domain: d.id, tokens: contentTokens(name) })))
      .filter((n) => n.tokens.length > 0)
      .sort((a, b) => b.tokens.length - a.tokens.length),
    placeNames: new Map(knowledge.profiles.map((p) => [p.id, p.placeNames.map(normalise)])),
  };
}
