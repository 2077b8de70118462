import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { addFormats } from './formats';
import { en } from './en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

/**
 * Every language Parley ships. Adding one: a file shaped like `en.ts` (typed as
 * `typeof en`, missing keys fall back to English) and a line here.
 */
const resources = { en: { translation: en } } as const;

/** Strings go through i18next so that keys are checked by the compiler and languages can be added. */
export async function initI18n(language = navigator.language): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: Object.keys(resources),
    nonExplicitSupportedLngs: true,
    resources,
    // React escapes text itself; <Trans> renders the few tags our strings use.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  addFormats(i18next);
}
