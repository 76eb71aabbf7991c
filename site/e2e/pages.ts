/* Addresses of the committed demo content that the e2e tests walk through. */
export const program = '/forloeb/lev-livet-med-type-2-diabetes/';
export const module = `${program}forstaa-din-diabetes/`;
export const lesson = `${module}maal-dit-blodsukker/`;
export const search = '/soeg/';
export const lessonCount = 6;
/** A lesson with a picture and a captioned video, and one with a PDF to download. */
export const videoLesson = `${program}mad-og-bevaegelse/kom-i-gang-med-bevaegelse/`;
export const downloadLesson =
  '/forloeb/livsstilsstoette-mad-bevaegelse-og-rygestop/mad-og-maaltider-i-hverdagen/madplan-og-madbudget/';
