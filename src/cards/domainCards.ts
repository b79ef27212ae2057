// Cards for browsing: the list of the six domains, and one domain with its definition and the
// profile's findings.
import { inLanguage } from '../core/localizedText';
import type { Knowledge, Language, Source } from '../core/types';
import { translator } from '../i18n/i18n';
import { domainName, profilesList } from '../presentation/composeAnswer';
import type { DomainView } from '../presentation/domainView';
import type { Answer } from '../presentation/types';
import { actionSet, adaptiveCard, container, heading, submit, textBlock, type AdaptiveCard, type CardAction } from './adaptiveCard';
import { otherLanguageActions } from './answerCard';

export function domainListCard(knowledge: Knowledge, language: Language): AdaptiveCard {
  const t = translator(language);
  return adaptiveCard(
    [
      heading(t('cards.domainsTitle')),
      textBlock(t('cards.chooseDomain', { profiles: profilesList(t, knowledge, language) }), { isSubtle: true }),
      actionSet(knowledge.domains.map((d) => submit(inLanguage(d.name, language), { command: 'domain', domain: d.id }))),
    ],
  );
}

/** `answer` is the view composed as an answer (composeDomainView): its citations number the texts. */
export function domainCard(view: DomainView, answer: Answer, knowledge: Knowledge): AdaptiveCard {
  const { language } = answer;
  const t = translator(language);
  const link = (source: Source): string => {
    const citation = answer.citations.find((c) => c.id === source.id);
    return citation ? ` [${citation.position}](${citation.url})` : '';
  };
  const findings = (label: string, sources: readonly Source[]) =>
    container([textBlock(label, { weight: 'Bolder', size: 'Small', color: 'Accent' }), ...sources.map((s) => textBlock(`- ${inLanguage(s.text, language)}${link(s)}`, { spacing: 'Small' }))], {
      separator: true,
      spacing: 'Medium',
    });
  const body = [
    heading(domainName(knowledge, view.domain.id, language)),
    textBlock(t('cards.definitionAt', { level: t(`cards.level.${view.level}`) }), { size: 'Small', weight: 'Bolder', color: 'Accent' }),
    textBlock(`${inLanguage(view.definition.text, language)}${link(view.definition)}`, { spacing: 'Small' }),
    ...view.profiles.flatMap(({ profile, developed, potential }) => [
      textBlock(t('domainView.profileFindings', { place: inLanguage(profile.place, language), date: inLanguage(profile.dateLabel, language) }), { weight: 'Bolder', separator: true, spacing: 'Medium' }),
      findings(t('pages.findingsHeading.developed'), developed),
      findings(t('pages.findingsHeading.potential'), potential),
    ]),
  ];
  const otherLevel = view.level === 'city' ? 'national' : 'city';
  const actions: CardAction[] = [
    submit(t(`cards.showDefinition.${otherLevel}`), { command: 'domain', domain: view.domain.id, level: otherLevel }),
    submit(t('cards.allDomains'), { command: 'domains' }),
    ...otherLanguageActions(knowledge, language),
  ];
  return adaptiveCard(body, actions);
}

export function clarifyCard(answer: Answer): AdaptiveCard {
  const t = translator(answer.language);
  const choices = answer.choices ?? [];
  return adaptiveCard(
    [
      heading(t('cards.clarifyTitle')),
      ...choices.map((c, i) => textBlock(`${i + 1}. **${c.label}**: ${c.preview}`, { spacing: 'Small' })),
    ],
    [...choices.map((c) => submit(c.label, { command: 'source', sourceId: c.sourceId })), submit(t('cards.none'), { command: 'none' })],
  );
}
