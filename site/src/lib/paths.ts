import type { Locale } from '../i18n/locales.ts';

/* Site addresses in each language's own words: /forloeb/… in Danish, /en/programs/… in English. */
const words = {
  da: {
    root: '/',
    programs: 'forloeb',
    search: 'soeg',
    municipalities: 'kommuner',
    articles: 'artikler',
    glossary: 'ordbog',
    myProgress: 'mit-forloeb',
    accessibility: 'tilgaengelighed',
    offline: 'offline',
    print: 'udskriv',
    signIn: 'log-ind',
    webinars: 'webinarer',
    sessions: 'samtaler',
    messages: 'beskeder',
    myAccount: 'min-konto',
    conversation: 'samtale',
    staff: 'personale',
    planning: 'planlaegning',
    cohorts: 'hold',
    evaluation: 'evaluering',
  },
  en: {
    root: '/en/',
    programs: 'programs',
    search: 'search',
    municipalities: 'municipalities',
    articles: 'articles',
    glossary: 'glossary',
    myProgress: 'my-progress',
    accessibility: 'accessibility',
    offline: 'offline',
    print: 'print',
    signIn: 'sign-in',
    webinars: 'webinars',
    sessions: 'sessions',
    messages: 'messages',
    myAccount: 'my-account',
    conversation: 'conversation',
    staff: 'staff',
    planning: 'planning',
    cohorts: 'cohorts',
    evaluation: 'evaluation',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** The web app manifest (lib/appManifest.ts), one for both languages. */
export const manifestPath = '/manifest.webmanifest';

export type SitePaths = ReturnType<typeof sitePaths>;

export function sitePaths(locale: Locale) {
  const w = words[locale];
  const under = (word: string) => `${w.root}${word}/`;
  const program = (slug: string) => `${under(w.programs)}${slug}/`;
  const module = (programSlug: string, moduleSlug: string) => `${program(programSlug)}${moduleSlug}/`;
  return {
    home: w.root,
    search: under(w.search),
    program,
    module,
    lesson: (programSlug: string, moduleSlug: string, lessonSlug: string) =>
      `${module(programSlug, moduleSlug)}${lessonSlug}/`,
    /** A whole module on one page, to print. */
    modulePrint: (programSlug: string, moduleSlug: string) => `${module(programSlug, moduleSlug)}${w.print}/`,
    municipality: (slug: string) => `${under(w.municipalities)}${slug}/`,
    articles: under(w.articles),
    article: (slug: string) => `${under(w.articles)}${slug}/`,
    glossary: under(w.glossary),
    myProgress: under(w.myProgress),
    accessibility: under(w.accessibility),
    offline: under(w.offline),
    signIn: under(w.signIn),
    webinars: under(w.webinars),
    sessions: under(w.sessions),
    messages: under(w.messages),
    myAccount: under(w.myAccount),
    /** One conversation; which one is in the query (`?id=`), as the page is the same for all. */
    conversation: `${under(w.messages)}${w.conversation}/`,
    /** The staff workspace: the team inbox first. */
    staff: under(w.staff),
    /** One conversation as the team works it (status, assignment, notes); `?id=` names it. */
    staffConversation: `${under(w.staff)}${w.conversation}/`,
    /** The team's webinars, appointment times and bookings. */
    staffPlanning: `${under(w.staff)}${w.planning}/`,
    /** The team's cohorts: the dashboard of one (`?hold=` names it), new cohorts and invitations. */
    staffCohorts: `${under(w.staff)}${w.cohorts}/`,
    /** Figures per program for a municipality, small groups hidden, as CSV too. */
    staffEvaluation: `${under(w.staff)}${w.evaluation}/`,
  };
}
