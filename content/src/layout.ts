import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleSchema } from './schema/article.ts';
import { glossaryTermSchema } from './schema/glossaryTerm.ts';
import { lessonSchema } from './schema/lesson.ts';
import { moduleSchema } from './schema/module.ts';
import { organisationSchema } from './schema/organisation.ts';
import { programSchema } from './schema/program.ts';

/*
 * Where published content lives on disk: content/<locale>/<collection>/<slug>.json.
 * The exporter writes this layout and the site's content config reads it; both import it from here.
 */

/*
 * SUNDHED_CONTENT_DIR points the site at another tree of the same layout: the scale benchmark builds
 * generated lessons this way (scripts/bench/lessons/). Nothing else sets it.
 * (Not `new URL('..', import.meta.url)`: Turbopack takes that for an asset import.)
 */
export const contentRoot = `${resolve(process.env.SUNDHED_CONTENT_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), '..'))}/`;

export const contentLocales = ['da', 'en'] as const;
export type ContentLocale = (typeof contentLocales)[number];

export const contentCollections = {
  programs: programSchema,
  modules: moduleSchema,
  lessons: lessonSchema,
  articles: articleSchema,
  glossary: glossaryTermSchema,
  organisations: organisationSchema,
} as const;
export type ContentCollection = keyof typeof contentCollections;

export function collectionDir(locale: ContentLocale, collection: ContentCollection): string {
  return `${contentRoot}${locale}/${collection}`;
}
