// The home page: the MGI wheel beside the Web Chat; `?embed=1` gives the chat alone for an iframe.
import { profilesList } from '../../presentation/composeAnswer';
import type { Knowledge, Language } from '../../core/types';
import { translator } from '../../i18n/i18n';
import { html, scriptJson } from '../html';
import { layout } from './layout';
import { wheel } from './wheel';

export interface ChatPageOptions {
  readonly knowledge: Knowledge;
  readonly language: Language;
  readonly nonce: string;
  readonly embedded: boolean;
}

/** What the browser script needs; read from a JSON block, since inline scripts are not allowed. */
export interface ChatPageConfig {
  readonly locale: string;
  readonly nonce: string;
  readonly tokenUrl: string;
  readonly strings: { readonly unavailable: string };
}

export function renderChatPage({ knowledge, language, nonce, embedded }: ChatPageOptions): string {
  const t = translator(language);
  const config: ChatPageConfig = {
    locale: knowledge.languages.localeOf(language),
    nonce,
    tokenUrl: '/api/directline/token',
    strings: { unavailable: t('page.unavailable') },
  };
  const chat = html`<section class="panel chat" aria-label="${t('page.chatTitle')}">
<div id="webchat" role="region" aria-label="${t('page.chatTitle')}"><p class="chat-status">${t('page.loading')}</p></div>
</section>`;
  const body = embedded
    ? chat
    : html`<div class="home">
<section class="panel">
<h1>${t('page.title')}</h1>
<p class="intro">${t('page.intro', { profiles: profilesList(t, knowledge, language) })}</p>
${wheel(knowledge.domains, language, (domain) => `/sources/mgi/${domain.id}?lang=${language}`)}
<p class="meta">${t('page.wheelHint')}</p>
</section>
${chat}
</div>`;
  return layout({
    language,
    languages: knowledge.languages,
    title: t('page.title'),
    body,
    nonce,
    embedded,
    hrefFor: (l) => `/?lang=${l}${embedded ? '&embed=1' : ''}`,
    head: html`<script type="application/json" id="mgi-config" nonce="${nonce}">${scriptJson(config)}</script>`,
    scripts: ['/static/webchat.js', '/static/chat.js'],
  });
}
