// The one i18next instance for UI strings, with the locales of src/i18n/locales/<code>.json (one per
// language the bot speaks; read once at start, no backend). Callers take a fixed translator per turn
// (`translator(language)`) instead of switching a global language.
import i18next, { type TFunction } from 'i18next';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LANGUAGE, projectRoot } from '../config/config';
import type { Language } from '../core/types';

/** The complete locale every other one is checked against, and falls back to key by key. */
type ReferenceLocale = typeof import('./locales/en.json');

export const LOCALES_DIR = path.join(projectRoot, 'src', 'i18n', 'locales');

/** Every UI locale, by language code. */
export const resources: Readonly<Record<string, { readonly translation: ReferenceLocale }>> = Object.fromEntries(
  readdirSync(LOCALES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => [file.slice(0, -'.json'.length), { translation: JSON.parse(readFileSync(path.join(LOCALES_DIR, file), 'utf8')) as ReferenceLocale }]),
);

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: ReferenceLocale };
  }
}

const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: Object.keys(resources),
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
} as Parameters<typeof instance.init>[0]);

export type Translate = TFunction;

/**
 * Strings depend only on their key and values, and the same few come back on every answer:
 * each is formatted by i18next once (it was a sixth of a turn's time under load), then remembered.
 */
const MAX_REMEMBERED = 5000;
const translators = new Map<Language, Translate>();

export function translator(language: Language): Translate {
  let t = translators.get(language);
  if (!t) {
    const fixed = instance.getFixedT(language);
    const remembered = new Map<string, string>();
    const memo = (key: string, options?: Record<string, unknown>): string => {
      const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
      let text = remembered.get(id);
      if (text === undefined) {
        text = String(fixed(key as never, options as never));
        if (remembered.size >= MAX_REMEMBERED) remembered.clear();
        remembered.set(id, text);
      }
      return text;
    };
    // Same call shape as i18next's fixed translator, so typed keys still apply at every call site.
    translators.set(language, (t = memo as unknown as Translate));
  }
  return t;
}
