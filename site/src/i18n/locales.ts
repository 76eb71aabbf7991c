/* The site's languages. Danish is the default and lives at the root; English under /en/. */
export const locales = ['da', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'da';

/** `Astro.currentLocale` is a plain string (or undefined on non-i18n routes); anything else is Danish. */
export function asLocale(value: string | undefined): Locale {
  return value === 'en' ? 'en' : defaultLocale;
}

/** Each language's own name, as the language switch shows it. */
export const localeNames: Record<Locale, string> = { da: 'Dansk', en: 'English' };
