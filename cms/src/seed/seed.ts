import type { Payload } from 'payload';
import { quietContext } from '../hooks/notifyPublish.ts';
import { demoArticle, demoGlossary, demoOrganisations } from './demoLibrary.ts';
import type { DemoLogins } from './demoLogin.ts';
import { demoPrograms, demoTranslations } from './programs/index.ts';
import { seedMedia, withMediaIds } from './seedMedia.ts';
import type { SeedProgram, SeedTranslation } from './types.ts';

/** The demo content's recorded clinical approval: fixed, so the exported files are reproducible. */
const demoApprovedAt = '2026-11-01T09:00:00.000Z';

export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true });
  return totalDocs === 0;
}

type Ids = Map<string, number>;
const need = (ids: Ids, key: string) => {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`seed: nothing called "${key}"`);
  return id;
};

async function seedUsers(payload: Payload, logins: DemoLogins, organisations: Ids): Promise<number> {
  const user = async (login: DemoLogins['admin'], name: string, extra: Record<string, unknown>) =>
    (
      await payload.create({
        collection: 'users',
        data: { email: login.email, password: login.password, name, ...extra },
        context: quietContext(),
      })
    ).id;
  const odense = need(organisations, 'odense');
  await user(logins.admin, 'Demo-administrator', { platformAdmin: true });
  await user(logins.editor, 'Demo-redaktør', { memberships: [{ organisation: odense, role: 'editor' }] });
  // One clinical reviewer serves the three demo municipalities, as a shared regional nurse might.
  const reviewer = await user(logins.reviewer, 'Demo-sygeplejerske (klinisk reviewer)', {
    memberships: ['odense', 'kolding', 'svendborg'].map((slug) => ({
      organisation: need(organisations, slug),
      role: 'reviewer',
    })),
  });
  // An association's contributor writes for the municipality, which reviews and publishes.
  await user(logins.contributor, 'Demo-bidragyder', {
    memberships: [
      { organisation: need(organisations, 'patientforening-diabetes-demo'), role: 'contributor' },
      { organisation: odense, role: 'contributor' },
    ],
  });
  return reviewer;
}

/**
 * Loads the demo organisations, one user per role, the media library and the five demo programs
 * (one with an English translation), each published after a recorded clinical approval.
 */
export async function seedDemo(payload: Payload, logins: DemoLogins): Promise<void> {
  const organisations: Ids = new Map();
  for (const organisation of demoOrganisations) {
    const created = await payload.create({ collection: 'organisations', data: organisation, context: quietContext() });
    organisations.set(organisation.slug, created.id);
  }
  const reviewer = await seedUsers(payload, logins, organisations);
  const approved = { approval: { reviewer, approvedAt: demoApprovedAt }, _status: 'published' as const };

  const sharingOf = (programSlug: string) => {
    const program = demoPrograms.find((candidate) => candidate.program.slug === programSlug);
    if (!program) throw new Error(`seed: no program "${programSlug}"`);
    return {
      owner: need(organisations, program.owner),
      visibility: program.visibility,
      sharedWith: (program.sharedWith ?? []).map((slug) => need(organisations, slug)),
    };
  };
  const media = await seedMedia(payload, sharingOf);

  for (const program of demoPrograms) {
    const published = { ...sharingOf(program.program.slug), ...approved };
    const ids = await seedProgram(payload, program, published, media);
    const translation = demoTranslations[program.program.slug];
    if (translation) await translate(payload, translation, ids, approved, media);
  }

  const library = { ...sharingOf('lev-livet-med-type-2-diabetes'), ...approved };
  for (const term of demoGlossary) {
    await payload.create({
      collection: 'glossary',
      locale: 'da',
      data: { ...term, ...library },
      context: quietContext(),
    });
  }
  await payload.create({
    collection: 'articles',
    locale: 'da',
    data: { ...demoArticle, ...library },
    context: quietContext(),
  });
}

type ProgramIds = { program: number; modules: Ids; lessons: Ids };
type Published = Record<string, unknown>;

async function seedProgram(payload: Payload, seed: SeedProgram, published: Published, media: Ids): Promise<ProgramIds> {
  const create = async (collection: 'lessons' | 'modules' | 'programs', data: Record<string, unknown>) =>
    (
      await payload.create({
        collection,
        locale: 'da',
        data: { ...data, ...published } as never,
        context: quietContext(),
      })
    ).id as number;
  const ids: ProgramIds = { program: 0, modules: new Map(), lessons: new Map() };
  for (const { lessons, ...module } of seed.modules) {
    const lessonIds: number[] = [];
    for (const lesson of lessons) {
      const id = await create('lessons', { ...lesson, body: withMediaIds(lesson.body, media) });
      ids.lessons.set(lesson.slug, id);
      lessonIds.push(id);
    }
    ids.modules.set(module.slug, await create('modules', { ...module, lessons: lessonIds }));
  }
  ids.program = await create('programs', { ...seed.program, demo: true, modules: [...ids.modules.values()] });
  return ids;
}

/** Adds the English text to a seeded program; each document's English version is approved as well. */
async function translate(payload: Payload, seed: SeedTranslation, ids: ProgramIds, approved: Published, media: Ids) {
  const update = (collection: 'lessons' | 'modules' | 'programs', id: number, data: Record<string, unknown>) =>
    payload.update({ collection, id, locale: 'en', data: { ...data, ...approved } as never, context: quietContext() });
  for (const [slug, lesson] of Object.entries(seed.lessons)) {
    await update('lessons', need(ids.lessons, slug), { ...lesson, body: withMediaIds(lesson.body, media) });
  }
  for (const [slug, module] of Object.entries(seed.modules)) await update('modules', need(ids.modules, slug), module);
  await update('programs', ids.program, seed.program);
}
