// The schema.org `Message` entity with `Claim` citations that Teams and Web Chat render as
// numbered citations. Limits are Teams': name ≤ 80, abstract ≤ 160, ≤ 3 keywords of ≤ 28 chars.
import type { Entity } from 'botbuilder';
import type { Answer, Citation } from '../presentation/types';

export const CITATION_LIMITS = { citations: 10, name: 80, abstract: 160, keywords: 3, keyword: 28 } as const;

export interface CitationAppearance {
  '@type': 'DigitalDocument';
  name: string;
  abstract: string;
  url: string;
  keywords: string[];
}

export interface CitationClaim {
  '@type': 'Claim';
  position: number;
  appearance: CitationAppearance;
}

export interface CitationEntity extends Entity {
  type: 'https://schema.org/Message';
  '@type': 'Message';
  '@context': 'https://schema.org';
  '@id': '';
  citation: CitationClaim[];
}

/** Cuts at a word boundary and marks the cut, so a limit never splits a word. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const atSpace = cut.lastIndexOf(' ');
  return `${(atSpace > max / 2 ? cut.slice(0, atSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Keywords shown under a citation: its title's parts (profile, domain, kind), trimmed to Teams' limits. */
function keywordsOf(citation: Citation): string[] {
  return citation.title
    .split(' · ')
    .map((part) => truncate(part, CITATION_LIMITS.keyword))
    .filter((part) => part.length > 0)
    .slice(0, CITATION_LIMITS.keywords);
}

export function citationEntity(answer: Answer): CitationEntity | undefined {
  if (answer.citations.length === 0) return undefined;
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    citation: answer.citations.slice(0, CITATION_LIMITS.citations).map((c) => ({
      '@type': 'Claim',
      position: c.position,
      appearance: {
        '@type': 'DigitalDocument',
        name: truncate(c.title, CITATION_LIMITS.name),
        abstract: truncate(c.text, CITATION_LIMITS.abstract),
        url: c.url,
        keywords: keywordsOf(c),
      },
    })),
  };
}
