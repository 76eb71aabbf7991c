import type { Payload, PayloadRequest } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quietContext } from '../../src/hooks/notifyPublish.ts';
import { p, richText } from '../../src/seed/lexical.ts';
import { overdueReviews } from '../../src/workflow/overdueReviews.ts';
import { createFixture, type Fixture } from './access/fixture.ts';
import { type ThrowawayCms, throwawayCms } from './throwawayCms.ts';

/*
 * draft → in review → approved → published, as the people involved would do it: a patient
 * association's contributor (a contributor member of the municipality) writes, the municipality's
 * clinical reviewer approves, its editor publishes.
 */

type User = NonNullable<PayloadRequest['user']>;
let cms: ThrowawayCms;
let payload: Payload;
let fixture: Fixture;
const people: Record<'contributor' | 'reviewer' | 'editor', User> = {} as never;

async function userByEmail(email: string): Promise<User> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 });
  if (!docs[0]) throw new Error(`no user ${email}`);
  return { ...docs[0], collection: 'users' } as User;
}

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? value.id : (value ?? undefined);
const as = (user: User) => ({ user, overrideAccess: false, context: quietContext() });

async function newLesson(title: string) {
  return payload.create({
    collection: 'lessons',
    draft: true,
    data: {
      title,
      summary: 'Til gennemsyn',
      owner: fixture.organisations.home,
      visibility: 'own',
      body: richText(p('Tekst.')),
    } as never,
    ...as(people.contributor),
  });
}

async function publishedVersion(id: number) {
  const { docs } = await payload.find({
    collection: 'lessons',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    draft: false,
  });
  return docs[0];
}

beforeAll(async () => {
  cms = await throwawayCms();
  payload = cms.payload;
  fixture = await createFixture(payload);
  await payload.create({
    collection: 'users',
    data: {
      email: 'forening@matrix.test',
      password: 'matrix-test-password-1',
      memberships: [
        { organisation: fixture.organisations.association, role: 'contributor' },
        { organisation: fixture.organisations.home, role: 'contributor' },
      ],
    },
    context: quietContext(),
  });
  people.contributor = await userByEmail('forening@matrix.test');
  people.reviewer = await userByEmail('reviewer@matrix.test');
  people.editor = await userByEmail('editor@matrix.test');
});
afterAll(async () => cms.close());

describe('clinical review before publishing', () => {
  it('follows draft → in review → approved → published, recording who approved and when', async () => {
    const lesson = await newLesson('Motion og insulin');
    expect(lesson.reviewState).toBe('draft');

    const submitted = await payload.update({
      collection: 'lessons',
      id: lesson.id,
      draft: true,
      data: { reviewState: 'in-review' },
      ...as(people.contributor),
    });
    expect(submitted.reviewState).toBe('in-review');

    const before = Date.now();
    const approved = await payload.update({
      collection: 'lessons',
      id: lesson.id,
      draft: true,
      data: { reviewState: 'approved' },
      ...as(people.reviewer),
    });
    expect(approved.reviewState).toBe('approved');
    expect(idOf(approved.approval?.reviewer)).toBe(people.reviewer.id);
    expect(new Date(approved.approval?.approvedAt ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000);

    const published = await payload.update({
      collection: 'lessons',
      id: lesson.id,
      data: { _status: 'published' },
      ...as(people.editor),
    });
    expect(published._status).toBe('published');
    const reviewBy = new Date(published.reviewBy ?? 0);
    const expected = new Date(approved.approval?.approvedAt ?? 0);
    expected.setMonth(expected.getMonth() + 12);
    expect(reviewBy.toISOString()).toBe(expected.toISOString());
  });

  it('refuses to publish content no reviewer has approved, and publishes nothing', async () => {
    const lesson = await newLesson('Ikke godkendt');
    await expect(
      payload.update({ collection: 'lessons', id: lesson.id, data: { _status: 'published' }, ...as(people.editor) }),
    ).rejects.toThrow(/klinisk reviewer skal først godkende/);
    expect(await publishedVersion(lesson.id)).toBeUndefined();
  });

  it('lets only a clinical reviewer approve', async () => {
    const lesson = await newLesson('Selvgodkendt');
    for (const person of [people.contributor, people.editor]) {
      await expect(
        payload.update({
          collection: 'lessons',
          id: lesson.id,
          draft: true,
          data: { reviewState: 'approved' },
          ...as(person),
        }),
      ).rejects.toThrow(/Kun en klinisk reviewer/);
    }
  });

  it('ignores an approval a client sends, and lets no contributor publish', async () => {
    const lesson = await newLesson('Forfalsket godkendelse');
    const forged = { reviewer: people.reviewer.id, approvedAt: '2026-01-01T00:00:00.000Z', contentHash: 'x' };
    const saved = await payload.update({
      collection: 'lessons',
      id: lesson.id,
      draft: true,
      data: { approval: forged } as never,
      ...as(people.editor),
    });
    expect(idOf(saved.approval?.reviewer)).toBeUndefined();
    await expect(
      payload.update({ collection: 'lessons', id: lesson.id, data: { _status: 'published' }, ...as(people.editor) }),
    ).rejects.toThrow(/klinisk reviewer/);

    await payload.update({
      collection: 'lessons',
      id: lesson.id,
      draft: true,
      data: { reviewState: 'approved' },
      ...as(people.reviewer),
    });
    await expect(
      payload.update({
        collection: 'lessons',
        id: lesson.id,
        data: { _status: 'published' },
        ...as(people.contributor),
      }),
    ).rejects.toThrow(/Kun redaktører/);
  });

  it('makes an approval stale when the approved text changes', async () => {
    const lesson = await newLesson('Ændret efter godkendelse');
    await payload.update({
      collection: 'lessons',
      id: lesson.id,
      draft: true,
      data: { reviewState: 'approved' },
      ...as(people.reviewer),
    });
    const edited = await payload.update({
      collection: 'lessons',
      id: lesson.id,
      draft: true,
      data: { body: richText(p('Ny tekst, som ingen har set.')), reviewState: 'approved' } as never,
      ...as(people.editor),
    });
    expect(edited.reviewState).toBe('draft');
    await expect(
      payload.update({ collection: 'lessons', id: lesson.id, data: { _status: 'published' }, ...as(people.editor) }),
    ).rejects.toThrow(/klinisk reviewer skal først godkende/);
  });

  it('never publishes an unapproved version through restore', async () => {
    const lesson = await newLesson('Gendannelse');
    await payload.update({
      collection: 'lessons',
      id: lesson.id,
      draft: true,
      data: { reviewState: 'approved' },
      ...as(people.reviewer),
    });
    await payload.update({
      collection: 'lessons',
      id: lesson.id,
      data: { _status: 'published' },
      ...as(people.editor),
    });
    await payload.update({
      collection: 'lessons',
      id: lesson.id,
      draft: true,
      data: { title: 'Gendannelse – ugodkendt' },
      ...as(people.editor),
    });
    const { docs } = await payload.findVersions({ collection: 'lessons', where: { parent: { equals: lesson.id } } });
    const unapproved = docs.find((version) => version.version.title === 'Gendannelse – ugodkendt');
    if (!unapproved) throw new Error('draft version missing');
    // Payload 3.90 replaces the document with the restored draft (also "as draft"), which takes
    // the lesson off the site until it is approved again; it never publishes the unapproved text.
    for (const draft of [true, false]) {
      await payload.restoreVersion({ collection: 'lessons', id: unapproved.id, draft, ...as(people.editor) });
      expect((await publishedVersion(lesson.id))?.title).not.toBe('Gendannelse – ugodkendt');
    }
    await expect(
      payload.update({ collection: 'lessons', id: lesson.id, data: { _status: 'published' }, ...as(people.editor) }),
    ).rejects.toThrow(/klinisk reviewer skal først godkende/);
  });

  it('publishes on schedule only approved content, as the editor who scheduled it', async () => {
    const approved = await newLesson('Planlagt og godkendt');
    await payload.update({
      collection: 'lessons',
      id: approved.id,
      draft: true,
      data: { reviewState: 'approved' },
      ...as(people.reviewer),
    });
    const unapproved = await newLesson('Planlagt uden godkendelse');
    const byContributor = await newLesson('Planlagt af bidragyder');
    await payload.update({
      collection: 'lessons',
      id: byContributor.id,
      draft: true,
      data: { reviewState: 'approved' },
      ...as(people.reviewer),
    });

    const schedule = (id: number, user: User) =>
      payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type: 'publish',
          doc: { relationTo: 'lessons', value: id },
          user: { relationTo: 'users', value: user.id },
        },
        waitUntil: new Date(Date.now() - 1_000),
      });
    await schedule(approved.id, people.editor);
    await schedule(unapproved.id, people.editor);
    await schedule(byContributor.id, people.contributor);
    await payload.jobs.run();

    expect((await publishedVersion(approved.id))?.title).toBe('Planlagt og godkendt');
    expect(await publishedVersion(unapproved.id)).toBeUndefined();
    expect(await publishedVersion(byContributor.id)).toBeUndefined();
  });

  it('lists published lessons past their review-by date for the dashboard', async () => {
    const lesson = await newLesson('Forældet råd');
    await payload.update({
      collection: 'lessons',
      id: lesson.id,
      draft: true,
      data: { reviewState: 'approved' },
      ...as(people.reviewer),
    });
    await payload.update({
      collection: 'lessons',
      id: lesson.id,
      data: { _status: 'published', reviewBy: '2026-01-01T00:00:00.000Z' },
      ...as(people.editor),
    });

    const overdue = await overdueReviews(payload, people.editor, new Date('2026-06-01T00:00:00.000Z'));
    expect(overdue.map((item) => item.title)).toEqual(['Forældet råd']);
    expect(await overdueReviews(payload, people.editor, new Date('2025-12-01T00:00:00.000Z'))).toEqual([]);
  });
});
