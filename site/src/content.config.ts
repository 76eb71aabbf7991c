import { defineCollection } from 'astro:content';
import {
  articleSchema,
  type ContentCollection,
  contentLocales,
  contentRoot,
  glossaryTermSchema,
  lessonSchema,
  moduleSchema,
  organisationSchema,
  programSchema,
} from '@sundhed/content';
import { glob } from 'astro/loaders';

/*
 * The site reads only content/, in every language, with the same schemas the exporter validated
 * against. Each entry carries its `locale`; ids are "<locale>/<collection>/<slug>".
 */
const fromContent = (name: ContentCollection) =>
  glob({
    pattern: `{${contentLocales.join(',')}}/${name}/*.json`,
    base: contentRoot,
    // By default the loader takes the `slug` field as id, which the two languages share.
    generateId: ({ entry }) => entry.replace(/\.json$/, ''),
  });

export const collections = {
  programs: defineCollection({ loader: fromContent('programs'), schema: programSchema }),
  modules: defineCollection({ loader: fromContent('modules'), schema: moduleSchema }),
  lessons: defineCollection({ loader: fromContent('lessons'), schema: lessonSchema }),
  articles: defineCollection({ loader: fromContent('articles'), schema: articleSchema }),
  glossary: defineCollection({ loader: fromContent('glossary'), schema: glossaryTermSchema }),
  organisations: defineCollection({ loader: fromContent('organisations'), schema: organisationSchema }),
};
