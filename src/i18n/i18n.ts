// The one i18next instance for UI strings, with bundled resources (no backend, no I/O).
// Callers take a fixed translator per turn (`translator(language)`) instead of switching a global language.
import i18next, { type TFunction } from 'i18next';
import en from './locales/en.json';
import fr from './locales/fr.json';
import type { Language } from '../core/types';

export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'fr'],
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
