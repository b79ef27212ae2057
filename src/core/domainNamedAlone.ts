// Finds the domain a short message names and nothing else ("Partenariats", "safe migration").
import { contentStems, type KnowledgeIndex } from './buildIndex';
import type { DomainId } from './types';

/** The domain a message names and nothing else ("Partenariats", "safe migration"), if any. */
export function domainNamedAlone(index: KnowledgeIndex, text: string): DomainId | undefined {
  for (const languageIndex of index.byLanguage.values()) {
    const stems = contentStems(index.languages, languageIndex.pack, text);
    if (stems.length === 0) continue;
    const key = [...new Set(stems)].sort().join(' ');
    const found = languageIndex.domainNames.find((name) => [...new Set(name.stems)].sort().join(' ') === key)?.domain;
    if (found) return found;
  }
  return undefined;
}
