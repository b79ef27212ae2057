// Turns validated knowledge files into the flat list of citable sources the core indexes.
// Source ids are public and stable: they are derived here, in one place.
import type { Knowledge, Source } from '../core/types';
import type { LocalizedText, MgiFramework, MgiProfile } from './types.generated';
import { DOMAIN_IDS } from './validateKnowledge';

const joinParagraphs = (paragraphs: readonly LocalizedText[]): LocalizedText => ({
  en: paragraphs.map((p) => p.en).join('\n\n'),
  fr: paragraphs.map((p) => p.fr).join('\n\n'),
});

export const domainSourceId = (domain: string): string => `mgi/${domain}`;

export function flattenKnowledge(framework: MgiFramework, profiles: readonly MgiProfile[]): Knowledge {
  const sources: Source[] = [
    { id: 'mgi/overview', kind: 'overview', text: joinParagraphs(framework.overview.paragraphs), terms: framework.overview.terms },
  ];
  for (const domain of framework.domains) {
    const base = domainSourceId(domain.id);
    sources.push(
      { id: `${base}/national`, kind: 'definition-national', domain: domain.id, text: domain.definitions.national, terms: domain.terms },
      { id: `${base}/city`, kind: 'definition-city', domain: domain.id, text: domain.definitions.city, terms: domain.terms },
    );
  }
  for (const profile of profiles) {
    sources.push({
      id: `${profile.id}/introduction`,
      kind: 'introduction',
      profileId: profile.id,
      text: joinParagraphs(profile.introduction.paragraphs),
      terms: profile.introduction.terms,
    });
    for (const domain of DOMAIN_IDS) {
      for (const kind of ['developed', 'potential'] as const) {
        profile.findings[domain][kind].forEach((finding, i) => {
          sources.push({
            id: `${profile.id}/${domain}/${kind}-${i + 1}`,
            kind,
            domain,
            profileId: profile.id,
            ordinal: i + 1,
            text: finding.text,
            terms: finding.terms,
          });
        });
      }
    }
  }
  const order = new Map(DOMAIN_IDS.map((id, i) => [id, i]));
  return {
    frameworkName: framework.name,
    domains: [...framework.domains]
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
      .map((d) => ({ id: d.id, name: d.name, shortName: d.shortName, aliases: d.aliases })),
    profiles: profiles.map((p) => ({
      id: p.id,
      level: p.level,
      place: p.place,
      country: p.country,
      placeNames: p.placeNames,
      otherPlaces: p.otherPlaces ?? [],
      dateLabel: p.dateLabel,
      title: p.title,
    })),
    sources,
  };
}
