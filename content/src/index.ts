export * from './layout.ts';
export * from './schema/lesson.ts';
export * from './schema/module.ts';
export * from './schema/municipality.ts';
export * from './schema/program.ts';
export * from './schema/richText.ts';
export * from './schema/slug.ts';
