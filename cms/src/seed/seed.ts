import type { Payload } from 'payload';
import { quietContext } from '../hooks/notifyPublish.ts';
import {
  demoArticle,
  demoGlossary,
  demoModules,
  demoOrganisations,
  demoOwnerSlug,
  demoProgram,
} from './demoDiabetes.ts';
import type { DemoLogins } from './demoLogin.ts';

/** The demo content's recorded clinical approval: fixed, so the exported files are reproducible. */
const demoApprovedAt = '2026-11-01T09:00:00.000Z';

export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true });
  return totalDocs === 0;
}

/**
 * Loads the demo organisations, one user per role, and the demo program, published after a
 * recorded clinical approval, into an empty database.
 */
export async function seedDemo(payload: Payload, logins: DemoLogins): Promise<void> {
  const organisationIds = new Map<string, number>();
  for (const organisation of demoOrganisations) {
    const created = await payload.create({ collection: 'organisations', data: organisation, context: quietContext() });
    organisationIds.set(organisation.slug, created.id);
  }
  const owner = organisationIds.get(demoOwnerSlug);
  const association = organisationIds.get('patientforening-diabetes-demo');
  if (owner === undefined || association === undefined) throw new Error('demo organisations missing');

  const user = async (login: DemoLogins['admin'], name: string, extra: Record<string, unknown>) =>
    (
      await payload.create({
        collection: 'users',
        data: { email: login.email, password: login.password, name, ...extra },
        context: quietContext(),
      })
    ).id;
  await user(logins.admin, 'Demo-administrator', { platformAdmin: true });
  await user(logins.editor, 'Demo-redaktør', { memberships: [{ organisation: owner, role: 'editor' }] });
  const reviewer = await user(logins.reviewer, 'Demo-sygeplejerske (klinisk reviewer)', {
    memberships: [{ organisation: owner, role: 'reviewer' }],
  });
  // An association's contributor writes for the municipality, which reviews and publishes.
  await user(logins.contributor, 'Demo-bidragyder', {
    memberships: [
      { organisation: association, role: 'contributor' },
      { organisation: owner, role: 'contributor' },
    ],
  });

  const published = {
    owner,
    visibility: 'national' as const,
    approval: { reviewer, approvedAt: demoApprovedAt },
    _status: 'published' as const,
  };
  const moduleIds: number[] = [];
  for (const { lessons, ...module } of demoModules) {
    const lessonIds: number[] = [];
    for (const lesson of lessons) {
      const created = await payload.create({
        collection: 'lessons',
        locale: 'da',
        data: { ...lesson, ...published },
        context: quietContext(),
      });
      lessonIds.push(created.id);
    }
    const created = await payload.create({
      collection: 'modules',
      locale: 'da',
      data: { ...module, ...published, lessons: lessonIds },
      context: quietContext(),
    });
    moduleIds.push(created.id);
  }

  for (const term of demoGlossary) {
    await payload.create({
      collection: 'glossary',
      locale: 'da',
      data: { ...term, ...published },
      context: quietContext(),
    });
  }
  await payload.create({
    collection: 'articles',
    locale: 'da',
    data: { ...demoArticle, ...published },
    context: quietContext(),
  });

  await payload.create({
    collection: 'programs',
    locale: 'da',
    data: { ...demoProgram, ...published, modules: moduleIds },
    context: quietContext(),
  });
}
