import { getCollection } from 'astro:content';
import type { Adoption, Article, GlossaryTerm, Organisation } from '@sundhed/content';
import { type Locale, locales } from '../i18n/locales.ts';
import { inLocale, type LessonEntry, loadCatalog, type ModuleEntry, type ProgramEntry } from './catalog.ts';
import { sitePaths } from './paths.ts';

/*
 * Every page of the site, in every language, from content/ alone. A page's `key` names the same
 * page across languages, which gives the language switch and `hreflang` their targets.
 */

/** A municipality or association offering a program, with its local adaptation if it made one. */
export type Offer = { organisation: Organisation; href: string; adoption?: Adoption };

export type PageData =
  | { view: 'home'; programs: ProgramEntry[]; municipalities: Offer[] }
  | { view: 'program'; entry: ProgramEntry; offers: Offer[] }
  | { view: 'module'; entry: ModuleEntry }
  | { view: 'modulePrint'; entry: ModuleEntry }
  | { view: 'lesson'; entry: LessonEntry; offers: Offer[] }
  | { view: 'search' }
  | { view: 'municipality'; organisation: Organisation; programs: ProgramEntry[] }
  | { view: 'articles'; articles: { article: Article; href: string }[] }
  | { view: 'article'; article: Article }
  | { view: 'glossary'; terms: GlossaryTerm[] }
  | { view: 'myProgress'; programs: ProgramEntry[] }
  | { view: 'accessibility' }
  | { view: 'signIn' }
  | { view: 'webinars' }
  | { view: 'sessions' }
  | { view: 'messages' }
  | { view: 'conversation' }
  | { view: 'myAccount' }
  | { view: 'staffInbox' }
  | { view: 'staffConversation' }
  | { view: 'staffPlanning' }
  | { view: 'staffCohorts'; programs: ProgramEntry[] }
  | { view: 'staffEvaluation'; programs: ProgramEntry[] }
  | { view: 'offline' };

export type Route = {
  key: string;
  locale: Locale;
  href: string;
  /** True when this language had no text of its own and Danish stands in. */
  fallback: boolean;
  data: PageData;
  /** The program whose documents alone this page shows; none for pages outside the programs. */
  program?: string;
};

async function routesIn(locale: Locale): Promise<Route[]> {
  const paths = sitePaths(locale);
  const [programs, organisations, articles, glossary] = await Promise.all([
    loadCatalog(locale),
    inLocale(getCollection('organisations'), locale),
    inLocale(getCollection('articles'), locale),
    inLocale(getCollection('glossary'), locale),
  ]);
  const byName = (a: Organisation, b: Organisation) => a.name.localeCompare(b.name, locale);
  const offersOf = (program: string): Offer[] =>
    [...organisations.values()]
      .filter((organisation) => organisation.kind === 'municipality' && organisation.programs.includes(program))
      .sort(byName)
      .map((organisation) => {
        const adoption = organisation.adoptions.find((candidate) => candidate.program === program);
        return { organisation, href: paths.municipality(organisation.slug), ...(adoption ? { adoption } : {}) };
      });
  const page = (key: string, href: string, data: PageData, fallback = false, program?: string): Route => ({
    key,
    locale,
    href,
    fallback,
    data,
    ...(program ? { program } : {}),
  });

  const municipalities = [...organisations.values()]
    .filter((organisation) => organisation.kind === 'municipality')
    .sort(byName)
    .map((organisation) => ({ organisation, href: paths.municipality(organisation.slug) }));
  const sortedArticles = [...articles.values()].sort((a, b) => a.title.localeCompare(b.title, locale));

  return [
    page('home', paths.home, { view: 'home', programs, municipalities }),
    page('search', paths.search, { view: 'search' }),
    page('myProgress', paths.myProgress, { view: 'myProgress', programs }),
    page('accessibility', paths.accessibility, { view: 'accessibility' }),
    page('signIn', paths.signIn, { view: 'signIn' }),
    page('webinars', paths.webinars, { view: 'webinars' }),
    page('sessions', paths.sessions, { view: 'sessions' }),
    page('messages', paths.messages, { view: 'messages' }),
    page('conversation', paths.conversation, { view: 'conversation' }),
    page('myAccount', paths.myAccount, { view: 'myAccount' }),
    page('staffInbox', paths.staff, { view: 'staffInbox' }),
    page('staffConversation', paths.staffConversation, { view: 'staffConversation' }),
    page('staffPlanning', paths.staffPlanning, { view: 'staffPlanning' }),
    page('staffCohorts', paths.staffCohorts, { view: 'staffCohorts', programs }),
    page('staffEvaluation', paths.staffEvaluation, { view: 'staffEvaluation', programs }),
    page('offline', paths.offline, { view: 'offline' }),
    page(
      'glossary',
      paths.glossary,
      { view: 'glossary', terms: [...glossary.values()].sort((a, b) => a.title.localeCompare(b.title, locale)) },
      glossary.size > 0 && [...glossary.values()].every((term) => term.fallback),
    ),
    page('articles', paths.articles, {
      view: 'articles',
      articles: sortedArticles.map((article) => ({ article, href: paths.article(article.slug) })),
    }),
    ...sortedArticles.map((article) =>
      page(`article:${article.slug}`, paths.article(article.slug), { view: 'article', article }, article.fallback),
    ),
    ...[...organisations.values()].map((organisation) =>
      page(`municipality:${organisation.slug}`, paths.municipality(organisation.slug), {
        view: 'municipality',
        organisation,
        programs: programs.filter(({ program }) => organisation.programs.includes(program.slug)),
      }),
    ),
    ...programs.flatMap((entry) => [
      page(
        `program:${entry.program.slug}`,
        entry.href,
        { view: 'program', entry, offers: offersOf(entry.program.slug) },
        entry.program.fallback,
        entry.program.slug,
      ),
      ...entry.modules.map((moduleEntry) =>
        page(
          `module:${entry.program.slug}/${moduleEntry.module.slug}`,
          moduleEntry.href,
          { view: 'module', entry: moduleEntry },
          moduleEntry.module.fallback,
          entry.program.slug,
        ),
      ),
      ...entry.modules.map((moduleEntry) =>
        page(
          `modulePrint:${entry.program.slug}/${moduleEntry.module.slug}`,
          paths.modulePrint(entry.program.slug, moduleEntry.module.slug),
          { view: 'modulePrint', entry: moduleEntry },
          moduleEntry.module.fallback,
          entry.program.slug,
        ),
      ),
      ...entry.lessons.map((lessonEntry) =>
        page(
          `lesson:${entry.program.slug}/${lessonEntry.module.module.slug}/${lessonEntry.lesson.slug}`,
          lessonEntry.href,
          { view: 'lesson', entry: lessonEntry, offers: offersOf(entry.program.slug) },
          lessonEntry.lesson.fallback,
          entry.program.slug,
        ),
      ),
    ]),
  ];
}

/**
 * The same page in each language. `translated` (for hreflang) leaves out a language whose text is
 * Danish standing in; `all` (for the language switch) keeps it, since the page exists.
 */
export type Alternates = { translated: Partial<Record<Locale, string>>; all: Partial<Record<Locale, string>> };

export async function allRoutes(): Promise<{ route: Route; alternates: Alternates }[]> {
  const routes = (await Promise.all(locales.map(routesIn))).flat();
  const byKey = new Map<string, Alternates>();
  for (const route of routes) {
    const known = byKey.get(route.key) ?? { translated: {}, all: {} };
    known.all[route.locale] = route.href;
    if (!route.fallback) known.translated[route.locale] = route.href;
    byKey.set(route.key, known);
  }
  const only = onlyPrograms();
  return routes
    .filter((route) => !only || route.program === undefined || only.has(route.program))
    .map((route) => ({ route, alternates: byKey.get(route.key) ?? { translated: {}, all: {} } }));
}

/**
 * A publish that rebuilds only some programs (build/publishScope.ts) names them in
 * SUNDHED_ONLY_PROGRAMS; the pages outside the programs are always built. Unset: every page.
 */
function onlyPrograms(): Set<string> | undefined {
  const listed = process.env.SUNDHED_ONLY_PROGRAMS;
  return listed === undefined ? undefined : new Set(listed.split(',').filter(Boolean));
}

/** What a view component receives from the catch-all route. */
export type ViewProps<V extends PageData['view']> = {
  alternates: Alternates;
  fallback: boolean;
  data: Extract<PageData, { view: V }>;
};
