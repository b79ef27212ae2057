// Turns validated knowledge files into the flat list of citable sources the core indexes.
// Source ids are public and stable: they are derived here, in one place.
import type { LanguageRegistry } from '../core/language/registry';
import type { ConceptThesaurus, DecisionCalibration, Knowledge, Source } from '../core/types';
import type { LocalizedText, MgiFramework, MgiProfile } from './types.generated';
import { DOMAIN_IDS } from './validateKnowledge';

/** Paragraphs joined, in every language all of them have (the original always). */
function joinParagraphs(paragraphs: readonly LocalizedText[]): LocalizedText {
  const [first] = paragraphs;
  const original = first?.original ?? '';
  const languages = Object.keys(first ?? {}).filter((key) => key !== 'original' && paragraphs.every((p) => p[key] !== undefined));
  return { original, ...Object.fromEntries(languages.map((code) => [code, paragraphs.map((p) => p[code]).join('\n\n')])) };
}

export interface KnowledgeParts {
  readonly languages: LanguageRegistry;
  readonly concepts: ConceptThesaurus;
  readonly calibration: DecisionCalibration;
  readonly framework: MgiFramework;
  readonly profiles: readonly MgiProfile[];
}

export const domainSourceId = (domain: string): string => `mgi/${domain}`;

export function flattenKnowledge({ languages, concepts, calibration, framework, profiles }: KnowledgeParts): Knowledge {
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
    languages,
    concepts,
    calibration,
    frameworkName: framework.name,
    domains: [...framework.domains]
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
      .map((d) => ({ id: d.id, name: d.name, shortName: d.shortName, aliases: d.aliases })),
    profiles: profiles.map((p) => ({
      id: p.id,
      level: p.level,
      place: p.place,
      country: p.country,
      ...(p.capital ? { capital: p.capital } : {}),
      placeNames: p.placeNames,
      otherPlaces: p.otherPlaces ?? [],
      published: p.published,
      dateLabel: p.dateLabel,
      title: p.title,
    })),
    sources,
  };
}
