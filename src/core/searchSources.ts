// Search for the Teams message extension: the domains and sources that match a few words,
// best first. An empty query lists the six domains.
import type { KnowledgeIndex } from './buildIndex';
import { decide } from './decide';
import { domainNamedAlone } from './domainView';
import { retrieve } from './retrieve';
import type { DomainId, Source } from './types';

export type SearchHit = { readonly kind: 'domain'; readonly domain: DomainId } | { readonly kind: 'source'; readonly source: Source };

/** Teams shows about ten results; more is noise. */
export const MAX_HITS = 10;
/** A source this far below the best one is not a result. */
const RELATIVE_FLOOR = 0.35;

export function searchSources(index: KnowledgeIndex, query: string, limit = MAX_HITS): SearchHit[] {
  const { domains } = index.knowledge;
  if (!query.trim()) return domains.map((d) => ({ kind: 'domain', domain: d.id }));
  const hits: SearchHit[] = [];
  const named = domainNamedAlone(index, query);
  if (named) hits.push({ kind: 'domain', domain: named });
  // A search is for material to share: the profiles' findings before the framework's definitions
  // (a query that names a domain already lists the domain itself first).
  const retrieval = retrieve(index, query, { lastProfileId: index.knowledge.profiles[0]?.id });
  const decision = decide(retrieval);
  const [top] = retrieval.ranked;
  // Only a query the bot would answer (or ask about) gives sources; a stray word gives none.
  if (top && decision.kind !== 'abstain') {
    for (const ranked of retrieval.ranked) {
      if (ranked.score < RELATIVE_FLOOR * top.score) break;
      hits.push({ kind: 'source', source: ranked.source });
    }
  }
  return hits.slice(0, limit);
}
