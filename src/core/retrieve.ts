// Ranks sources for a question: weighted token overlap (idf × field weight), curated phrase
// bonuses, typo-tolerant token matching through Fuse.js, and the asker's intent.
import type { IndexedSource, KnowledgeIndex } from './buildIndex';
import { editSimilarity } from './editSimilarity';
import { FRAMEWORK_NAMES, INTENT_CUES, INTENT_ONLY, STOP_WORDS } from './lexicon';
import { normalise, stem, words } from './normalise';
import { profileMentioned } from './places';
import { contentTokens } from './analyseText';
import { languageOfText } from './detectLanguage';
import type { DomainId, Language, Source } from './types';

export interface QueryToken {
  /** The token as asked (stemmed). */
  readonly asked: string;
  /** Vocabulary tokens it stands for, with how sure we are (1 = exact). */
  readonly matches: ReadonlyArray<{ readonly token: string; readonly similarity: number }>;
  readonly idf: number;
}

export interface Intent {
  readonly definition: boolean;
  readonly potential: boolean;
  readonly developed: boolean;
  readonly national: boolean;
  readonly city: boolean;
  readonly quantity: boolean;
  /** The question names the MGI itself. */
  readonly framework: boolean;
  /** A profile named in the question, e.g. `manaus-2023`. */
  readonly profileId?: string;
  /** A domain named in the question ("safe migration", "droits des migrants"). */
  readonly domain?: DomainId;
  /** The question's topic is that domain's name and nothing more ("What could Manaus improve on crises?"). */
  readonly domainOnly: boolean;
}

export interface RankedSource {
  readonly source: Source;
  readonly score: number;
  /** Share of the question's informative weight this source covers, 0..1. */
  readonly coverage: number;
  /** The question's tokens this source matches. */
  readonly matched: readonly string[];
}

export interface Retrieval {
  readonly tokens: readonly QueryToken[];
  readonly intent: Intent;
  readonly ranked: readonly RankedSource[];
}

const MIN_FUZZY_LENGTH = 4;
const MIN_SIMILARITY = 0.75;
/** Short words have fewer letters to spare: one edit in a 4-letter word is a different word. */
const MIN_SIMILARITY_SHORT = 0.8;
/**
 * A word the knowledge never uses counts half against coverage: it may be the topic the
 * knowledge lacks ("mayor") or just a verb of the question ("sorted out").
 */
const UNKNOWN_WORD_WEIGHT = 0.5;
/** How much a follow-up favours the conversation's last domain. */
const FOLLOW_UP_DOMAIN_FACTOR = 1.1;
/** Evidence given to the overview or a profile's introduction when the question names only them. */
const NAMED_ONLY_SCORE = 5;

/** Fuzzy look-ups are the costly part of a question: the same words come back, so they are remembered. */
const MATCH_CACHE_SIZE = 20000;
const matchCaches = new WeakMap<KnowledgeIndex, Map<string, QueryToken>>();

/** Finds the vocabulary tokens a query token stands for: itself, or close spellings. */
function matchToken(index: KnowledgeIndex, asked: string): QueryToken {
  if (index.vocabulary.has(asked)) return { asked, matches: [{ token: asked, similarity: 1 }], idf: index.idf.get(asked) ?? index.unknownIdf };
  if (asked.length < MIN_FUZZY_LENGTH) return { asked, matches: [], idf: index.unknownIdf };
  let cache = matchCaches.get(index);
  if (!cache) matchCaches.set(index, (cache = new Map()));
  const known = cache.get(asked);
  if (known) return known;
  const token = fuzzyMatch(index, asked);
  if (cache.size >= MATCH_CACHE_SIZE) cache.clear();
  cache.set(asked, token);
  return token;
}

function fuzzyMatch(index: KnowledgeIndex, asked: string): QueryToken {
  // A typo rarely touches the first letter ("clair" is not "eclair"): only that letter's words are searched.
  const matches = (index.vocabularySearch.get(asked[0]!)?.search(asked, { limit: 8 }) ?? [])
    .map((r) => ({ token: r.item, similarity: Math.max(editSimilarity(asked, r.item), stemPrefixSimilarity(asked, r.item)) }))
    .filter((m) => m.similarity >= (asked.length <= 5 ? MIN_SIMILARITY_SHORT : MIN_SIMILARITY))
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, 2);
  const best = matches[0];
  return { asked, matches, idf: best ? index.idf.get(best.token) ?? index.unknownIdf : index.unknownIdf };
}

/**
 * The light stemmer leaves some families apart ("coherent" → coher, "coherence" → coherenc):
 * a long token that begins the other is the same word in another form.
 */
const STEM_PREFIX_SIMILARITY = 0.85;
const stemPrefixSimilarity = (a: string, b: string): number => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short) ? STEM_PREFIX_SIMILARITY : 0;
};

/** A word and its stem, stemmed once: cues are checked against both. */
interface Word {
  readonly word: string;
  readonly stem: string;
}
const isCue = ({ word, stem: stemmed }: Word, cue: string): boolean => word === cue || stemmed === cue || (cue.length >= 5 && word.startsWith(cue));
const hasCue = (questionWords: readonly Word[], cues: readonly string[]): boolean => questionWords.some((w) => cues.some((cue) => isCue(w, cue)));

/** The domain whose name or alias the question contains in full (the longest name winning), and that name's tokens. */
function domainNamed(index: KnowledgeIndex, question: string): { domain: DomainId; tokens: readonly string[] } | undefined {
  const tokens = new Set(contentTokens(question));
  return index.domainNames.find((name) => name.tokens.every((t) => tokens.has(t)));
}

function readIntent(questionWords: readonly Word[], profileId: string | undefined, domain: DomainId | undefined, domainOnly: boolean): Intent {
  return {
    definition: hasCue(questionWords, INTENT_CUES.definition),
    potential: hasCue(questionWords, INTENT_CUES.potential),
    developed: hasCue(questionWords, INTENT_CUES.developed),
    national: hasCue(questionWords, INTENT_CUES.national),
    city: hasCue(questionWords, INTENT_CUES.city),
    quantity: hasCue(questionWords, INTENT_CUES.quantity),
    framework: questionWords.some((w) => FRAMEWORK_NAMES.has(w.word)),
    profileId,
    domain,
    domainOnly,
  };
}

/** How much the asker's intent favours a source. */
function intentFactor(source: Source, intent: Intent): number {
  const { kind } = source;
  const isFinding = kind === 'developed' || kind === 'potential';
  let factor = 1;
  if (intent.domain) factor *= source.domain === intent.domain ? 1.6 : 0.7;
  if ((intent.definition || intent.framework) && !intent.profileId) factor *= isFinding ? 0.75 : 1.35;
  if (intent.profileId && !intent.definition) factor *= isFinding || kind === 'introduction' ? 1.25 : 0.85;
  if (intent.potential && !intent.developed) factor *= kind === 'potential' ? 1.6 : kind === 'developed' ? 0.6 : 1;
  if (intent.developed && !intent.potential) factor *= kind === 'developed' ? 1.4 : kind === 'potential' ? 0.7 : 1;
  if (intent.national && !intent.city) factor *= kind === 'definition-national' ? 1.2 : kind === 'definition-city' ? 0.9 : 1;
  if (intent.city && !intent.national) factor *= kind === 'definition-city' ? 1.2 : kind === 'definition-national' ? 0.9 : 1;
  return factor;
}

/** A quantity other than a year ("288 Basic Health Units", "about 90 indicators"). */
const statesQuantity = (source: Source): boolean => /\b(?!(?:19|20)\d\d\b)\d+\b/.test(source.text.en);

/**
 * A word of the question's language found in the other language's text counts less: "pays"
 * (French: country) is not "pay", and "face" in "face aux crises" is not the English noun.
 */
const OTHER_LANGUAGE_WEIGHT = 0.6;

function weightOf(entry: IndexedSource, token: string, language: Language | undefined): number {
  if (!language) return entry.anyWeights.get(token) ?? 0;
  const own = entry.weights[language].get(token) ?? 0;
  const other = entry.weights[language === 'en' ? 'fr' : 'en'].get(token) ?? 0;
  return Math.max(own, OTHER_LANGUAGE_WEIGHT * other);
}

function scoreEntry(
  entry: IndexedSource,
  tokens: readonly QueryToken[],
  askedSet: ReadonlySet<string>,
  language: Language | undefined,
): { score: number; covered: number; matched: string[] } {
  let score = 0;
  let covered = 0;
  const matched: string[] = [];
  for (const token of tokens) {
    let best = 0;
    for (const match of token.matches) {
      const weight = weightOf(entry, match.token, language);
      if (weight > 0) best = Math.max(best, weight * match.similarity * match.similarity);
    }
    if (best > 0) {
      score += token.idf * best;
      covered += token.idf * Math.min(1, best);
      matched.push(token.asked);
    }
  }
  // A curated phrase asked in full ("family reunification") is strong evidence.
  for (const phrase of entry.phrases) {
    if (phrase.every((t) => askedSet.has(t))) score += 0.5 * phrase.length;
  }
  return { score, covered, matched };
}

/**
 * The words that say what the question is about: no stop words, fillers, cues or names of what
 * is asked about. Stop words are the question's language's when it shows one: "UN" is no French "un".
 */
function topicWords(index: KnowledgeIndex, questionWords: readonly Word[], placeWords: ReadonlySet<string>, language: Language | undefined): Word[] {
  const isStopWord = (w: string): boolean => (language ? STOP_WORDS[language].has(w) : STOP_WORDS.en.has(w) || STOP_WORDS.fr.has(w));
  return questionWords.filter(
    (w) =>
      !isStopWord(w.word) &&
      !index.fillers.has(w.word) &&
      !placeWords.has(w.word) &&
      !FRAMEWORK_NAMES.has(w.word) &&
      !INTENT_ONLY.some((cue) => isCue(w, cue)),
  );
}

/** What the conversation said before: a follow-up with no topic of its own continues it. */
export interface FollowUp {
  readonly lastDomain?: DomainId;
  readonly lastProfileId?: string;
}

/**
 * A question with no topic of its own: "What are the MGI?" or "Manaus?" gets the overview or the
 * profile's introduction; "what could be improved there?" gets the areas to develop of the domain
 * named, or of the conversation's last domain.
 */
function withoutTopic(index: KnowledgeIndex, intent: Intent, followUp: FollowUp): { intent: Intent; ranked: RankedSource[] } {
  const domain = intent.domain ?? followUp.lastDomain;
  const kind = intent.potential && !intent.developed ? 'potential' : intent.developed && !intent.potential ? 'developed' : undefined;
  if (domain && kind) {
    const profileId = intent.profileId ?? followUp.lastProfileId ?? index.knowledge.profiles[0]?.id;
    const ranked = index.entries
      .filter((e) => e.source.domain === domain && e.source.kind === kind && e.source.profileId === profileId)
      .map((e) => ({ source: e.source, score: NAMED_ONLY_SCORE, coverage: 1, matched: [] }));
    return { intent: { ...intent, domain, domainOnly: true }, ranked };
  }
  const id = intent.profileId ? `${intent.profileId}/introduction` : intent.framework ? 'mgi/overview' : undefined;
  const entry = index.entries.find((e) => e.source.id === id);
  return { intent, ranked: entry ? [{ source: entry.source, score: NAMED_ONLY_SCORE, coverage: 1, matched: [] }] : [] };
}

/** Every source with some evidence, best first. */
export function retrieve(index: KnowledgeIndex, question: string, followUp: FollowUp = {}, ignore: ReadonlySet<string> = new Set()): Retrieval {
  const questionWords: Word[] = words(normalise(question)).map((word) => ({ word, stem: stem(word) }));
  const profile = profileMentioned(index, question);
  const language = languageOfText(question, index.languageVocabulary);
  const asked = [...new Set(topicWords(index, questionWords.filter((w) => !ignore.has(w.word)), new Set(profile?.words), language).map((w) => w.stem))].filter(
    (t) => t.length > 1,
  );
  const named = domainNamed(index, question);
  const domainOnly = named !== undefined && asked.every((t) => named.tokens.includes(t));
  const definitionAsked = hasCue(questionWords, INTENT_CUES.definition);
  // In a conversation about a profile, "and in education?" is still about that profile.
  const profileId = profile?.profileId ?? (definitionAsked ? undefined : followUp.lastProfileId);
  const intent = readIntent(questionWords, profileId, named?.domain, domainOnly);
  if (asked.length === 0) return { tokens: [], ...withoutTopic(index, intent, followUp) };
  const tokens = asked.map((t) => matchToken(index, t));
  const askedSet = new Set(tokens.flatMap((t) => t.matches.map((m) => m.token)));
  const totalIdf = tokens.reduce((sum, t) => sum + t.idf * (t.matches.length ? 1 : UNKNOWN_WORD_WEIGHT), 0);
  const ranked: Array<RankedSource & { order: number }> = [];
  for (const entry of index.entries) {
    if (intent.profileId && entry.source.profileId && entry.source.profileId !== intent.profileId) continue;
    if (intent.quantity && !statesQuantity(entry.source)) continue;
    const { score, covered, matched } = scoreEntry(entry, tokens, askedSet, language);
    if (score <= 0) continue;
    const coverage = totalIdf > 0 ? covered / totalIdf : 0;
    // Covering more of the question beats matching one word in many fields.
    // …and a follow-up leans, slightly, toward the domain the conversation is in.
    const context = !intent.domain && followUp.lastDomain === entry.source.domain ? FOLLOW_UP_DOMAIN_FACTOR : 1;
    ranked.push({ order: entry.order, source: entry.source, score: score * intentFactor(entry.source, intent) * context * (0.5 + 0.5 * coverage), coverage, matched });
  }
  // Ties go to the source that comes first in the knowledge, as a reader of the profile meets it.
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  return { tokens, intent, ranked: ranked.map(({ order: _order, ...rest }) => rest) };
}
