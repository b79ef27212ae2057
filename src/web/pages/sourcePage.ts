// Pages behind citation links: /sources/<sourceId>?lang=en|fr. One source (a finding, a
// definition, the overview, a profile introduction) or a whole domain (`mgi/<domain>`).
import { citationTitle, domainName, profileLabel } from '../../presentation/composeAnswer';
import { inLanguage, textIn } from '../../core/localizedText';
import type { DomainId, Knowledge, Language, Source } from '../../core/types';
import { translator } from '../../i18n/i18n';
import { html, type SafeHtml } from '../html';
import { layout } from './layout';


const paragraphs = (text: string): SafeHtml[] => text.split(/\n\n+/).map((p) => html`<p>${p}</p>`);

function sourceBody(knowledge: Knowledge, source: Source, language: Language, suffix: string): SafeHtml {
  const t = translator(language);
  const profile = knowledge.profiles.find((p) => p.id === source.profileId);
  const shown = textIn(source.text, language);
  const original = source.text.original;
  const meta = [
    source.domain ? t('pages.domain', { domain: domainName(knowledge, source.domain, language) }) : undefined,
    profile ? t('pages.profile', { profile: inLanguage(profile.title, language), date: inLanguage(profile.dateLabel, language) }) : undefined,
    t(`answer.kind.${source.kind}`),
  ].filter((line): line is string => Boolean(line));
  const domainLink = source.domain ? html`<p><a href="${`/sources/mgi/${source.domain}?lang=${language}${suffix}`}">${t('pages.moreOnDomain')}</a></p>` : '';
  const translation =
    shown.translated
      ? html`<details class="original"><summary>${t('pages.originalText', { language: knowledge.languages.has(original) ? knowledge.languages.pack(original).endonym : original })}</summary><blockquote lang="${original}">${paragraphs(inLanguage(source.text, original))}</blockquote></details>
<p class="meta">${t('pages.translationNote')}</p>`
      : '';
  return html`<h1>${citationTitle(t, knowledge, source, language)}</h1>
<p class="meta">${meta.join(' · ')}</p>
<blockquote lang="${shown.language}">${paragraphs(shown.text)}</blockquote>
${translation}
${domainLink}
<p class="meta">${t('pages.sourceId')} <code>${source.id}</code></p>`;
}

function domainBody(knowledge: Knowledge, domain: DomainId, language: Language, suffix: string): SafeHtml {
  const t = translator(language);
  const name = domainName(knowledge, domain, language);
  const of = (kind: Source['kind']): Source[] => knowledge.sources.filter((s) => s.domain === domain && s.kind === kind);
  const definition = (kind: 'definition-national' | 'definition-city'): SafeHtml =>
    html`${of(kind).map((s) => html`<h2>${t(`answer.kind.${kind}`)}</h2><blockquote>${paragraphs(s.text[language])}</blockquote>`)}`;
  const findings = knowledge.profiles.map((profile) => {
    const list = (kind: 'developed' | 'potential'): SafeHtml => {
      const items = of(kind).filter((s) => s.profileId === profile.id);
      return html`<h3>${t(`pages.findingsHeading.${kind}`)}</h3><ul>${items.map(
        (s) => html`<li><a href="${`/sources/${s.id}?lang=${language}${suffix}`}">${s.text[language]}</a></li>`,
      )}</ul>`;
    };
    return html`<h2>${profileLabel(t, profile, language)}</h2>${list('developed')}${list('potential')}`;
  });
  return html`<h1>${name}</h1>${definition('definition-national')}${definition('definition-city')}${findings}`;
}

export interface PageResult {
  readonly status: 200 | 404;
  readonly body: string;
}

/** Renders `/sources/<id>`; an unknown id gives a 404 page that still helps. */
export function renderSourcePage(knowledge: Knowledge, id: string, language: Language, nonce: string, inTab = false): PageResult {
  const t = translator(language);
  // Links keep the page inside the Teams tab.
  const suffix = inTab ? '&tab=1' : '';
  const page = (status: PageResult['status'], title: string, body: SafeHtml): PageResult => ({
    status,
    body: layout({ language, languages: knowledge.languages, title, body: html`<article class="panel">${body}</article>`, nonce, tab: inTab, hrefFor: (l) => `/sources/${encodeURI(id)}?lang=${l}` }),
  });
  const source = knowledge.sources.find((s) => s.id === id);
  if (source) return page(200, citationTitle(t, knowledge, source, language), sourceBody(knowledge, source, language, suffix));
  const domain = knowledge.domains.find((d) => `mgi/${d.id}` === id);
  if (domain) return page(200, domain.name[language], domainBody(knowledge, domain.id, language, suffix));
  const body = html`<h1>${t('pages.notFoundTitle')}</h1><p>${t('pages.notFound', { id })}</p>
<ul>${knowledge.domains.map((d) => html`<li><a href="${`/sources/mgi/${d.id}?lang=${language}${suffix}`}">${d.name[language]}</a></li>`)}</ul>`;
  return page(404, t('pages.notFoundTitle'), body);
}
