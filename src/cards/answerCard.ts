// The card of an answer: the domain as header, each quoted text under its label ("Well-developed
// area"…) with its citation number, the profile and date as footer, and follow-up buttons.
import { inLanguage } from '../core/localizedText';
import type { Knowledge, Language } from '../core/types';
import { domainName } from '../presentation/composeAnswer';
import type { Answer } from '../presentation/types';
import { translator } from '../i18n/i18n';
import { adaptiveCard, container, heading, submit, textBlock, type AdaptiveCard, type CardAction } from './adaptiveCard';

/** One button per other language the bot speaks, labelled in that language. */
export const otherLanguageActions = (knowledge: Knowledge, language: Language): CardAction[] =>
  knowledge.languages.codes.filter((code) => code !== language).map((code) => submit(translator(code)('cards.switchLanguage'), { command: 'translate', language: code }));

export function answerCard(answer: Answer, knowledge: Knowledge): AdaptiveCard {
  const { language } = answer;
  const t = translator(language);
  const profile = knowledge.profiles.find((p) => p.id === answer.profileId);
  const quoted = answer.citations.filter((c) => c.quoted);
  const others = answer.citations.filter((c) => !c.quoted);
  const title = answer.domain ? domainName(knowledge, answer.domain, language) : inLanguage(knowledge.frameworkName, language);
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
      profile ? t('cards.sourceOf', { title: inLanguage(profile.title, language), date: inLanguage(profile.dateLabel, language) }) : t('cards.frameworkSource', { framework: inLanguage(knowledge.frameworkName, language) }),
      { size: 'Small', isSubtle: true, spacing: 'Medium' },
    ),
  ];
  const actions: CardAction[] = [];
  if (answer.domain) {
    actions.push(submit(t('cards.moreOnDomain'), { command: 'domain', domain: answer.domain }));
    const showsPotential = quoted.length > 0 && quoted.every((c) => c.kind === 'potential');
    if (!showsPotential) actions.push(submit(t('cards.areasToDevelop'), { command: 'list', domain: answer.domain, kind: 'potential', ...(profile ? { profileId: profile.id } : {}) }));
  }
  actions.push(...otherLanguageActions(knowledge, language));
  return adaptiveCard(body, actions);
}
