// The frame every page shares: header with the language switch, main content, footer.
import type { LanguageRegistry } from '../../core/language/registry';
import type { Language } from '../../core/types';
import { translator } from '../../i18n/i18n';
import { html, type SafeHtml } from '../html';

export interface LayoutOptions {
  readonly language: Language;
  readonly title: string;
  readonly body: SafeHtml;
  /** The same page in each language. */
  readonly hrefFor: (language: Language) => string;
  /** The languages the switcher offers. */
  readonly languages: LanguageRegistry;
  /** Nonce of this response's Content-Security-Policy, for its scripts. */
  readonly nonce: string;
  readonly scripts?: readonly string[];
  /** The chat alone, for an iframe. */
  readonly embedded?: boolean;
  /** Inside the Teams tab: teams-js sets the theme and language, links stay in the tab. */
  readonly tab?: boolean;
  readonly head?: SafeHtml;
}


export function layout(options: LayoutOptions): string {
  const { language } = options;
  const t = translator(language);
  const inTab = (href: string): string => (options.tab ? `${href}${href.includes('?') ? '&' : '?'}tab=1` : href);
  const switcher = options.languages.codes.map(
    (l) => html`<a href="${inTab(options.hrefFor(l))}" hreflang="${l}" lang="${l}"${l === language ? html` aria-current="true"` : ''}>${options.languages.pack(l).endonym}</a>`,
  );
  const scripts = [...(options.tab ? ['/static/teams.js', '/static/tab.js'] : []), ...(options.scripts ?? [])];
  const header = options.embedded
    ? ''
    : html`<a class="skip" href="#content">${t('page.skip')}</a>
<header class="site-header"><a class="brand" href="${options.tab ? `/tab?lang=${language}` : `/?lang=${language}`}">${t('pages.siteName')}</a>
<nav aria-label="${t('page.languageNav')}" class="lang-switch">${switcher}</nav></header>`;
  return html`<!doctype html>
<html lang="${language}" data-languages="${options.languages.codes.join(' ')}" data-default-language="${options.languages.defaultLanguage}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · ${t('pages.siteName')}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/static/site.css">
${options.head ?? ''}
</head>
<body${options.embedded ? html` class="embedded"` : ''}>
${header}
<main id="content">${options.body}</main>
${options.embedded ? '' : html`<footer class="site-footer">${t('pages.footer')}</footer>`}
${scripts.map((src) => html`<script src="${src}" nonce="${options.nonce}"></script>`)}
</body>
</html>`.value;
}
