import type { Locale } from '../i18n/locales.ts';

/** A file's size as readers say it: "85 kB", "1,4 MB" in Danish, "1.4 MB" in English. */
export function fileSize(bytes: number, locale: Locale = 'da'): string {
  if (bytes < 1000 * 1000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  const megabytes = (bytes / 1000 / 1000).toFixed(1);
  return `${locale === 'da' ? megabytes.replace('.', ',') : megabytes} MB`;
}
