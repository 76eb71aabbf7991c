/* Addresses of the committed demo content that the e2e tests walk through. */
export const program = '/forloeb/lev-livet-med-type-2-diabetes/';
export const module = `${program}forstaa-din-diabetes/`;
export const lesson = `${module}maal-dit-blodsukker/`;
export const search = '/soeg/';
export const lessonCount = 6;
/** A lesson with a captioned video, and one with a PDF to download. (`lesson` has a picture.) */
export const videoLesson = `${program}mad-og-bevaegelse/kom-i-gang-med-bevaegelse/`;
export const downloadLesson =
  '/forloeb/livsstilsstoette-mad-bevaegelse-og-rygestop/mad-og-maaltider-i-hverdagen/madplan-og-madbudget/';

/** One page of every type, in each language. The diabetes program is translated in full. */
export const pageTypes = {
  da: {
    home: '/',
    program,
    module,
    lesson,
    search,
    municipality: '/kommuner/odense/',
    articles: '/artikler/',
    article: '/artikler/sov-godt-med-diabetes/',
    glossary: '/ordbog/',
    myProgress: '/mit-forloeb/',
    accessibility: '/tilgaengelighed/',
    offline: '/offline/',
    signIn: '/log-ind/',
    webinars: '/webinarer/',
    sessions: '/samtaler/',
    messages: '/beskeder/',
    conversation: '/beskeder/samtale/?id=00000000-0000-4000-8000-000000110001',
    myAccount: '/min-konto/',
    staffInbox: '/personale/',
    staffConversation: '/personale/samtale/?id=00000000-0000-4000-8000-000000110001',
    staffPlanning: '/personale/planlaegning/',
    staffCohorts: '/personale/hold/',
    staffEvaluation: '/personale/evaluering/',
  },
  en: {
    home: '/en/',
    program: '/en/programs/lev-livet-med-type-2-diabetes/',
    module: '/en/programs/lev-livet-med-type-2-diabetes/forstaa-din-diabetes/',
    lesson: '/en/programs/lev-livet-med-type-2-diabetes/forstaa-din-diabetes/maal-dit-blodsukker/',
    search: '/en/search/',
    municipality: '/en/municipalities/odense/',
    articles: '/en/articles/',
    article: '/en/articles/sov-godt-med-diabetes/',
    glossary: '/en/glossary/',
    myProgress: '/en/my-progress/',
    accessibility: '/en/accessibility/',
    offline: '/en/offline/',
    signIn: '/en/sign-in/',
    webinars: '/en/webinars/',
    sessions: '/en/sessions/',
    messages: '/en/messages/',
    conversation: '/en/messages/conversation/?id=00000000-0000-4000-8000-000000110001',
    myAccount: '/en/my-account/',
    staffInbox: '/en/staff/',
    staffConversation: '/en/staff/conversation/?id=00000000-0000-4000-8000-000000110001',
    staffPlanning: '/en/staff/planning/',
    staffCohorts: '/en/staff/cohorts/',
    staffEvaluation: '/en/staff/evaluation/',
  },
} as const;

/** A Danish-only lesson as the English site shows it: the Danish text standing in. */
export const fallbackLesson = '/en/programs/lev-livet-med-kol/forstaa-din-kol/hvad-er-kol/';
