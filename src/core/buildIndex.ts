// Builds, once, everything retrieval needs: per source and per language, the weighted stems of
// its texts; the concepts its texts carry; per language, document frequencies, the vocabulary and
// the Fuse.js matchers that forgive typos; each domain's names.
import Fuse from 'fuse.js';
import { ENGINE } from './engineConfig';
import type { ExclusiveVocabulary } from './language/detectLanguage';
import type { DetailKind, LanguagePack, LanguageRegistry } from './language/registry';
import { languagesOf } from './localizedText';
import type { DomainId, Knowledge, Language, Source } from './types';

export interface IndexedSource {
  readonly source: Source;
  /** Position in the knowledge (framework, then each profile in its order): breaks ties. */
  readonly order: number;
  /** Per language the source has a text in: stem → the best field weight it has there. */
  readonly weights: ReadonlyMap<Language, ReadonlyMap<string, number>>;
  /** Per language: the content stems of its own text (not its terms or its domain's name). */
  readonly textStems: ReadonlyMap<Language, ReadonlySet<string>>;
  /** Concepts its texts carry (the thesaurus's words found in them). */
  readonly concepts: ReadonlySet<string>;
  /** Curated multi-word terms, as stem lists per language. */
  readonly phrases: ReadonlyArray<{ readonly language: Language; readonly stems: readonly string[] }>;
  /** Per language: the stems a number other than a year counts ("288 Basic Health Units" → basic, health, unit…). */
  readonly counted: ReadonlyMap<Language, ReadonlySet<string>>;
  /** The concepts of the words counted ("health units" → health). */
  readonly countedConcepts: ReadonlySet<string>;
  /** The details its texts state (a date, an amount…), as each language's pack recognises them. */
  readonly states: ReadonlySet<DetailKind>;
  /** Its text names several domains ("These address migrants' rights, … crises"). */
  readonly listsDomains: boolean;
}

/** A concept word or phrase of one language, as stems. */
export interface ConceptPhrase {
  readonly concept: string;
  readonly stems: readonly string[];
  /** A one-word entry, as written (normalised): a word of the same stem must also be of about its length. */
  readonly word?: string;
}

/**
 * Snowball stems conflate more than meaning does ("nationality" and "national", "naturalization"
 * and "natural"): a one-word concept entry matches a word of its stem only when the two are of
 * about the same length ("migrants", "migrant").
 */
export function matchesConceptWord(phrase: ConceptPhrase, word: string): boolean {
  if (phrase.word === undefined) return true;
  return Math.min(word.length, phrase.word.length) / Math.max(word.length, phrase.word.length) >= ENGINE.conceptWordLengthRatio;
}

export interface LanguageIndex {
  readonly pack: LanguagePack;
  /** Inverse document frequency of each stem over the sources that have a text in this language. */
  readonly idf: ReadonlyMap<string, number>;
  /** Normalised words of the knowledge, thesaurus and pack in this language: what a typo is corrected to. */
  readonly surface: ReadonlySet<string>;
  /** Fuse.js over `surface`, one matcher per first letter (a typo rarely touches the first letter). */
  readonly surfaceSearch: ReadonlyMap<string, Fuse<string>>;
  /** Concept phrases, keyed by their first stem. */
  readonly conceptPhrases: ReadonlyMap<string, readonly ConceptPhrase[]>;
  /** Generic words (stopwords-iso) the knowledge never uses: they neither match nor count against a question. */
  readonly fillers: ReadonlySet<string>;
  /** The framework's full names in this language, as content stems ("migration governance indicators", "… framework"). */
  readonly frameworkTitles: readonly (readonly string[])[];
  /** Each domain's names and aliases in this language, as stem lists, longest first. */
  readonly domainNames: ReadonlyArray<{ readonly domain: DomainId; readonly stems: readonly string[] }>;
}

export interface KnowledgeIndex {
  readonly knowledge: Knowledge;
  readonly languages: LanguageRegistry;
  readonly entries: readonly IndexedSource[];
  readonly byLanguage: ReadonlyMap<Language, LanguageIndex>;
  /** Inverse document frequency of each concept over sources. */
  readonly conceptIdf: ReadonlyMap<string, number>;
  /** Concepts that name whom policies are for (migrants, Venezuelans): their words weigh less in a question. */
  readonly populationConcepts: ReadonlySet<string>;
  /** Each concept's broader concept, when it is a kind of another (floods of crises). */
  readonly broaderConcepts: ReadonlyMap<string, string>;
  /** Idf of a word no source has: the rarest possible. */
  readonly unknownIdf: number;
  /** Normalised place names per profile id. */
  readonly placeNames: ReadonlyMap<string, readonly string[]>;
  /** Words seen in only one language's knowledge texts: evidence of that language in a question. */
  readonly exclusiveVocabulary: ExclusiveVocabulary;
  /** The framework's own names ("mgi", "igm"): the acronyms its name carries in any language. */
  readonly frameworkNames: ReadonlySet<string>;
  /** Every acronym that names the framework or the framework it puts into practice ("migof"): the question is about the MGI, and the word stays a topic word. */
  readonly frameworkAcronyms: ReadonlySet<string>;
  /** Every run of capitalised words the texts use ("monitor de turismo", "boa vista"), normalised: names, not places without a profile. */
  readonly knowledgeNames: ReadonlySet<string>;
  /** The sources whose text names several domains (a profile's introduction). */
  readonly domainLists: ReadonlySet<string>;
  /** Whether per-entry curated terms were indexed (the evaluation also runs without them). */
  readonly withTerms: boolean;
}

export interface IndexOptions {
  /** Index the sources' curated terms (default true). */
  readonly terms?: boolean;
}

/** Content stems: no stop words, no one-letter stems. */
export function contentStems(languages: LanguageRegistry, pack: LanguagePack, text: string): string[] {
  return [...readText(languages, pack, text).content];
}

/** The concepts whose phrases a text's words (and their stems) contain. */
function conceptsIn(words: readonly string[], stems: readonly string[], phrases: ReadonlyMap<string, readonly ConceptPhrase[]>, into: Set<string>): void {
  stems.forEach((stem, i) => {
    for (const phrase of phrases.get(stem) ?? []) {
      if (phrase.stems.every((s, j) => stems[i + j] === s) && matchesConceptWord(phrase, words[i]!)) into.add(phrase.concept);
    }
  });
}

const domainNamesByPack = new WeakMap<LanguagePack, ReadonlyArray<{ readonly domain: DomainId; readonly stems: readonly string[] }>>();

/** Every domain's name and aliases as stems, longest first. */
function domainNameStems(knowledge: Knowledge, pack: LanguagePack): ReadonlyArray<{ readonly domain: DomainId; readonly stems: readonly string[] }> {
  let names = domainNamesByPack.get(pack);
  if (!names) {
    names = knowledge.domains
      .flatMap((d) => [d.name[pack.code], ...(d.aliases[pack.code] ?? [])].filter((name): name is string => !!name).map((name) => ({ domain: d.id, stems: readText(knowledge.languages, pack, name).stems })))
      .filter((name) => name.stems.length > 0)
      .sort((a, b) => b.stems.length - a.stems.length);
    domainNamesByPack.set(pack, names);
  }
  return names;
}

/**
 * A text's stems with the names of other domains blanked out when it lists several ("These
 * address migrants' rights, … partnerships, … crises"): naming the domains is not being about
 * each, so the list carries none of their concepts.
 */
function withoutDomainList(knowledge: Knowledge, pack: LanguagePack, stems: readonly string[], own: DomainId | undefined): { readonly stems: readonly string[]; readonly listed: boolean } {
  const masked = [...stems];
  const named = new Set<DomainId>();
  const names = domainNameStems(knowledge, pack);
  for (let i = 0; i < stems.length; i++) {
    const name = names.find((n) => n.domain !== own && n.stems.every((s, j) => masked[i + j] === s));
    if (!name) continue;
    named.add(name.domain);
    masked.fill('', i, i + name.stems.length);
    i += name.stems.length - 1;
  }
  const listed = named.size >= ENGINE.domainListMinNames;
  return { stems: listed ? masked : stems, listed };
}

function compileConcepts(knowledge: Knowledge, pack: LanguagePack): Map<string, ConceptPhrase[]> {
  const byFirst = new Map<string, ConceptPhrase[]>();
  for (const concept of knowledge.concepts.concepts) {
    for (const word of concept.words[pack.code] ?? []) {
      const words = knowledge.languages.words(knowledge.languages.normalise(word));
      const stems = words.map((w) => pack.stem(w));
      if (stems.length === 0) continue;
      const list = byFirst.get(stems[0]!) ?? [];
      list.push({ concept: concept.id, stems, ...(words.length === 1 ? { word: words[0]! } : {}) });
      byFirst.set(stems[0]!, list);
    }
  }
  return byFirst;
}

/** A number that counts: digits other than a year, or a number word. */
const YEAR = /^(?:19|20)\d\d$/;
const COUNTED_WORDS_AFTER = 4;

/** The stems of the content words right after each number of a text's words (what the text counts), and their concepts. */
function countedIn(pack: LanguagePack, tokens: readonly string[], phrases: ReadonlyMap<string, readonly ConceptPhrase[]>, concepts: Set<string>): Set<string> {
  const stems = new Set<string>();
  tokens.forEach((token, i) => {
    const isNumber = (/^\d+(?:[.,]\d+)?$/.test(token) && !YEAR.test(token)) || pack.numberWords.has(token);
    if (!isNumber) return;
    // The noun phrase after the number, read as a question's count is: "six domains of the MGI" counts domains.
    const window: string[] = [];
    for (const t of tokens.slice(i + 1)) {
      if (window.length >= COUNTED_WORDS_AFTER) break;
      if (pack.nounModifiers.links.has(t) || (pack.stopWords.has(t) && window.length === 0)) continue;
      if (pack.stopWords.has(t)) break;
      window.push(t);
    }
    const windowStems = window.map((t) => pack.stem(t));
    windowStems.forEach((stem) => stems.add(stem));
    conceptsIn(window, windowStems, phrases, concepts);
  });
  return stems;
}

/** A text's normalised words, their stems, and its content stems (no stop words, no one-letter stems), read once. */
interface ReadText {
  readonly words: readonly string[];
  readonly stems: readonly string[];
  readonly content: readonly string[];
}

function readText(languages: LanguageRegistry, pack: LanguagePack, text: string): ReadText {
  const words = languages.words(languages.normalise(text));
  const stems = words.map((w) => pack.stem(w));
  return { words, stems, content: stems.filter((stem, i) => !pack.stopWords.has(words[i]!) && stem.length > 1) };
}

/**
 * Whether a term says what the source's text says: a name (capitalised, an acronym, a number), or
 * words the text has or a concept the text carries. A term beyond the text ("housing" on a finding
 * about civil defence) would cite the source for what it does not say.
 */
function grounded(term: string, read: ReadText, own: ReadonlySet<string>, carried: ReadonlySet<string>, phrases: ReadonlyMap<string, readonly ConceptPhrase[]>, broader: ReadonlyMap<string, string>): boolean {
  if (/[\p{Lu}\d]/u.test(term)) return true;
  if (read.content.every((stem) => own.has(stem))) return true;
  const termConcepts = new Set<string>();
  conceptsIn(read.words, read.stems, phrases, termConcepts);
  // A kind of what the text carries ("doctor" on a text about health care) says what it says.
  return [...termConcepts].some((concept) => carried.has(concept) || carried.has(broader.get(concept) ?? ''));
}

/** Each concept's broader concept, when it is a kind of another. */
const broaderConceptsOf = (knowledge: Knowledge): Map<string, string> => new Map(knowledge.concepts.concepts.flatMap((c) => (c.broader ? [[c.id, c.broader] as const] : [])));

/** `textDf`: per language, in how many sources' own texts each stem occurs. */
function indexSource(
  knowledge: Knowledge,
  source: Source,
  order: number,
  concepts: ReadonlyMap<Language, ReadonlyMap<string, readonly ConceptPhrase[]>>,
  withTerms: boolean,
  textDf: ReadonlyMap<Language, ReadonlyMap<string, number>>,
  broader: ReadonlyMap<string, string>,
): IndexedSource {
  const { languages } = knowledge;
  const domain = knowledge.domains.find((d) => d.id === source.domain);
  const isDefinition = source.kind === 'definition-national' || source.kind === 'definition-city';
  const isFinding = source.kind === 'developed' || source.kind === 'potential';
  const weights = new Map<Language, Map<string, number>>();
  const carried = new Set<string>();
  const phrases: Array<{ language: Language; stems: string[] }> = [];
  const counted = new Map<Language, Set<string>>();
  const countedConcepts = new Set<string>();
  const states = new Set<DetailKind>();
  const raise = (into: Map<string, number>, stems: readonly string[], weight: number): void => {
    for (const stem of stems) if ((into.get(stem) ?? 0) < weight) into.set(stem, weight);
  };
  const textLanguages = languagesOf(source.text).filter((language) => languages.has(language));
  const texts = new Map(textLanguages.map((language) => [language, readText(languages, languages.pack(language), source.text[language]!)]));
  const textStems = new Map([...texts].map(([language, read]) => [language, new Set(read.content)]));
  // The concepts its texts carry, in every language, before any term is weighed against them.
  let listsDomains = false;
  for (const [language, read] of texts) {
    const list = withoutDomainList(knowledge, languages.pack(language), read.stems, source.domain);
    listsDomains ||= list.listed;
    conceptsIn(read.words, list.stems, concepts.get(language)!, carried);
  }
  for (const [language, read] of texts) {
    const pack = languages.pack(language);
    const into = new Map<string, number>();
    const text = source.text[language]!;
    raise(into, read.content, ENGINE.fieldWeights.text);
    counted.set(language, countedIn(pack, read.words, concepts.get(language)!, countedConcepts));
    for (const [kind, rule] of Object.entries(pack.details) as Array<[DetailKind, (typeof pack.details)[DetailKind]]>) if (rule.stated?.test(text)) states.add(kind);
    // The domain's name and the short names people use for it ("pangouvernementale", "crises").
    for (const name of domain ? [domain.name[language], ...(domain.aliases[language] ?? [])] : []) {
      if (name && isFinding) raise(into, contentStems(languages, pack, name), ENGINE.fieldWeights.domainNameOnFinding);
      if (name && isDefinition) raise(into, contentStems(languages, pack, name), ENGINE.fieldWeights.domainNameOnDefinition);
    }
    if (withTerms) {
      // A term names what this source is about; a word another source's own text uses ("research"
      // on the university finding, while the introduction says who did the research) weighs as text.
      const own = textStems.get(language)!;
      const usedElsewhere = (stem: string): boolean => (textDf.get(language)?.get(stem) ?? 0) - (own.has(stem) ? 1 : 0) > 0;
      for (const term of source.terms[language] ?? []) {
        const termRead = readText(languages, pack, term);
        if (!grounded(term, termRead, own, carried, concepts.get(language)!, broader)) continue;
        for (const stem of termRead.content) raise(into, [stem], usedElsewhere(stem) ? ENGINE.fieldWeights.text : ENGINE.fieldWeights.terms);
        if (termRead.content.length > 1) phrases.push({ language, stems: [...termRead.content] });
      }
    }
    weights.set(language, into);
  }
  return { source, order, weights, textStems, concepts: carried, phrases, counted, countedConcepts, states, listsDomains };
}

const idfOf = (n: number, df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** Every normalised word a typo in this language may be meant as. */
function surfaceWords(knowledge: Knowledge, pack: LanguagePack, withTerms: boolean): Set<string> {
  const { languages } = knowledge;
  const seen = new Set<string>();
  const addText = (text: string | undefined): void => {
    if (text) for (const w of languages.words(languages.normalise(text))) if (w.length > 2 && !/\d/.test(w)) seen.add(w);
  };
  for (const source of knowledge.sources) {
    addText(source.text[pack.code]);
    if (withTerms) for (const term of source.terms[pack.code] ?? []) addText(term);
  }
  for (const domain of knowledge.domains) {
    addText(domain.name[pack.code]);
    for (const alias of domain.aliases[pack.code] ?? []) addText(alias);
  }
  for (const concept of knowledge.concepts.concepts) for (const word of concept.words[pack.code] ?? []) addText(word);
  // Intent cues are whole words too ("weaknesses", "faiblesses", "measure"); stems and prefixes are not.
  for (const cues of Object.values(pack.intentCues)) for (const cue of cues) if (cue === pack.stem(cue) || cue.length > 7 || pack.isWord(cue)) seen.add(cue);
  // So are the one-word question frames, for their typos ("verison", "descibe").
  for (const frame of pack.frameWords) if (frame.length > 2 && !frame.includes(' ')) seen.add(frame);
  return seen;
}

function indexLanguage(knowledge: Knowledge, pack: LanguagePack, entries: readonly IndexedSource[], concepts: Map<string, ConceptPhrase[]>, textWords: ReadonlySet<string>, withTerms: boolean): LanguageIndex {
  const df = new Map<string, number>();
  let n = 0;
  for (const entry of entries) {
    const weights = entry.weights.get(pack.code);
    if (!weights) continue;
    n++;
    for (const stem of weights.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
  }
  const idf = new Map([...df].map(([stem, count]) => [stem, idfOf(n, count)]));
  const surface = surfaceWords(knowledge, pack, withTerms);
  const byLetter = new Map<string, string[]>();
  for (const word of [...surface].sort()) byLetter.set(word[0]!, [...(byLetter.get(word[0]!) ?? []), word]);
  const surfaceSearch = new Map(
    [...byLetter].map(([letter, list]) => [letter, new Fuse(list, { includeScore: true, threshold: ENGINE.typo.fuseThreshold, ignoreLocation: true, minMatchCharLength: 3 }, Fuse.createIndex([], list))]),
  );
  // A generic word inside a longer phrase ("État de droit") stays a filler; a word the texts use, or a one-word entry, does not.
  const singleWords = new Set(knowledge.concepts.concepts.flatMap((c) => c.words[pack.code] ?? []).concat(withTerms ? knowledge.sources.flatMap((s) => s.terms[pack.code] ?? []) : []).map((w) => knowledge.languages.normalise(w)).filter((w) => !w.includes(' ')));
  const fillers = new Set([...pack.genericWords].filter((w) => !textWords.has(w) && !singleWords.has(w)));
  const domainNames = knowledge.domains
    .flatMap((d) => [d.name[pack.code], ...(d.aliases[pack.code] ?? [])].filter((name): name is string => !!name).map((name) => ({ domain: d.id, stems: contentStems(knowledge.languages, pack, name) })))
    .filter((name) => name.stems.length > 0)
    .sort((a, b) => b.stems.length - a.stems.length);
  return { pack, idf, surface, surfaceSearch, conceptPhrases: concepts, fillers, domainNames, frameworkTitles: frameworkTitlesOf(knowledge, pack) };
}

/** The texts that name the framework: its name, and the overview ("the Migration Governance Framework (MiGOF)"). */
function frameworkTexts(knowledge: Knowledge, language?: Language): string[] {
  const texts = [knowledge.frameworkName, ...knowledge.sources.filter((s) => s.kind === 'overview').map((s) => s.text)];
  return texts.flatMap((text) => Object.entries(text).filter(([key]) => key !== 'original' && (language === undefined || key === language)).map(([, value]) => value as string));
}

/** Acronyms in parentheses: of the framework's name ("mgi", "igm"), or of its overview too ("migof"). */
function frameworkAcronymsOf(knowledge: Knowledge, withOverview: boolean): Set<string> {
  const names = new Set<string>();
  const texts = withOverview ? frameworkTexts(knowledge) : Object.entries(knowledge.frameworkName).filter(([key]) => key !== 'original').map(([, value]) => value as string);
  for (const text of texts) for (const match of text.matchAll(/\(([^)\s]+)\)/g)) names.add(knowledge.languages.normalise(match[1]!));
  return names;
}

/** The framework's full names in a language, as content stems: the words its acronyms stand for ("migration governance framework"). */
function frameworkTitlesOf(knowledge: Knowledge, pack: LanguagePack): string[][] {
  // The name as given, whatever its case ("Indicateurs de gouvernance des migrations"), then the capitalised names before an acronym.
  const titles = [contentStems(knowledge.languages, pack, (knowledge.frameworkName[pack.code] ?? '').replace(/\([^)]*\)/g, ''))];
  for (const text of frameworkTexts(knowledge, pack.code)) {
    for (const match of text.matchAll(/((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:de|des|du|la|of|the)\s+)?)+)\(([^)\s]+)\)/gu)) titles.push(contentStems(knowledge.languages, pack, match[1]!));
  }
  return titles.filter((title) => title.length > 1);
}

function capitalisedRuns(knowledge: Knowledge): Set<string> {
  const names = new Set<string>();
  const run = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|do|da|dos|das|of|the|and|e|et|des|du)\s+)?\p{Lu}[\p{L}'’-]*)*/gu;
  for (const source of knowledge.sources) {
    for (const [key, text] of Object.entries(source.text)) if (key !== 'original') for (const match of text.matchAll(run)) names.add(knowledge.languages.normalise(match[0]));
  }
  return names;
}

export function buildIndex(knowledge: Knowledge, options: IndexOptions = {}): KnowledgeIndex {
  const withTerms = options.terms ?? true;
  const { languages } = knowledge;
  const concepts = new Map(languages.codes.map((code) => [code, compileConcepts(knowledge, languages.pack(code))]));
  // Every text read once per language: its words (for the fillers and the exclusive vocabulary)
  // and in how many sources' texts each content stem occurs (for the weight of terms).
  const textWords = new Map(languages.codes.map((code) => [code, new Set<string>()]));
  const textDf = new Map(languages.codes.map((code) => [code, new Map<string, number>()]));
  for (const source of knowledge.sources) {
    for (const code of languages.codes) {
      const text = source.text[code];
      if (!text) continue;
      const read = readText(languages, languages.pack(code), text);
      for (const w of read.words) textWords.get(code)!.add(w);
      const df = textDf.get(code)!;
      for (const stem of new Set(read.content)) df.set(stem, (df.get(stem) ?? 0) + 1);
    }
  }
  const broaderConcepts = broaderConceptsOf(knowledge);
  const entries = knowledge.sources.map((source, order) => indexSource(knowledge, source, order, concepts, withTerms, textDf, broaderConcepts));
  const byLanguage = new Map(languages.codes.map((code) => [code, indexLanguage(knowledge, languages.pack(code), entries, concepts.get(code)!, textWords.get(code)!, withTerms)]));
  const conceptDf = new Map<string, number>();
  for (const entry of entries) for (const concept of entry.concepts) conceptDf.set(concept, (conceptDf.get(concept) ?? 0) + 1);
  const n = entries.length;
  // A word only one language's texts use is evidence of that language, unless another language has
  // it too: in its word list ("migrant"), or in its knowledge (the names it uses: "UBS").
  const exclusiveVocabulary = new Map(
    languages.codes.map((code) => [code, new Set([...textWords.get(code)!].filter((w) => w.length > 2 && languages.codes.every((other) => other === code || (!byLanguage.get(other)!.surface.has(w) && !languages.pack(other).isWord(w)))))]),
  );
  return {
    exclusiveVocabulary,
    knowledge,
    languages,
    entries,
    byLanguage,
    conceptIdf: new Map([...conceptDf].map(([concept, df]) => [concept, idfOf(n, df)])),
    populationConcepts: new Set(knowledge.concepts.concepts.filter((c) => c.role === 'population').map((c) => c.id)),
    broaderConcepts,
    unknownIdf: idfOf(n, 0),
    placeNames: new Map(knowledge.profiles.map((p) => [p.id, p.placeNames.map((name) => languages.normalise(name))])),
    frameworkNames: frameworkAcronymsOf(knowledge, false),
    frameworkAcronyms: frameworkAcronymsOf(knowledge, true),
    knowledgeNames: capitalisedRuns(knowledge),
    domainLists: new Set(entries.filter((entry) => entry.listsDomains).map((entry) => entry.source.id)),
    withTerms,
  };
}
