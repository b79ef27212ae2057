// The Teams "Domains" tab: the MGI wheel, each segment opening the domain's page inside the tab.
import type { Knowledge, Language } from '../../core/types';
import { translator } from '../../i18n/i18n';
import { html } from '../html';
import { layout } from './layout';
import { wheel } from './wheel';

export interface TabPageOptions {
  readonly knowledge: Knowledge;
  readonly language: Language;
  readonly nonce: string;
}

export function renderTabPage({ knowledge, language, nonce }: TabPageOptions): string {
  const t = translator(language);
  const body = html`<section class="panel tab">
<h1>${t('page.wheelTitle')}</h1>
<p class="intro">${t('page.wheelHint')}</p>
${wheel(knowledge.domains, language, (domain) => `/sources/mgi/${domain.id}?lang=${language}&tab=1`)}
</section>`;
  return layout({ language, languages: knowledge.languages, title: t('page.wheelTitle'), body, nonce, tab: true, hrefFor: (l) => `/tab?lang=${l}` });
}
