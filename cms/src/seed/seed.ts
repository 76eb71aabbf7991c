import type { Payload } from 'payload';
import { quietContext } from '../hooks/notifyPublish.ts';
import { demoModules, demoOrganisations, demoOwnerSlug, demoProgram } from './demoDiabetes.ts';
import type { Login } from './demoLogin.ts';

export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true });
  return totalDocs === 0;
}

/** Loads the demo program (published, Danish) and an admin user into an empty database. */
export async function seedDemo(payload: Payload, admin: Login): Promise<void> {
  await payload.create({
    collection: 'users',
    data: { email: admin.email, password: admin.password, name: 'Demo-administrator', platformAdmin: true },
    context: quietContext(),
  });

  const organisationIds = new Map<string, number>();
  for (const organisation of demoOrganisations) {
    const created = await payload.create({ collection: 'organisations', data: organisation, context: quietContext() });
    organisationIds.set(organisation.slug, created.id);
  }
  const owner = organisationIds.get(demoOwnerSlug);
  if (owner === undefined) throw new Error(`demo owner ${demoOwnerSlug} missing`);
  const shared = { owner, visibility: 'national' as const };

  const moduleIds: number[] = [];
  for (const { lessons, ...module } of demoModules) {
    const lessonIds: number[] = [];
    for (const lesson of lessons) {
      const created = await payload.create({
        collection: 'lessons',
        locale: 'da',
        data: { ...lesson, ...shared, _status: 'published' },
        context: quietContext(),
      });
      lessonIds.push(created.id);
    }
    const created = await payload.create({
      collection: 'modules',
      locale: 'da',
      data: { ...module, ...shared, lessons: lessonIds, _status: 'published' },
      context: quietContext(),
    });
    moduleIds.push(created.id);
  }

  await payload.create({
    collection: 'programs',
    locale: 'da',
    data: { ...demoProgram, ...shared, modules: moduleIds, _status: 'published' },
    context: quietContext(),
  });
}
