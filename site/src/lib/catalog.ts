import { getCollection } from 'astro:content';
import type { Lesson, Module, Program } from '@sundhed/content';
import { lessonPath, modulePath, programPath } from './paths.ts';

/*
 * The course tree as the reader walks it: program → modules → lessons, each with its address, and
 * every lesson linked to the one before and after it across module boundaries.
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

function bySlug<T extends { slug: string }>(items: { data: T }[]): Map<string, T> {
  return new Map(items.map((item) => [item.data.slug, item.data]));
}

export async function loadCatalog(): Promise<ProgramEntry[]> {
  const [programs, modules, lessons] = await Promise.all([
    getCollection('programs'),
    getCollection('modules'),
    getCollection('lessons'),
  ]);
  const moduleBySlug = bySlug(modules);
  const lessonBySlug = bySlug(lessons);

  return programs
    .map(({ data: program }) => {
      const entry: ProgramEntry = { program, href: programPath(program.slug), modules: [], lessons: [] };
      for (const moduleSlug of program.modules) {
        const module = moduleBySlug.get(moduleSlug);
        if (!module) continue;
        const moduleEntry: ModuleEntry = {
          module,
          href: modulePath(program.slug, module.slug),
          program: entry,
          lessons: [],
        };
        for (const lessonSlug of module.lessons) {
          const lesson = lessonBySlug.get(lessonSlug);
          if (!lesson) continue;
          const lessonEntry: LessonEntry = {
            lesson,
            href: lessonPath(program.slug, module.slug, lesson.slug),
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
    .sort((a, b) => a.program.title.localeCompare(b.program.title, 'da'));
}
