import { locales } from '../i18n/locales.ts';
import { sitePaths } from '../lib/paths.ts';

/*
 * The pages the service worker keeps as soon as it is installed, in each language: the front page,
 * the offline page, and "Mit forløb", which is also where the installed app opens (lib/appManifest.ts).
 * Its own module, so that no page's script carries it.
 */
export const startPages: readonly string[] = locales.flatMap((locale) => {
  const paths = sitePaths(locale);
  return [paths.home, paths.offline, paths.myProgress];
});
