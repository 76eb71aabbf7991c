/* Addresses of the committed demo content that the e2e tests walk through. */
export const program = '/forloeb/lev-livet-med-type-2-diabetes/';
export const module = `${program}forstaa-din-diabetes/`;
export const lesson = `${module}maal-dit-blodsukker/`;
export const search = '/soeg/';
export const lessonCount = 6;
