import { defineCollection } from 'astro:content';
import { collectionDir, lessonSchema, moduleSchema, organisationSchema, programSchema } from '@sundhed/content';
import { glob } from 'astro/loaders';

/* The site reads only content/ (Danish for now): the same schemas the exporter validated against. */
const fromContent = (name: Parameters<typeof collectionDir>[1]) =>
  glob({ pattern: '*.json', base: collectionDir('da', name) });

export const collections = {
  programs: defineCollection({ loader: fromContent('programs'), schema: programSchema }),
  modules: defineCollection({ loader: fromContent('modules'), schema: moduleSchema }),
  lessons: defineCollection({ loader: fromContent('lessons'), schema: lessonSchema }),
  organisations: defineCollection({ loader: fromContent('organisations'), schema: organisationSchema }),
};
