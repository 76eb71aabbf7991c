/** Site addresses. Danish words, since the Danish site is the default. */
export const homePath = '/';
export const searchPath = '/soeg/';
export const programPath = (program: string) => `/forloeb/${program}/`;
export const modulePath = (program: string, module: string) => `${programPath(program)}${module}/`;
export const lessonPath = (program: string, module: string, lesson: string) =>
  `${modulePath(program, module)}${lesson}/`;
