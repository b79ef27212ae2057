// A domain as a reader browses it: its definition at the profile's level (the other on request)
// and, for each profile in view, its well-developed areas and areas with potential for development.
import type { KnowledgeIndex } from '../core/buildIndex';
import { inLanguage } from '../core/localizedText';
import type { DomainId, DomainSummary, Language, ProfileSummary, Source } from '../core/types';
import { translator } from '../i18n/i18n';
import { citationsOf, domainName, referenceLinks, type ComposeOptions } from './composeAnswer';
import type { Answer } from './types';

export type DefinitionLevel = 'national' | 'city';

export interface ProfileFindings {
  readonly profile: ProfileSummary;
  readonly developed: readonly Source[];
  readonly potential: readonly Source[];
}

export interface DomainView {
  readonly domain: DomainSummary;
  readonly level: DefinitionLevel;
  readonly definition: Source;
  /** The profiles in view, each with its findings in this domain. */
  readonly profiles: readonly ProfileFindings[];
}

/**
 * The view of a domain for one profile, or for every profile when none is given. The definition
 * is the city-level one when every profile in view is a city's, the national one otherwise,
 * unless a level is asked for.
 */
export function domainView(index: KnowledgeIndex, domainId: DomainId, profileId?: string, level?: DefinitionLevel): DomainView | undefined {
  const { knowledge } = index;
  const domain = knowledge.domains.find((d) => d.id === domainId);
  if (!domain) return undefined;
  const inView = knowledge.profiles.filter((p) => profileId === undefined || p.id === profileId);
  const chosen: DefinitionLevel = level ?? (inView.length > 0 && inView.every((p) => p.level === 'city') ? 'city' : 'national');
  const definition = knowledge.sources.find((s) => s.domain === domainId && s.kind === `definition-${chosen}`);
  if (!definition) return undefined;
  const findings = (profile: ProfileSummary, kind: 'developed' | 'potential'): Source[] =>
    knowledge.sources.filter((s) => s.domain === domainId && s.kind === kind && s.profileId === profile.id);
  return { domain, level: chosen, definition, profiles: inView.map((profile) => ({ profile, developed: findings(profile, 'developed'), potential: findings(profile, 'potential') })) };
}

/** The domain view as a cited answer: the markdown that text channels show and cards fall back to. */
export function composeDomainView(index: KnowledgeIndex, view: DomainView, language: Language, options: ComposeOptions): Answer {
  const t = translator(language);
  const { knowledge } = index;
  const sources = [view.definition, ...view.profiles.flatMap((p) => [...p.developed, ...p.potential])];
  const citations = citationsOf(t, knowledge, sources, sources.length, language, options);
  const marker = (source: Source): string => `[${sources.indexOf(source) + 1}]`;
  const list = (items: readonly Source[]): string[] => items.map((s) => `- ${inLanguage(s.text, language)} ${marker(s)}`);
  const lines = [
    `**${domainName(knowledge, view.domain.id, language)}**`,
    '',
    `${t(`answer.kind.definition-${view.level}`)}:`,
    '',
    `> ${inLanguage(view.definition.text, language)} ${marker(view.definition)}`,
  ];
  for (const { profile, developed, potential } of view.profiles) {
    const header = t('domainView.profileFindings', { place: inLanguage(profile.place, language), date: inLanguage(profile.dateLabel, language) });
    lines.push('', header, '', `${t('pages.findingsHeading.developed')}:`, ...list(developed), '', `${t('pages.findingsHeading.potential')}:`, ...list(potential));
  }
  lines.push('', ...referenceLinks(citations));
  return {
    language,
    answered: true,
    kind: 'answer',
    domain: view.domain.id,
    profileId: view.profiles.length === 1 ? view.profiles[0]!.profile.id : undefined,
    text: lines.join('\n'),
    citations,
    confidence: 1,
    suggestions: [],
  };
}
