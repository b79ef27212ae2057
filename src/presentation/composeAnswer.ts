// Writes the reply from the core's structured answer: per profile, a one-line lead, the quoted
// texts and a source line; numbered markdown reference links that match the citations (Teams and
// Web Chat render them); and the texts of small talk, "not in the material" and "Did you mean…?".
import type { KnowledgeIndex } from '../core/buildIndex';
import { inLanguage } from '../core/localizedText';
import type { DomainId, Knowledge, Language, ProfileSummary, QuotedSource, Source, StructuredAnswer } from '../core/types';
import { translator, type Translate } from '../i18n/i18n';
import type { Answer, Citation, Choice } from './types';

export interface ComposeOptions {
  /** Base of citation urls, e.g. `http://localhost:3978`; a source's page is `${publicUrl}/sources/<id>`. */
  readonly publicUrl: string;
}

/** A source's public page. Stable: citations and links depend on it. */
export const sourceUrl = (publicUrl: string, id: string): string => `${publicUrl.replace(/\/+$/, '')}/sources/${id}`;

export function profileLabel(t: Translate, profile: ProfileSummary, language: Language): string {
  return t('answer.profileLabel', { place: inLanguage(profile.place, language), year: profile.published.slice(0, 4) });
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
  return remembered(knowledge, `domains\u0000${language}`, () => knowledge.domains.map((d) => inLanguage(d.name, language)).join(', '));
}

export function domainName(knowledge: Knowledge, id: DomainId | undefined, language: Language): string {
  const domain = knowledge.domains.find((d) => d.id === id);
  return domain ? inLanguage(domain.name, language) : '';
}

const profileOf = (knowledge: Knowledge, source: Source): ProfileSummary | undefined => knowledge.profiles.find((p) => p.id === source.profileId);

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
    place: profile ? inLanguage(profile.place, language) : '',
    date: profile ? inLanguage(profile.dateLabel, language) : '',
    domain: domainName(knowledge, first.domain, language),
  };
  if (first.kind === 'developed' || first.kind === 'potential') return t(`answer.lead.${first.kind}`, { ...vars, count: quoted.length });
  return t(`answer.lead.${first.kind}`, vars);
}

function sourceLine(t: Translate, knowledge: Knowledge, source: Source, language: Language): string {
  const profile = profileOf(knowledge, source);
  if (profile) return t('answer.sourceLine', { title: inLanguage(profile.title, language), date: inLanguage(profile.dateLabel, language) });
  return t('answer.frameworkSourceLine', { framework: inLanguage(knowledge.frameworkName, language) });
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
    text: inLanguage(source.text, language),
    url: sourceUrl(options.publicUrl, source.id),
  }));
}

/** Consecutive quoted sources of one profile (or of the framework), each group under its own lead and source line. */
function byProfile(quoted: readonly QuotedSource[]): QuotedSource[][] {
  const groups: QuotedSource[][] = [];
  for (const item of quoted) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.source.profileId === item.source.profileId && last[0]!.source.kind === item.source.kind && last[0]!.source.domain === item.source.domain) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

const SUGGESTION_KEYS = ['health', 'partnerships', 'improve'] as const;

/** Three example questions in a language. */
export function suggestionsFor(language: Language): readonly string[] {
  const t = translator(language);
  return SUGGESTION_KEYS.map((key) => t(`suggestions.${key}`));
}

function withSuggestions(t: Translate, lines: string[], suggestions: readonly string[]): string {
  return [...lines, '', t('abstain.tryAsking'), ...suggestions.map((s) => `- ${s}`)].join('\n');
}

const PREVIEW_LENGTH = 90;
const preview = (text: string): string => (text.length <= PREVIEW_LENGTH ? text : `${text.slice(0, PREVIEW_LENGTH).replace(/\s+\S*$/, '')}…`);

function composeQuotes(t: Translate, index: KnowledgeIndex, language: Language, quoted: readonly QuotedSource[], seeAlso: readonly QuotedSource[], confidence: number, options: ComposeOptions): Answer {
  const { knowledge } = index;
  const citations = citationsOf(t, knowledge, [...quoted, ...seeAlso].map((q) => q.source), quoted.length, language, options);
  const lines: string[] = [];
  let position = 0;
  for (const group of byProfile(quoted)) {
    if (lines.length) lines.push('');
    lines.push(leadLine(t, knowledge, group.map((q) => q.source), language), '');
    for (const item of group) {
      position++;
      lines.push(blockQuote(item.text.text, `[${position}]`), '');
      if (item.text.untranslated) lines.push(t('answer.untranslated', { language: index.languages.has(item.text.language) ? index.languages.pack(item.text.language).endonym : item.text.language }), '');
    }
    lines.push(sourceLine(t, knowledge, group[0]!.source, language));
  }
  const also = citations.slice(quoted.length);
  if (also.length) lines.push('', `${t('answer.seeAlso')} ${also.map((c) => `[${c.position}] ${c.title}`).join('; ')}`);
  lines.push('', ...referenceLinks(citations));
  const first = quoted[0]!.source;
  return { language, answered: true, kind: 'answer', domain: first.domain, profileId: first.profileId, text: lines.join('\n'), citations, confidence, suggestions: [] };
}

/** The answer as the hosts show it. */
export function presentAnswer(index: KnowledgeIndex, answer: StructuredAnswer, options: ComposeOptions): Answer {
  const { knowledge } = index;
  const { language } = answer;
  const t = translator(language);
  const reply = (kind: Answer['kind'], text: string, suggestions: readonly string[] = [], confidence = 0): Answer => ({ language, answered: false, kind, text, citations: [], confidence, suggestions });
  const profiles = profilesList(t, knowledge, language);
  switch (answer.kind) {
    case 'answer':
      return composeQuotes(t, index, language, answer.quoted, answer.seeAlso, answer.confidence, options);
    case 'small-talk': {
      const text = t(`smallTalk.${answer.smallTalk}`, { profiles, domains: domainsList(knowledge, language) });
      return reply('small-talk', text, answer.smallTalk === 'thanks' || answer.smallTalk === 'goodbye' ? [] : suggestionsFor(language));
    }
    case 'unknown-place': {
      const suggestions = suggestionsFor(language);
      return reply('unknown-place', withSuggestions(t, [t('abstain.unknownPlace', { place: answer.place, profiles })], suggestions), suggestions);
    }
    case 'abstain': {
      const suggestions = suggestionsFor(language);
      const text = withSuggestions(t, [t('abstain.unknown'), t('abstain.whatICanAnswer', { domains: domainsList(knowledge, language), profiles })], suggestions);
      return reply('abstain', text, suggestions, answer.confidence);
    }
    case 'clarify': {
      const choices: Choice[] = answer.choices.map(({ source, text }) => ({
        sourceId: source.id,
        domain: source.domain,
        label: source.domain ? domainName(knowledge, source.domain, language) : citationTitle(t, knowledge, source, language),
        preview: preview(text.text),
      }));
      const text = [t('clarify.question'), '', ...choices.map((c, i) => `${i + 1}. **${c.label}**: ${c.preview}`), '', t('clarify.pick')].join('\n');
      return { ...reply('clarify', text, [], answer.confidence), choices };
    }
  }
}
