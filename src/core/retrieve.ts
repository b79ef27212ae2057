// Ranks sources for an analysed question. One scorer: each topic word's evidence in a source (its
// own words in any field, weighted by field, or a concept they share), weighted by how rare the
// word is; then intent chooses which kinds of source are preferred, as a step, not as factors.
import type { AnalysedQuestion, Intent, QuestionPart, TopicWord } from './analyseQuestion';
import type { IndexedSource, KnowledgeIndex } from './buildIndex';
import { ENGINE } from './engineConfig';
import type { LanguagePack } from './language/registry';
import type { DomainId, Language, Source } from './types';

/** How one topic word matched one source. */
export interface WordEvidence {
  readonly word: string;
  readonly idf: number;
  /** Field weight × typo similarity², 0 when it did not match. */
  readonly evidence: number;
  /** `text`/`terms` (its own words, in which language) or `concept:<id>`. */
  readonly via?: string;
}

export interface RankedSource {
  readonly source: Source;
  readonly score: number;
  /** Share of the question's informative weight (unknown words included) this source covers, 0..1. */
  readonly coverage: number;
  /** The same share over the words the knowledge knows. */
  readonly knownCoverage: number;
  /** The question's topic words (stems) this source matches. */
  readonly matched: readonly string[];
  /** How many of the matched words its own text has (not only its terms): breaks ties. */
  readonly ownWords: number;
  /** Position of the source in the knowledge: breaks ties. */
  readonly order: number;
  /** How each topic word matched (computed on demand: only --explain reads it). */
  parts(): readonly WordEvidence[];
}

/** Where the question is scoped: the profiles it may be answered from (undefined: all). */
export interface Scope {
  readonly profileIds?: readonly string[];
  /** The conversation's last domain: among equally good sources, its sources come first. */
  readonly lastDomain?: DomainId;
}

export interface Retrieval {
  readonly part: QuestionPart;
  readonly language: Language;
  /** Share of the question's informative weight that words unknown to the knowledge take. */
  readonly unknownShare: number;
  /** The intent preferences that were applied, in order ("domain:partnerships", "kind:potential"…). */
  readonly preferences: readonly string[];
  readonly ranked: readonly RankedSource[];
}

export const isFinding = (s: Source): boolean => s.kind === 'developed' || s.kind === 'potential';
export const isDefinition = (s: Source): boolean => s.kind === 'definition-national' || s.kind === 'definition-city';
const isFramework = (s: Source): boolean => s.profileId === undefined;

/** A word's stem in another language (the analysis gave its stem in the question's); the packs remember stems. */
const stemIn = (index: KnowledgeIndex, language: Language, word: string): string => index.languages.pack(language).stem(word);

/** How rare a word is: as its own stem where the knowledge has it, else as its rarest concept. */
function idfOf(index: KnowledgeIndex, language: Language, word: TopicWord): number {
  if (!word.known) return index.unknownIdf;
  const own = index.byLanguage.get(language)?.idf.get(word.stem);
  if (own !== undefined) return own;
  let best = 0;
  for (const [code, languageIndex] of index.byLanguage) {
    if (code !== language) best = Math.max(best, languageIndex.idf.get(stemIn(index, code, word.word)) ?? 0);
  }
  for (const concept of word.concepts) best = Math.max(best, index.conceptIdf.get(concept) ?? 0);
  return best || index.unknownIdf;
}

/**
 * How well a source has a topic word: the best of its own words (by field), another language's
 * text (a weak hint), or a concept they share. `explain`, when given, receives where it came from
 * (only --explain asks: the scoring loop makes no strings).
 */
function evidenceOf(entry: IndexedSource, word: TopicWord, stems: ReadonlyMap<Language, string>, language: Language, broader: readonly string[], explain?: { via?: string }): number {
  const typo = word.similarity * word.similarity;
  let evidence = 0;
  let from: string | undefined;
  const own = entry.weights.get(language)?.get(word.stem) ?? 0;
  if (own > 0) {
    evidence = own * typo;
    from = language;
  } else {
    // Another language's text counts only as a weak hint, whatever its field: a name or a number
    // written the same way, not a false friend ("charge", "pays").
    for (const [code, weights] of entry.weights) {
      if (code === language || !weights.has(stems.get(code) ?? '')) continue;
      evidence = ENGINE.otherLanguageWeight * typo;
      from = code;
      break;
    }
  }
  let concept: string | undefined;
  for (const candidate of word.concepts) {
    const value = ENGINE.conceptWeight * typo;
    if (entry.concepts.has(candidate) && value > evidence) {
      evidence = value;
      concept = candidate;
    }
  }
  // A source that speaks of what the word is a kind of ("crisis" for "floods") answers it too, at the broader concept's share.
  for (const candidate of broader) {
    const value = ENGINE.conceptWeight * ENGINE.broaderConceptShare * typo;
    if (entry.concepts.has(candidate) && value > evidence) {
      evidence = value;
      concept = candidate;
    }
  }
  if (explain) explain.via = concept ? `concept:${concept}` : from ? `words:${from}` : undefined;
  return evidence;
}

/** What a retrieval computes once for all sources. */
interface Asked {
  readonly topic: readonly TopicWord[];
  readonly stems: readonly ReadonlyMap<Language, string>[];
  readonly idfs: readonly number[];
  readonly weights: readonly number[];
  readonly total: number;
  readonly knownTotal: number;
  readonly stemSet: ReadonlySet<string>;
  /** Per word, the broader concepts of its concepts that it does not have itself. */
  readonly broader: readonly (readonly string[])[];
}

const countIn = (stems: readonly string[], set: ReadonlySet<string> | undefined): number => {
  let count = 0;
  if (set) for (const stem of stems) if (set.has(stem)) count++;
  return count;
};

function scoreEntry(entry: IndexedSource, asked: Asked, language: Language): RankedSource | undefined {
  const { topic, stems, idfs, weights, total, knownTotal } = asked;
  let raw = 0;
  let covered = 0;
  let matched: string[] | undefined;
  for (let i = 0; i < topic.length; i++) {
    const word = topic[i]!;
    if (!word.known) continue;
    const evidence = evidenceOf(entry, word, stems[i]!, language, asked.broader[i]!);
    if (evidence <= 0) continue;
    raw += idfs[i]! * evidence;
    covered += weights[i]! * Math.min(1, evidence);
    (matched ??= []).push(word.stem);
  }
  if (raw <= 0 || !matched) return undefined;
  // One curated phrase asked in full, the longest: overlapping phrases of one name are not more evidence.
  let longest = 0;
  for (const phrase of entry.phrases) if (phrase.language === language && phrase.stems.length > longest && phrase.stems.every((s) => asked.stemSet.has(s))) longest = phrase.stems.length;
  raw += ENGINE.phraseBonusPerWord * longest;
  const coverage = total > 0 ? covered / total : 0;
  return {
    source: entry.source,
    score: raw * coverage ** ENGINE.coverageExponent,
    coverage,
    knownCoverage: knownTotal > 0 ? covered / knownTotal : 0,
    matched,
    ownWords: countIn(matched, entry.textStems.get(language)),
    order: entry.order,
    parts: () =>
      topic.map((word, i) => {
        const explain: { via?: string } = {};
        const evidence = word.known ? evidenceOf(entry, word, stems[i]!, language, asked.broader[i]!, explain) : 0;
        return { word: word.word, idf: idfs[i]!, evidence, ...(explain.via ? { via: explain.via } : {}) };
      }),
  };
}

/** Intent as a sequence of preferences: each keeps only the preferred kinds of source, if they answer nearly as well. */
interface Preference {
  readonly name: string;
  /** Applied whenever some source of the preferred kind has evidence. */
  readonly always?: boolean;
  /** Only sources of the preferred kind may answer, even none. */
  readonly only?: boolean;
  prefers(source: Source): boolean;
}

function preferencesOf(index: KnowledgeIndex, part: QuestionPart, profileNamed: boolean): Preference[] {
  const intent: Intent = part.intent;
  const preferences: Preference[] = [];
  // "What are the six areas…?": a text that names the domains answers, if it answers about as well.
  if (intent.domains) preferences.push({ name: 'domains', prefers: (s) => index.domainLists.has(s.id) });
  if (intent.profileItself) preferences.push({ name: 'introduction', always: true, prefers: (s) => s.kind === 'introduction' });
  // A domain named as the whole topic ("Partnerships: what could improve?") is what is asked about.
  // So is a domain named in a question about what the MGI measures ("what does the migrants' rights category assess?").
  if (part.domainNamed) preferences.push({ name: `domain:${part.domainNamed}`, always: part.domainOnly || part.intent.definition, prefers: (s) => s.domain === part.domainNamed });
  // "How do the MGI measure…?" asks what the framework defines, whatever a finding shares with it.
  // A profile's introduction says who leads and funds the MGI: it answers about the framework too.
  // So does a named domain's definition asked for a level ("que mesure le domaine des crises pour les pays ?").
  const levelDefinition = intent.definition && part.domainNamed !== undefined && intent.national !== intent.city;
  if ((intent.definition || intent.framework) && !profileNamed) preferences.push({ name: 'framework', always: (intent.definition && intent.framework) || levelDefinition, prefers: (s) => isFramework(s) || (intent.framework && s.kind === 'introduction') });
  // A profile named asks what the profile found, unless the question asks what the MGI or a domain
  // defines ("what does the MGI assess in Manaus?"): "Has Manaus assessed…" is about Manaus.
  const asksDefinition = intent.definition && (intent.framework || part.domainNamed !== undefined);
  // …and with no word of the MGI or of a definition, only the profile can say what the place does.
  if (profileNamed && !asksDefinition) preferences.push({ name: 'profile', always: true, only: !intent.definition && !intent.framework, prefers: (s) => !isFramework(s) });
  if (!intent.definition && !intent.framework && !profileNamed) preferences.push({ name: 'findings', only: part.aboutWhatCameBefore === true, prefers: (s) => !isFramework(s) });
  // Strengths and areas to develop are a profile's; a question about the MGI itself ("does the MGI
  // rank countries from best to worst?") asks for neither.
  const aboutTheFramework = (intent.framework || intent.definition) && !profileNamed;
  if (intent.potential !== intent.developed && !aboutTheFramework) {
    const kind = intent.potential ? 'potential' : 'developed';
    // Strengths or areas to develop, asked for in so many words: nothing else answers (neither a
    // definition, nor a strength for "what is weak…"), so without one the question is declined.
    preferences.push({ name: `kind:${kind}`, only: true, prefers: (s) => s.kind === kind });
  }
  if (intent.national !== intent.city) {
    const kind = intent.national ? 'definition-national' : 'definition-city';
    // "At the national level…": the other level's definition never answers it.
    preferences.push({ name: `level:${kind}`, always: true, prefers: (s) => !isDefinition(s) || s.kind === kind });
  }
  return preferences;
}

/**
 * What a count the part asks for is about, read once for all sources: the topic words (by
 * position) a number must count, and, of what the count cue names, the topic words in order.
 * "How many indicators?" is answered by "around 90 indicators", not by any number in the text;
 * "how many doctors work in the units?" by a number of doctors, not of units.
 */
interface CountAsked {
  readonly words: readonly number[];
  readonly named: readonly string[];
}

function countAsked(part: QuestionPart): CountAsked {
  const all = part.topic.map((_, i) => i);
  const asked = all.filter((i) => part.counted.includes(part.topic[i]!.stem));
  return { words: asked.length > 0 ? asked : all, named: part.counted.filter((stem) => part.topic.some((w) => w.stem === stem)) };
}

/** Whether a source states every detail the part asks for: a count of something the part names, a date, an amount… */
function statesDetails(entry: IndexedSource, part: QuestionPart, count: CountAsked, stems: readonly ReadonlyMap<Language, string>[], language: Language, pack: LanguagePack): boolean {
  return part.intent.details.every((kind) => {
    if (kind !== 'count') return entry.states.has(kind);
    const counted = (code: Language): boolean => count.words.some((i) => entry.counted.get(code)?.has(code === language ? part.topic[i]!.stem : stems[i]!.get(code) ?? '') ?? false);
    const countedConcept = count.words.some((i) => part.topic[i]!.concepts.some((c) => entry.countedConcepts.has(c)));
    if (!(countedConcept || (entry.counted.has(language) ? counted(language) : [...entry.counted.keys()].some(counted)))) return false;
    return !narrowsTheCount(entry, count.named, language, pack);
  });
}

/**
 * "How many specialized units…?" asks for a number the text does not give when it counts "288
 * Basic Health Units" and only says elsewhere that specialized ones opened: a modifier of what is
 * counted, which the text has but not beside its number, names another set. `asked`: the stems of
 * the topic words that say what is counted, in the question's order.
 */
function narrowsTheCount(entry: IndexedSource, asked: readonly string[], language: Language, pack: LanguagePack): boolean {
  const counted = entry.counted.get(language);
  const text = entry.weights.get(language);
  if (!counted || !text || asked.length === 0) return false;
  const head = asked.findIndex((stem) => counted.has(stem));
  if (head < 0) return false;
  const modifiers = pack.nounModifiers.position === 'before' ? asked.slice(0, head) : asked.slice(head + 1);
  return modifiers.some((stem) => !counted.has(stem) && text.has(stem));
}

/** Whether a source has the word itself, in any language and field (not only a concept it shares). */
function saysWord(entry: IndexedSource, stem: string, stems: ReadonlyMap<Language, string>, language: Language): boolean {
  for (const [code, own] of entry.weights) if (own.has(code === language ? stem : stems.get(code) ?? '')) return true;
  return false;
}

const inScope = (source: Source, scope: Scope): boolean => source.profileId === undefined || scope.profileIds === undefined || scope.profileIds.includes(source.profileId);

/** Every source with some evidence for the part, best first, after the intent's preferences. */
export function retrievePart(index: KnowledgeIndex, question: Pick<AnalysedQuestion, 'language' | 'textLanguage' | 'profilesNamed' | 'placeReferred'>, part: QuestionPart, scope: Scope): Retrieval {
  const language = question.textLanguage ?? question.language;
  const idfs = part.topic.map((word) => idfOf(index, language, word));
  const stems = part.topic.map((word) => new Map(index.languages.codes.map((code) => [code, code === language ? word.stem : stemIn(index, code, word.word)])));
  // An unknown noun is something the question asks for that the knowledge lacks ("the budget");
  // an unknown verb or adverb is mostly how it asks ("team up", "concretely").
  // A word for whom the policies are ("Venezuelan families") says little of what is asked about them.
  // A word of the scene set before the question ("I'm a researcher preparing…") that the knowledge lacks asks for nothing;
  // one the knowledge has, in a scene the question does not lean on, says more of who asks than of what is asked.
  const isPopulation = (word: TopicWord): boolean => word.concepts.some((c) => index.populationConcepts.has(c));
  const weightOf = (word: TopicWord, idf: number): number =>
    (word.context ? (!word.known ? 0 : word.aside ? ENGINE.asideSceneWordWeight : 1) : 1) *
    (isPopulation(word) ? ENGINE.populationWordWeight : 1) *
    (word.known ? (word.noun ? 1 : ENGINE.otherWordWeight) * idf : (word.noun ? ENGINE.unknownWordWeight : ENGINE.unknownOtherWordWeight) * idf);
  const weights = part.topic.map((word, i) => weightOf(word, idfs[i]!));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const knownTotal = part.topic.reduce((sum, word, i) => sum + (word.known ? weights[i]! : 0), 0);
  const unknownShare = total > 0 ? (total - knownTotal) / total : 0;
  const broader = part.topic.map((word) => word.concepts.flatMap((c) => index.broaderConcepts.get(c) ?? []).filter((b) => !word.concepts.includes(b)));
  const asked: Asked = { topic: part.topic, stems, idfs, weights, total, knownTotal, stemSet: new Set(part.topic.map((t) => t.stem)), broader };
  let ranked: RankedSource[] = [];
  const count = countAsked(part);
  const pack = index.languages.pack(language);
  // The topic words that a source which may not answer (it lacks the detail asked) says in its own text.
  let saidByExcluded: Set<string> | undefined;
  const saidByEligible = new Set<string>();
  for (const entry of index.entries) {
    if (!inScope(entry.source, scope)) continue;
    // "How many members…?", "the phone number of…": only a source that states it answers.
    if (!statesDetails(entry, part, count, stems, language, pack)) {
      const own = entry.textStems.get(language);
      // Whom policies are for ("people", "migrants") names no source.
      if (own) for (const word of part.topic) if (own.has(word.stem) && !isPopulation(word)) (saidByExcluded ??= new Set()).add(word.stem);
      continue;
    }
    const scored = scoreEntry(entry, asked, language);
    if (!scored) continue;
    ranked.push(scored);
    if (part.intent.details.length === 0) continue;
    part.topic.forEach((word, i) => {
      if (saysWord(entry, word.stem, stems[i]!, language)) saidByEligible.add(word.stem);
    });
  }
  const applied: string[] = [];
  // "How does the city…?" asks what a place does, as if it named one.
  for (const preference of preferencesOf(index, part, question.profilesNamed.length > 0 || question.placeReferred)) {
    const preferred = ranked.filter((r) => preference.prefers(r.source));
    if (preference.only) {
      ranked = preferred;
      applied.push(preference.name);
      continue;
    }
    if (preferred.length === 0 || preferred.length === ranked.length) continue;
    const best = (list: readonly RankedSource[]): number => Math.max(...list.map((r) => r.score));
    const coverage = (list: readonly RankedSource[]): number => Math.max(...list.map((r) => r.knownCoverage));
    // A preference chooses among answers about as good: it never drops a source that answers more of the question.
    const aboutAsGood = best(preferred) >= (1 - ENGINE.preferenceSlack) * best(ranked) && coverage(preferred) >= coverage(ranked) - ENGINE.preferenceCoverageSlack;
    if (preference.always || aboutAsGood) {
      ranked = preferred;
      applied.push(preference.name);
    }
  }
  // Ties go to the conversation's domain, then to the source a reader of the profile meets first.
  const inLastDomain = (r: RankedSource): number => (scope.lastDomain && r.source.domain === scope.lastDomain ? 0 : 1);
  // An introduction says what the MGI and the profile are; on a tie, unless the question asks
  // about either, a finding says what the place does.
  const aboutTheDocuments = part.intent.framework || part.intent.profileDocument === true;
  const introduction = (r: RankedSource): number => (r.source.kind === 'introduction' && !aboutTheDocuments ? 1 : 0);
  // And a source whose own text says the words before one that has them only in its terms.
  ranked.sort((a, b) => b.score - a.score || inLastDomain(a) - inLastDomain(b) || introduction(a) - introduction(b) || b.ownWords - a.ownWords || a.order - b.order);
  // A word none of the sources that may answer speaks of ("permit" when only Manaus's findings may
  // answer) is unknown to this answer, whatever another text says.
  // A cue none of them has ("what does the partnerships domain measure?") only said how it asks,
  // and a word of the scene set before the question only set the scene: they count for nothing.
  // So is a word that names what a source lacking the detail says ("the Executive-Secretariat of Civil
  // Protection", when the date asked is another body's) if those that may answer have it only by concept.
  const spoken = new Set(ranked.flatMap((r) => (saidByExcluded ? r.matched.filter((stem) => !saidByExcluded!.has(stem) || saidByEligible.has(stem)) : r.matched)));
  const silent = part.topic.map((word, i) => (word.known && !spoken.has(word.stem) ? i : -1)).filter((i) => i >= 0);
  if (silent.length === 0 || ranked.length === 0) return { part, language, unknownShare, preferences: applied, ranked };
  const asUnknown = silent.reduce((sum, i) => sum + weightOf({ ...part.topic[i]!, known: false }, index.unknownIdf) * (part.topic[i]!.cue ? 0 : 1), 0);
  const eligibleKnown = knownTotal - silent.reduce((sum, i) => sum + weights[i]!, 0);
  const eligibleTotal = eligibleKnown + (total - knownTotal) + asUnknown;
  const rescaled = ranked.map((r) => {
    // What a source covered of words now silent (matched by concept only) no longer counts.
    const silentMatched = silent.filter((i) => r.matched.includes(part.topic[i]!.stem));
    const evidence = silentMatched.length > 0 ? r.parts() : [];
    const covered = r.knownCoverage * knownTotal - silentMatched.reduce((sum, i) => sum + weights[i]! * Math.min(1, evidence[i]!.evidence), 0);
    return { ...r, coverage: eligibleTotal > 0 ? covered / eligibleTotal : 0, knownCoverage: eligibleKnown > 0 ? covered / eligibleKnown : 0 };
  });
  return { part, language, unknownShare: eligibleTotal > 0 ? (eligibleTotal - eligibleKnown) / eligibleTotal : 0, preferences: applied, ranked: rescaled };
}
