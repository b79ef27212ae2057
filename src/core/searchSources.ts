// Search for the Teams message extension: the domains and sources that match a few words,
// best first. An empty query lists the six domains.
import { analyseQuestion } from './analyseQuestion';
import type { KnowledgeIndex } from './buildIndex';
import { decide } from './decide';
import { domainNamedAlone } from './domainNamedAlone';
import { retrievePart } from './retrieve';
import type { DomainId, Language, Source } from './types';

export type SearchHit = { readonly kind: 'domain'; readonly domain: DomainId } | { readonly kind: 'source'; readonly source: Source };

/** Teams shows about ten results; more is noise. */
export const MAX_HITS = 10;
/** A source this far below the best one is not a result. */
const RELATIVE_FLOOR = 0.35;

export function searchSources(index: KnowledgeIndex, query: string, language: Language, limit = MAX_HITS): SearchHit[] {
  const { domains } = index.knowledge;
  if (!query.trim()) return domains.map((d) => ({ kind: 'domain', domain: d.id }));
  const hits: SearchHit[] = [];
  const named = domainNamedAlone(index, query);
  if (named) hits.push({ kind: 'domain', domain: named });
  const question = analyseQuestion(index, query, { preferred: language });
  // A search is for material to share: the profiles' findings before the framework's definitions
  // (a query that names a domain already lists the domain itself first).
  const retrieval = retrievePart(index, question, question, {});
  const ranked = [...retrieval.ranked].sort((a, b) => Number(a.source.profileId === undefined) - Number(b.source.profileId === undefined) || b.score - a.score);
  const decision = decide(retrieval, index.knowledge.calibration.thresholds);
  const [top] = retrieval.ranked;
  // Only a query the bot would answer (or ask about) gives sources; a stray word gives none.
  if (top && decision.kind !== 'abstain') {
    for (const found of ranked) {
      if (found.score < RELATIVE_FLOOR * top.score) continue;
      hits.push({ kind: 'source', source: found.source });
    }
  }
  return hits.slice(0, limit);
}
