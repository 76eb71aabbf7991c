export * from './layout.ts';
export * from './schema/lesson.ts';
export * from './schema/module.ts';
export * from './schema/organisation.ts';
export * from './schema/program.ts';
export * from './schema/provenance.ts';
export * from './schema/richText.ts';
export * from './schema/slug.ts';
