// A domain as a reader browses it: its definition at the profile's level (the other on request)
// and the profile's well-developed areas and areas with potential for development.
import { translator } from '../i18n/i18n';
import { contentTokens } from './analyseText';
import type { KnowledgeIndex } from './buildIndex';
import { citationsOf, domainName, referenceLinks, type ComposeOptions } from './composeAnswer';
import type { Answer, DomainId, DomainSummary, Language, ProfileSummary, Source } from './types';

export type DefinitionLevel = 'national' | 'city';

export interface DomainView {
  readonly domain: DomainSummary;
  readonly level: DefinitionLevel;
  readonly definition: Source;
  readonly profile?: ProfileSummary;
  readonly developed: readonly Source[];
  readonly potential: readonly Source[];
}

/** The domain a message names and nothing else ("Partenariats", "safe migration"), if any. */
export function domainNamedAlone(index: KnowledgeIndex, text: string): DomainId | undefined {
  const tokens = contentTokens(text);
  if (tokens.length === 0) return undefined;
  const key = [...new Set(tokens)].sort().join(' ');
  return index.domainNames.find((name) => [...new Set(name.tokens)].sort().join(' ') === key)?.domain;
}

/**
 * The view of a domain. The definition is the city-level one for a city profile, the national
 * one otherwise, unless a level is asked for.
 */
export function domainView(index: KnowledgeIndex, domainId: DomainId, profileId?: string, level?: DefinitionLevel): DomainView | undefined {
  const { knowledge } = index;
  const domain = knowledge.domains.find((d) => d.id === domainId);
  if (!domain) return undefined;
  const profile = knowledge.profiles.find((p) => p.id === profileId) ?? knowledge.profiles[0];
  const chosen: DefinitionLevel = level ?? (profile?.level === 'city' ? 'city' : 'national');
  const definition = knowledge.sources.find((s) => s.domain === domainId && s.kind === `definition-${chosen}`);
  if (!definition) return undefined;
  const findings = (kind: 'developed' | 'potential'): Source[] =>
    knowledge.sources.filter((s) => s.domain === domainId && s.kind === kind && s.profileId === profile?.id);
  return { domain, level: chosen, definition, profile, developed: findings('developed'), potential: findings('potential') };
}

/** The domain view as a cited answer: the markdown that text channels show and cards fall back to. */
export function composeDomainView(index: KnowledgeIndex, view: DomainView, language: Language, options: ComposeOptions): Answer {
  const t = translator(language);
  const { knowledge } = index;
  const sources = [view.definition, ...view.developed, ...view.potential];
  const citations = citationsOf(t, knowledge, sources, sources.length, language, options);
  const marker = (source: Source): string => `[${sources.indexOf(source) + 1}]`;
  const list = (items: readonly Source[]): string[] => items.map((s) => `- ${s.text[language]} ${marker(s)}`);
  const lines = [
    `**${domainName(knowledge, view.domain.id, language)}**`,
    '',
    `${t(`answer.kind.definition-${view.level}`)}:`,
    '',
    `> ${view.definition.text[language]} ${marker(view.definition)}`,
  ];
  if (view.profile) {
    const header = t('domainView.profileFindings', { place: view.profile.place[language], date: view.profile.dateLabel[language] });
    lines.push('', header, '', `${t('pages.findingsHeading.developed')}:`, ...list(view.developed), '', `${t('pages.findingsHeading.potential')}:`, ...list(view.potential));
  }
  lines.push('', ...referenceLinks(citations));
  return {
    language,
    answered: true,
    kind: 'answer',
    domain: view.domain.id,
    profileId: view.profile?.id,
    text: lines.join('\n'),
    citations,
    confidence: 1,
    suggestions: [],
  };
}
