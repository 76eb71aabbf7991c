import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentChange } from './contentManifest.ts';

/*
 * Which pages a content change can touch. A program's pages (its own, its modules', their print
 * versions and its lessons') read only that program's documents and the organisations, so a
 * changed lesson, module or program rebuilds the programs it belongs to. Every page outside the
 * programs (home, search, municipalities, articles, the glossary, the account and staff pages) is
 * rebuilt with any publish: there are a few hundred, and several list programs. Anything else
 * (organisations, which every lesson page names as offers; a removed document, whose page must
 * go) rebuilds everything. A new media file only needs copying.
 */

export type PublishScope = { everything: true; why: string } | { everything: false; programs: string[] };

type Catalog = { modulesOf: Map<string, string[]>; lessonsOf: Map<string, string[]> };

function readCatalog(contentDir: string, locale: string): Catalog {
  const read = (collection: string) => {
    const dir = join(contentDir, locale, collection);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));
  };
  return {
    modulesOf: new Map(read('programs').map((program) => [program.slug, program.modules])),
    lessonsOf: new Map(read('modules').map((module) => [module.slug, module.lessons])),
  };
}

const documentPath = /^(da|en)\/(lessons|modules|programs|articles|glossary)\/([a-z0-9-]+)\.json$/;

export function publishScope(changes: ContentChange[], contentDir: string): PublishScope {
  const programs = new Set<string>();
  const catalogs = new Map<string, Catalog>();
  const catalog = (locale: string): Catalog => {
    const known = catalogs.get(locale) ?? readCatalog(contentDir, locale);
    catalogs.set(locale, known);
    return known;
  };
  const programsWithModule = (locale: string, module: string) =>
    [...catalog(locale).modulesOf].filter(([, modules]) => modules.includes(module)).map(([program]) => program);

  for (const change of changes) {
    // A new media file (named by its bytes) is copied in; the pages using it changed with it.
    if (change.kind === 'added' && change.path.startsWith('media/')) continue;
    const match = documentPath.exec(change.path);
    if (!match || change.kind === 'removed') return { everything: true, why: `${change.path} was ${change.kind}` };
    const [, locale = 'da', collection, slug = ''] = match;
    if (collection === 'programs') programs.add(slug);
    else if (collection === 'modules') for (const program of programsWithModule(locale, slug)) programs.add(program);
    else if (collection === 'lessons')
      for (const [module, lessons] of catalog(locale).lessonsOf)
        if (lessons.includes(slug)) for (const program of programsWithModule(locale, module)) programs.add(program);
    // Articles and the glossary live outside the programs: the pages rebuilt with any publish.
  }
  return { everything: false, programs: [...programs].sort() };
}
