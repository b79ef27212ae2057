// Decides whether the best-ranked sources answer the question, which of them to quote, or whether
// to ask which was meant. The decision reads features that do not drift with the size of the
// knowledge (shares of the question's words, a relative margin), against thresholds fitted on the
// development set by `npm run calibrate` (knowledge/calibration.json).
import { ENGINE } from './engineConfig';
import { isDefinition, isFinding, type RankedSource, type Retrieval } from './retrieve';
import type { DecisionCalibration } from './types';

export type Thresholds = DecisionCalibration['thresholds'];

export type Decision =
  | { readonly kind: 'answer'; readonly quoted: readonly RankedSource[]; readonly seeAlso: readonly RankedSource[]; readonly confidence: number; readonly why: string }
  | { readonly kind: 'clarify'; readonly choices: readonly RankedSource[]; readonly confidence: number; readonly why: string }
  | { readonly kind: 'abstain'; readonly confidence: number; readonly why: string };

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/**
 * The best source of each domain that comes close to the top one, when the question mixes topics
 * of different domains ("health and floods"). One thing found in two places ("What is COMPREMI?")
 * is no ambiguity: the first place answers, the other is offered as "see also".
 */
function ambiguity(retrieval: Retrieval, top: RankedSource): RankedSource[] {
  if (retrieval.part.domainNamed) return [];
  // Two readings mix topics when each covers words of the question the other does not cover at all.
  const disjoint = (a: RankedSource, b: RankedSource): boolean => !a.matched.some((t) => b.matched.includes(t));
  const choices: RankedSource[] = [top];
  // A reading answers a topic: a word the thesaurus knows ("health", "floods"), not a bare verb
  // ("aide"), nor a word of the scene set before the question ("Je suis juriste dans une association…").
  const topical = new Set(retrieval.part.topic.filter((t) => t.concepts.length > 0 && !t.context).map((t) => t.stem));
  for (const candidate of retrieval.ranked) {
    // Readings compare by how much of the question each answers: one topic's curated terms must not hide the other.
    if (candidate.knownCoverage < ENGINE.clarifyShare * top.knownCoverage || !candidate.matched.some((m) => topical.has(m))) continue;
    if (choices.some((c) => c.source.domain === candidate.source.domain || !disjoint(c, candidate))) continue;
    choices.push(candidate);
  }
  if (choices.length < 2 || !choices.every((c) => c.source.domain)) return [];
  // Offered in the order the question names their topics ("health and floods": health first).
  const stems = retrieval.part.topic.map((t) => t.stem);
  const firstNamed = (c: RankedSource): number => Math.min(...c.matched.map((m) => stems.indexOf(m)));
  return choices.slice(0, ENGINE.quote.maxChoices).sort((a, b) => firstNamed(a) - firstNamed(b));
}

/** How sure the engine is that the top source answers: the share of the question it covers. */
export const confidenceOf = (top: RankedSource | undefined, unknownShare: number): number =>
  top ? Math.round(Math.min(1, top.knownCoverage) * (1 - unknownShare) * 100) / 100 : 0;

const sameGroup = (a: RankedSource, b: RankedSource): boolean => a.source.profileId === b.source.profileId && a.source.domain === b.source.domain && a.source.kind === b.source.kind;
const byOrdinal = (a: RankedSource, b: RankedSource): number => (a.source.ordinal ?? 0) - (b.source.ordinal ?? 0);

/** What is quoted: the best group (profile, domain, kind), and the same group of each other profile in scope that answers nearly as well. */
function quotedSources(retrieval: Retrieval, top: RankedSource): RankedSource[] {
  const { quote } = ENGINE;
  // "How does the domain differ between the national and the city level?": both definitions answer.
  if (isDefinition(top.source) && retrieval.part.intent.national && retrieval.part.intent.city) {
    const otherLevel = retrieval.ranked.find((r) => isDefinition(r.source) && r.source.domain === top.source.domain && r.source.kind !== top.source.kind && r.score >= quote.together * top.score);
    return otherLevel ? [top, otherLevel] : [top];
  }
  if (!isFinding(top.source)) return [top];
  // "What could Manaus improve on crises?" asks for the whole list, not the best-matching item.
  const wholeList = retrieval.part.domainOnly && retrieval.part.intent.potential !== retrieval.part.intent.developed;
  const group = (lead: RankedSource): RankedSource[] =>
    retrieval.ranked
      .filter((r) => sameGroup(r, lead) && (wholeList || r.score >= quote.together * lead.score))
      .slice(0, quote.maxQuoted)
      // In the profile's order, as a reader of the profile would expect.
      .sort(byOrdinal);
  const quoted = group(top);
  // "Do the alerts meet migrants' needs?", asking for neither kind: what exists and what the profile
  // would develop on the same thing, when both answer about as well, are the whole answer.
  const kindAsked = retrieval.part.intent.potential || retrieval.part.intent.developed;
  const otherKind = kindAsked || wholeList ? undefined : retrieval.ranked.find((r) => isFinding(r.source) && r.source.profileId === top.source.profileId && r.source.domain === top.source.domain && r.source.kind !== top.source.kind && r.score >= quote.together * top.score);
  if (otherKind) quoted.push(...group(otherKind));
  const otherProfiles = new Set<string>();
  for (const candidate of retrieval.ranked) {
    const profileId = candidate.source.profileId;
    if (!profileId || profileId === top.source.profileId || otherProfiles.has(profileId)) continue;
    if (candidate.source.domain !== top.source.domain || candidate.source.kind !== top.source.kind) continue;
    // Profiles compare by how much of the question they answer, not by raw score: one profile's
    // curated terms must not crowd out another's finding on the same thing.
    if (!wholeList && candidate.knownCoverage < quote.otherProfile * top.knownCoverage) continue;
    otherProfiles.add(profileId);
    quoted.push(...group(candidate));
  }
  return quoted.slice(0, quote.maxQuoted * (1 + otherProfiles.size));
}

export function decide(retrieval: Retrieval, thresholds: Thresholds): Decision {
  const [top] = retrieval.ranked;
  const confidence = confidenceOf(top, retrieval.unknownShare);
  if (!top) return { kind: 'abstain', confidence, why: 'no source has any of the question’s words' };
  const facts = `covers ${percent(top.knownCoverage)} of the known words (needs ${percent(thresholds.minCoverage)}), unknown words ${percent(retrieval.unknownShare)} (at most ${percent(thresholds.maxUnknownShare)})`;
  if (retrieval.unknownShare > thresholds.maxUnknownShare) return { kind: 'abstain', confidence, why: `best source ${top.source.id} ${facts}` };
  // "Health and floods": no reading answers the question alone, each answers its part, together they answer it.
  const choices = top.knownCoverage < ENGINE.clarifyBelowCoverage ? ambiguity(retrieval, top) : [];
  const together = choices.reduce((sum, c) => sum + c.knownCoverage, 0);
  if (choices.length > 1 && together >= thresholds.minCoverage) return { kind: 'clarify', choices, confidence, why: `${choices.length} domains answer different words of the question (together ${percent(together)}), none alone` };
  if (top.knownCoverage < thresholds.minCoverage) return { kind: 'abstain', confidence, why: `best source ${top.source.id} ${facts}` };
  const quoted = quotedSources(retrieval, top);
  const quotedIds = new Set(quoted.map((r) => r.source.id));
  // "See also": another place that answers the same words (the same programme in another domain).
  const seeAlso = retrieval.ranked
    .filter((r) => !quotedIds.has(r.source.id) && r.score >= ENGINE.quote.seeAlso * top.score && r.source.domain !== top.source.domain && top.matched.every((t) => r.matched.includes(t)) && isFinding(r.source) === isFinding(top.source))
    .slice(0, ENGINE.quote.maxSeeAlso);
  return { kind: 'answer', quoted, seeAlso, confidence, why: `${top.source.id} ${facts}` };
}
