// Decides whether the best-ranked sources answer the question, and which of them to quote.
// Thresholds were calibrated on the development question set (npm run eval), not per question.
import type { RankedSource, Retrieval } from './retrieve';

export const DECISION = {
  /** Share of the question's informative weight the top source must cover. */
  minCoverage: 0.5,
  /** Minimum absolute evidence (idf × field weight) for the top source. */
  minScore: 2.2,
  /** Sources within this share of the top score, same domain and kind, are quoted together. */
  quoteTogether: 0.8,
  maxQuoted: 4,
  /** Other sources within this share of the top score are offered as "see also". */
  seeAlso: 0.45,
  maxSeeAlso: 2,
} as const;

export type Decision =
  | { readonly answer: true; readonly quoted: readonly RankedSource[]; readonly seeAlso: readonly RankedSource[]; readonly confidence: number }
  | { readonly answer: false; readonly confidence: number };

/** How sure we are the top source answers: coverage, damped when the evidence is thin. */
export function confidenceOf(top: RankedSource | undefined): number {
  if (!top) return 0;
  return Math.round(Math.min(1, top.coverage) * Math.min(1, top.score / (2 * DECISION.minScore)) * 100) / 100;
}

export function decide(retrieval: Retrieval): Decision {
  const [top] = retrieval.ranked;
  const confidence = confidenceOf(top);
  if (!top || top.coverage < DECISION.minCoverage || top.score < DECISION.minScore) return { answer: false, confidence };
  const isFinding = top.source.kind === 'developed' || top.source.kind === 'potential';
  const quoted = isFinding
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
  return { answer: true, quoted, seeAlso, confidence };
}
