// Writes the reply: a one-line lead, the quoted text, its source line and numbered
// markdown reference links that match the citations (Teams and Web Chat render them).
import type { Translate } from '../i18n/i18n';
import type { RankedSource } from './retrieve';
import type { Answer, Citation, DomainId, Knowledge, Language, ProfileSummary, Source } from './types';

export interface ComposeOptions {
  /** Base of citation urls, e.g. `http://localhost:3978`; a source's page is `${publicUrl}/sources/<id>`. */
  readonly publicUrl: string;
}

/** A source's public page. Stable: citations and links depend on it. */
export const sourceUrl = (publicUrl: string, id: string): string => `${publicUrl.replace(/\/+$/, '')}/sources/${id}`;

export function profileLabel(t: Translate, profile: ProfileSummary, language: Language): string {
  return t('answer.profileLabel', { place: profile.place[language], year: profile.dateLabel.en.slice(-4) });
}

/**
 * Labels that depend only on the knowledge and the language, computed once each: formatting
 * them through i18next on every question was a sixth of the time an answer takes.
 */
const labelCaches = new WeakMap<Knowledge, Map<string, string>>();
function remembered(knowledge: Knowledge, key: string, make: () => string): string {
  let cache = labelCaches.get(knowledge);
  if (!cache) labelCaches.set(knowledge, (cache = new Map()));
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

export function profilesList(t: Translate, knowledge: Knowledge, language: Language): string {
  return remembered(knowledge, `profiles\u0000${language}`, () => knowledge.profiles.map((p) => profileLabel(t, p, language)).join(', '));
}

export function domainsList(knowledge: Knowledge, language: Language): string {
  return remembered(knowledge, `domains\u0000${language}`, () => knowledge.domains.map((d) => d.name[language]).join(', '));
}

export function domainName(knowledge: Knowledge, id: DomainId | undefined, language: Language): string {
  return knowledge.domains.find((d) => d.id === id)?.name[language] ?? '';
}

const profileOf = (knowledge: Knowledge, source: Source): ProfileSummary | undefined =>
  knowledge.profiles.find((p) => p.id === source.profileId);

/** A short, human title for a source: used in citations and "see also" lines. */
export function citationTitle(t: Translate, knowledge: Knowledge, source: Source, language: Language): string {
  return remembered(knowledge, `title\u0000${language}\u0000${source.id}`, () => formatCitationTitle(t, knowledge, source, language));
}

function formatCitationTitle(t: Translate, knowledge: Knowledge, source: Source, language: Language): string {
  const profile = profileOf(knowledge, source);
  const domain = domainName(knowledge, source.domain, language);
  const kind = t(`answer.kind.${source.kind}`);
  switch (source.kind) {
    case 'developed':
    case 'potential':
      return t('answer.citationTitle.finding', { profile: profile ? profileLabel(t, profile, language) : '', domain, kind, ordinal: source.ordinal });
    case 'definition-national':
    case 'definition-city':
      return t('answer.citationTitle.definition', { domain, kind });
    case 'overview':
      return t('answer.citationTitle.overview');
    case 'introduction':
      return t('answer.citationTitle.introduction', { profile: profile ? profileLabel(t, profile, language) : '' });
  }
}

function leadLine(t: Translate, knowledge: Knowledge, quoted: readonly Source[], language: Language): string {
  const [first] = quoted;
  if (!first) return '';
  const profile = profileOf(knowledge, first);
  const vars = {
    place: profile?.place[language] ?? '',
    date: profile?.dateLabel[language] ?? '',
    domain: domainName(knowledge, first.domain, language),
  };
  if (first.kind === 'developed' || first.kind === 'potential') return t(`answer.lead.${first.kind}`, { ...vars, count: quoted.length });
  return t(`answer.lead.${first.kind}`, vars);
}

function sourceLine(t: Translate, knowledge: Knowledge, source: Source, language: Language): string {
  const profile = profileOf(knowledge, source);
  if (profile) return t('answer.sourceLine', { title: profile.title[language], date: profile.dateLabel[language] });
  return t('answer.frameworkSourceLine', { framework: knowledge.frameworkName[language] });
}

/** Quotes a text as a markdown block quote, keeping its paragraphs. */
const blockQuote = (text: string, marker: string): string =>
  text
    .split(/\n\n+/)
    .map((paragraph, i, all) => `> ${paragraph}${i === all.length - 1 ? ` ${marker}` : ''}`)
    .join('\n>\n');

/** Markdown reference links (`[1]: url "title"`), which Web Chat matches citations with. */
export const referenceLinks = (citations: readonly Citation[]): string[] =>
  // A reference title may not contain a double quote.
  citations.map((c) => `[${c.position}]: ${c.url} "${c.title.replace(/"/g, "'")}"`);

/** Numbered citations of the sources, in order; the first `quotedCount` are quoted in the answer. */
export function citationsOf(t: Translate, knowledge: Knowledge, sources: readonly Source[], quotedCount: number, language: Language, options: ComposeOptions): Citation[] {
  return sources.map((source, i) => ({
    position: i + 1,
    quoted: i < quotedCount,
    id: source.id,
    domain: source.domain,
    kind: source.kind,
    title: citationTitle(t, knowledge, source, language),
    text: source.text[language],
    url: sourceUrl(options.publicUrl, source.id),
  }));
}

export function composeAnswer(
  t: Translate,
  knowledge: Knowledge,
  language: Language,
  quoted: readonly RankedSource[],
  seeAlso: readonly RankedSource[],
  confidence: number,
  options: ComposeOptions,
): Answer {
  const citations = citationsOf(t, knowledge, [...quoted, ...seeAlso].map((r) => r.source), quoted.length, language, options);
  const quotedSources = quoted.map((r) => r.source);
  const lines = [leadLine(t, knowledge, quotedSources, language), ''];
  quotedSources.forEach((source, i) => {
    lines.push(blockQuote(source.text[language], `[${i + 1}]`), '');
  });
  lines.push(sourceLine(t, knowledge, quotedSources[0]!, language));
  const also = citations.slice(quotedSources.length);
  if (also.length) lines.push('', `${t('answer.seeAlso')} ${also.map((c) => `[${c.position}] ${c.title}`).join('; ')}`);
  lines.push('', ...referenceLinks(citations));
  return {
    language,
    answered: true,
    kind: 'answer',
    domain: quotedSources[0]!.domain,
    profileId: quotedSources[0]!.profileId,
    text: lines.join('\n'),
    citations,
    confidence,
    suggestions: [],
  };
}
