// Ranks sources for a question: weighted token overlap (idf × field weight), curated phrase
// bonuses, typo-tolerant token matching through Fuse.js, and the asker's intent.
import { contentTokens } from './analyseText';
import type { KnowledgeIndex, IndexedSource } from './buildIndex';
import { editSimilarity } from './editSimilarity';
import { INTENT_CUES, INTENT_ONLY } from './lexicon';
import { stem } from './normalise';
import { profileMentioned } from './places';
import type { Source, SourceKind } from './types';

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
  /** A profile named in the question, e.g. `manaus-2023`. */
  readonly profileId?: string;
}

export interface RankedSource {
  readonly source: Source;
  readonly score: number;
  /** Share of the question's informative weight this source covers, 0..1. */
  readonly coverage: number;
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

/** Finds the vocabulary tokens a query token stands for: itself, or close spellings. */
function matchToken(index: KnowledgeIndex, asked: string): QueryToken {
  if (index.vocabulary.has(asked)) return { asked, matches: [{ token: asked, similarity: 1 }], idf: index.idf.get(asked) ?? index.unknownIdf };
  if (asked.length < MIN_FUZZY_LENGTH) return { asked, matches: [], idf: index.unknownIdf };
  const matches = index.vocabularySearch
    .search(asked, { limit: 8 })
    .map((r) => ({ token: r.item, similarity: editSimilarity(asked, r.item) }))
    .filter((m) => m.similarity >= (asked.length <= 5 ? MIN_SIMILARITY_SHORT : MIN_SIMILARITY))
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, 2);
  const best = matches[0];
  return { asked, matches, idf: best ? index.idf.get(best.token) ?? index.unknownIdf : index.unknownIdf };
}

const isCue = (token: string, cue: string): boolean => token === cue || (cue.length >= 5 && token.startsWith(cue));
const hasCue = (tokens: readonly string[], cues: Iterable<string>): boolean => tokens.some((t) => [...cues].some((cue) => isCue(t, cue)));
const isIntentOnly = (token: string): boolean => [...INTENT_ONLY].some((cue) => isCue(token, cue));

/**
 * A word the knowledge never uses counts half against coverage: it may be the topic the
 * knowledge lacks ("mayor") or just a verb of the question ("sorted out").
 */
const UNKNOWN_WORD_WEIGHT = 0.5;

function readIntent(asked: readonly string[], profile: { profileId: string } | undefined): Intent {
  return {
    definition: hasCue(asked, INTENT_CUES.definition),
    potential: hasCue(asked, INTENT_CUES.potential),
    developed: hasCue(asked, INTENT_CUES.developed),
    national: hasCue(asked, INTENT_CUES.national),
    city: hasCue(asked, INTENT_CUES.city),
    profileId: profile?.profileId,
  };
}

/** How much the asker's intent favours a kind of source. */
function intentFactor(kind: SourceKind, intent: Intent): number {
  const isFinding = kind === 'developed' || kind === 'potential';
  let factor = 1;
  if (intent.definition && !intent.profileId) factor *= isFinding ? 0.75 : 1.35;
  if (intent.profileId && !intent.definition) factor *= isFinding || kind === 'introduction' ? 1.25 : 0.85;
  if (intent.potential && !intent.developed) factor *= kind === 'potential' ? 1.5 : kind === 'developed' ? 0.75 : 1;
  if (intent.developed && !intent.potential) factor *= kind === 'developed' ? 1.3 : kind === 'potential' ? 0.8 : 1;
  if (intent.national && !intent.city) factor *= kind === 'definition-national' ? 1.2 : kind === 'definition-city' ? 0.9 : 1;
  if (intent.city && !intent.national) factor *= kind === 'definition-city' ? 1.2 : kind === 'definition-national' ? 0.9 : 1;
  return factor;
}

function scoreEntry(entry: IndexedSource, tokens: readonly QueryToken[], askedSet: ReadonlySet<string>): { score: number; covered: number } {
  let score = 0;
  let covered = 0;
  for (const token of tokens) {
    let best = 0;
    for (const match of token.matches) {
      const weight = entry.weights.get(match.token);
      if (weight !== undefined) best = Math.max(best, weight * match.similarity * match.similarity);
    }
    if (best > 0) {
      score += token.idf * best;
      covered += token.idf * Math.min(1, best);
    }
  }
  // A curated phrase asked in full ("family reunification") is strong evidence.
  for (const phrase of entry.phrases) {
    if (phrase.every((t) => askedSet.has(t))) score += 0.5 * phrase.length;
  }
  return { score, covered };
}

/** Every source with some evidence, best first. */
export function retrieve(index: KnowledgeIndex, question: string): Retrieval {
  const profile = profileMentioned(index, question);
  const intent = readIntent(contentTokens(question), profile);
  const asked = contentTokens(question, index.fillers);
  const placeTokens = new Set(profile?.words.map(stem));
  // The profile's own name says which profile, not which finding: it must not rank sources.
  const tokens = [...new Set(asked)]
    .filter((t) => !placeTokens.has(t) && !isIntentOnly(t))
    .map((t) => matchToken(index, t));
  const askedSet = new Set(tokens.flatMap((t) => t.matches.map((m) => m.token)));
  const totalIdf = tokens.reduce((sum, t) => sum + t.idf * (t.matches.length ? 1 : UNKNOWN_WORD_WEIGHT), 0);
  const ranked: RankedSource[] = [];
  for (const entry of index.entries) {
    const { score, covered } = scoreEntry(entry, tokens, askedSet);
    if (score <= 0) continue;
    if (intent.profileId && entry.source.profileId && entry.source.profileId !== intent.profileId) continue;
    ranked.push({
      source: entry.source,
      score: score * intentFactor(entry.source.kind, intent),
      coverage: totalIdf > 0 ? covered / totalIdf : 0,
    });
  }
  ranked.sort((a, b) => b.score - a.score || a.source.id.localeCompare(b.source.id));
  return { tokens, intent, ranked };
}
