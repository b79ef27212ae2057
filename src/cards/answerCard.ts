// The card of an answer: the domain as header, each quoted text under its label ("Well-developed
// area"…) with its citation number, the profile and date as footer, and follow-up buttons.
import { domainName } from '../core/composeAnswer';
import type { Answer, Knowledge, Language } from '../core/types';
import { translator } from '../i18n/i18n';
import { adaptiveCard, container, heading, submit, textBlock, type AdaptiveCard, type CardAction } from './adaptiveCard';

const OTHER: Readonly<Record<Language, Language>> = { en: 'fr', fr: 'en' };

export function answerCard(answer: Answer, knowledge: Knowledge): AdaptiveCard {
  const { language } = answer;
  const t = translator(language);
  const profile = knowledge.profiles.find((p) => p.id === answer.profileId);
  const quoted = answer.citations.filter((c) => c.quoted);
  const others = answer.citations.filter((c) => !c.quoted);
  const title = answer.domain ? domainName(knowledge, answer.domain, language) : knowledge.frameworkName[language];
  const body = [
    heading(title),
    ...quoted.map((citation) =>
      container(
        [
          textBlock(t(`answer.kind.${citation.kind}`), { size: 'Small', weight: 'Bolder', color: 'Accent' }),
          textBlock(`${citation.text} [${citation.position}](${citation.url})`, { spacing: 'Small' }),
        ],
        { separator: true, spacing: 'Medium' },
      ),
    ),
    ...(others.length ? [textBlock(t('cards.seeAlso', { links: others.map((c) => `[${c.title}](${c.url})`).join(' · ') }), { size: 'Small', isSubtle: true, separator: true })] : []),
    textBlock(
      profile ? t('cards.sourceOf', { title: profile.title[language], date: profile.dateLabel[language] }) : t('cards.frameworkSource', { framework: knowledge.frameworkName[language] }),
      { size: 'Small', isSubtle: true, spacing: 'Medium' },
    ),
  ];
  const actions: CardAction[] = [];
  if (answer.domain) {
    actions.push(submit(t('cards.moreOnDomain'), { command: 'domain', domain: answer.domain }));
    const showsPotential = quoted.length > 0 && quoted.every((c) => c.kind === 'potential');
    if (!showsPotential) actions.push(submit(t('cards.areasToDevelop'), { command: 'list', domain: answer.domain, kind: 'potential', ...(profile ? { profileId: profile.id } : {}) }));
  }
  actions.push(submit(t('cards.switchLanguage'), { command: 'translate', language: OTHER[language] }));
  return adaptiveCard(body, actions);
}
