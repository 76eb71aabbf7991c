import { getCollection } from 'astro:content';
import type { Lesson, Module, Program } from '@sundhed/content';
import type { Locale } from '../i18n/locales.ts';
import { sitePaths } from './paths.ts';

/*
 * The course tree in one language as the reader walks it: program → modules → lessons, each with
 * its address, and every lesson linked to the one before and after it across module boundaries.
 */

export type LessonEntry = {
  lesson: Lesson;
  href: string;
  module: ModuleEntry;
  previous?: LessonEntry;
  next?: LessonEntry;
};
export type ModuleEntry = { module: Module; href: string; program: ProgramEntry; lessons: LessonEntry[] };
export type ProgramEntry = { program: Program; href: string; modules: ModuleEntry[]; lessons: LessonEntry[] };

/** One language's entries of a collection, by slug. Ids start with the language's folder. */
export async function inLocale<T extends { slug: string }>(
  entries: Promise<{ id: string; data: T }[]>,
  locale: Locale,
): Promise<Map<string, T>> {
  const all = await entries;
  return new Map(all.filter(({ id }) => id.startsWith(`${locale}/`)).map(({ data }) => [data.slug, data]));
}

export async function loadCatalog(locale: Locale): Promise<ProgramEntry[]> {
  const paths = sitePaths(locale);
  const [programs, moduleBySlug, lessonBySlug] = await Promise.all([
    inLocale(getCollection('programs'), locale),
    inLocale(getCollection('modules'), locale),
    inLocale(getCollection('lessons'), locale),
  ]);

  return [...programs.values()]
    .map((program) => {
      const entry: ProgramEntry = { program, href: paths.program(program.slug), modules: [], lessons: [] };
      for (const moduleSlug of program.modules) {
        const module = moduleBySlug.get(moduleSlug);
        if (!module) continue;
        const moduleEntry: ModuleEntry = {
          module,
          href: paths.module(program.slug, module.slug),
          program: entry,
          lessons: [],
        };
        for (const lessonSlug of module.lessons) {
          const lesson = lessonBySlug.get(lessonSlug);
          if (!lesson) continue;
          const lessonEntry: LessonEntry = {
            lesson,
            href: paths.lesson(program.slug, module.slug, lesson.slug),
            module: moduleEntry,
          };
          moduleEntry.lessons.push(lessonEntry);
          entry.lessons.push(lessonEntry);
        }
        entry.modules.push(moduleEntry);
      }
      entry.lessons.forEach((lessonEntry, index) => {
        const previous = entry.lessons[index - 1];
        const next = entry.lessons[index + 1];
        if (previous) lessonEntry.previous = previous;
        if (next) lessonEntry.next = next;
      });
      return entry;
    })
    .sort((a, b) => a.program.title.localeCompare(b.program.title, locale));
}
