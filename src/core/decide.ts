// Decides whether the best-ranked sources answer the question, and which of them to quote.
// Thresholds were calibrated on the development question set (npm run eval), not per question.
import type { RankedSource, Retrieval } from './retrieve';

export const DECISION = {
  /** Share of the question's informative weight the top source must cover… */
  minCoverage: 0.5,
  /** …with at least this evidence (idf × field weight × intent × coverage factor). */
  minScore: 4,
  /** Strong, specific evidence may answer with less coverage (the rest being words the knowledge lacks). */
  strongScore: 9,
  strongMinCoverage: 0.3,
  /** Sources within this share of the top score, same domain and kind, are quoted together. */
  quoteTogether: 0.8,
  maxQuoted: 4,
  /** Other sources within this share of the top score are offered as "see also". */
  seeAlso: 0.45,
  maxSeeAlso: 2,
  /** A source of another domain this close to the top one makes the question ambiguous: ask. */
  clarify: 0.95,
  maxChoices: 3,
} as const;

export type Decision =
  | { readonly kind: 'answer'; readonly quoted: readonly RankedSource[]; readonly seeAlso: readonly RankedSource[]; readonly confidence: number }
  | { readonly kind: 'clarify'; readonly choices: readonly RankedSource[]; readonly confidence: number }
  | { readonly kind: 'abstain'; readonly confidence: number };

/**
 * The best source of each domain that comes close to the top one, when the question mixes topics
 * of different domains ("health and jobs"). One thing found in two places ("What is COMPREMI?")
 * is no ambiguity: the first place answers, the other is offered as "see also".
 */
function ambiguity(retrieval: Retrieval, top: RankedSource): RankedSource[] {
  if (retrieval.intent.domain) return [];
  const sameTopic = (a: RankedSource, b: RankedSource): boolean => a.matched.every((t) => b.matched.includes(t)) || b.matched.every((t) => a.matched.includes(t));
  const choices: RankedSource[] = [top];
  for (const candidate of retrieval.ranked) {
    if (candidate.score < DECISION.clarify * top.score) break;
    if (choices.some((c) => c.source.domain === candidate.source.domain || sameTopic(c, candidate))) continue;
    choices.push(candidate);
  }
  return choices.length > 1 && choices.every((c) => c.source.domain) ? choices.slice(0, DECISION.maxChoices) : [];
}

/** How sure we are the top source answers: coverage, damped when the evidence is thin. */
export function confidenceOf(top: RankedSource | undefined): number {
  if (!top) return 0;
  return Math.round(Math.min(1, top.coverage) * Math.min(1, top.score / DECISION.strongScore) * 100) / 100;
}

export function decide(retrieval: Retrieval): Decision {
  const [top] = retrieval.ranked;
  const confidence = confidenceOf(top);
  const enough = top && ((top.coverage >= DECISION.minCoverage && top.score >= DECISION.minScore) || (top.coverage >= DECISION.strongMinCoverage && top.score >= DECISION.strongScore));
  if (!top || !enough) return { kind: 'abstain', confidence };
  const choices = ambiguity(retrieval, top);
  if (choices.length > 1) return { kind: 'clarify', choices, confidence };
  const isFinding = top.source.kind === 'developed' || top.source.kind === 'potential';
  // "What could Manaus improve on crises?" asks for the whole list, not the best-matching item.
  const wholeList = isFinding && retrieval.intent.domainOnly && retrieval.intent.potential !== retrieval.intent.developed;
  const quoted = wholeList
    ? retrieval.ranked
        .filter((r) => r.source.domain === top.source.domain && r.source.kind === top.source.kind && r.source.profileId === top.source.profileId)
        .sort((a, b) => (a.source.ordinal ?? 0) - (b.source.ordinal ?? 0))
        .slice(0, DECISION.maxQuoted)
    : isFinding
    ? retrieval.ranked
        .filter((r) => r.source.domain === top.source.domain && r.source.kind === top.source.kind && r.score >= DECISION.quoteTogether * top.score)
        .slice(0, DECISION.maxQuoted)
        // In the profile's order, as a reader of the profile would expect.
        .sort((a, b) => (a.source.ordinal ?? 0) - (b.source.ordinal ?? 0))
    : [top];
  const quotedIds = new Set(quoted.map((r) => r.source.id));
  const seeAlso = retrieval.ranked
    .filter((r) => !quotedIds.has(r.source.id) && r.score >= DECISION.seeAlso * top.score)
    .slice(0, DECISION.maxSeeAlso);
  return { kind: 'answer', quoted, seeAlso, confidence };
}
