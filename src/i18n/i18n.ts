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

export function translator(language: Language): Translate {
  return instance.getFixedT(language);
}
