// The web pages: the chat with the wheel (/), source and domain pages (/sources/…), the embed
// script and static assets. Every page gets its own CSP nonce.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LanguageRegistry } from '../core/language/registry';
import type { Request, Response, Server } from 'restify';
import { projectRoot } from '../config/config';
import { translator } from '../i18n/i18n';
import type { Knowledge, Language } from '../core/types';
import { renderChatPage } from './pages/chatPage';
import { renderSourcePage } from './pages/sourcePage';
import { renderTabPage } from './pages/tabPage';
import { newNonce, securityHeaders, type PagePolicy } from './securityHeaders';

/** Files served as they are, by public name; nothing else under /static is reachable. */
const STATIC_FILES: Readonly<Record<string, { readonly file: string; readonly type: string }>> = {
  'site.css': { file: 'src/web/static/site.css', type: 'text/css; charset=utf-8' },
  'chat.js': { file: 'src/web/static/chat.js', type: 'text/javascript; charset=utf-8' },
  'embed.js': { file: 'src/web/static/embed.js', type: 'text/javascript; charset=utf-8' },
  'tab.js': { file: 'src/web/static/tab.js', type: 'text/javascript; charset=utf-8' },
  // teams-js from the npm package: no CDN.
  'teams.js': { file: 'node_modules/@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js', type: 'text/javascript; charset=utf-8' },
  // Web Chat's own browser bundle, from the npm package: no CDN.
  'webchat.js': { file: 'node_modules/botframework-webchat/dist/webchat.js', type: 'text/javascript; charset=utf-8' },
};

const queryString = (req: Request, name: string): string | undefined => {
  const value = (req.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
};

/** `?lang=` when valid, else the first of the browser's Accept-Language the bot speaks, else the default language. */
export function pageLanguage(req: Request, languages: LanguageRegistry): Language {
  const accepted = (req.header('accept-language') ?? '').split(',').map((part) => part.split(';')[0]!.trim());
  return languages.fromLocale(queryString(req, 'lang')) ?? accepted.map((tag) => languages.fromLocale(tag)).find((code) => code !== undefined) ?? languages.defaultLanguage;
}

function sendPage(res: Response, status: number, body: string, nonce: string, policy: PagePolicy): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store', ...securityHeaders(nonce, policy) });
  res.end(body);
}

/** The embed script, with what it needs to know first: the languages and each one's button labels. */
async function sendEmbedScript(res: Response, knowledge: Knowledge): Promise<void> {
  const { languages } = knowledge;
  const config = {
    languages: languages.codes,
    defaultLanguage: languages.defaultLanguage,
    labels: Object.fromEntries(languages.codes.map((code) => {
      const t = translator(code);
      return [code, { open: t('embed.open'), close: t('embed.close'), title: t('embed.title') }];
    })),
  };
  // "<" escaped: the labels must not be able to close a script element wherever this is inlined.
  const prelude = `var MGI_EMBED = ${JSON.stringify(config).replace(/</g, '\\u003c')};\n`;
  const body = Buffer.concat([Buffer.from(prelude), await readFile(path.join(projectRoot, STATIC_FILES['embed.js']!.file))]);
  res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'public, max-age=3600', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

async function sendStatic(res: Response, name: string): Promise<void> {
  const entry = STATIC_FILES[name];
  const file = entry ? path.join(projectRoot, entry.file) : undefined;
  const info = file ? await stat(file).catch(() => undefined) : undefined;
  if (!entry || !file || !info) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
    res.end('Not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': entry.type, 'Content-Length': info.size, 'Cache-Control': 'public, max-age=3600', 'X-Content-Type-Options': 'nosniff' });
  createReadStream(file).pipe(res);
}

export function registerPages(server: Server, knowledge: Knowledge, policy: PagePolicy): void {
  server.get('/', async (req: Request, res: Response) => {
    const nonce = newNonce();
    sendPage(res, 200, renderChatPage({ knowledge, language: pageLanguage(req, knowledge.languages), nonce, embedded: queryString(req, 'embed') === '1' }), nonce, policy);
  });

  server.get('/tab', async (req: Request, res: Response) => {
    const nonce = newNonce();
    sendPage(res, 200, renderTabPage({ knowledge, language: pageLanguage(req, knowledge.languages), nonce }), nonce, policy);
  });

  server.get('/sources/*', async (req: Request, res: Response) => {
    const nonce = newNonce();
    const id = decodeURIComponent((req.params as Record<string, string>)['*'] ?? '').replace(/\/+$/, '');
    const page = renderSourcePage(knowledge, id, pageLanguage(req, knowledge.languages), nonce, queryString(req, 'tab') === '1');
    sendPage(res, page.status, page.body, nonce, policy);
  });

  server.get('/embed.js', async (_req: Request, res: Response) => sendEmbedScript(res, knowledge));
  server.get('/static/:name', async (req: Request, res: Response) => sendStatic(res, String((req.params as Record<string, string>).name)));
}
