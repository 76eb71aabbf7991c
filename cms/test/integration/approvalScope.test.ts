import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Payload, PayloadRequest } from 'payload';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quietContext } from '../../src/hooks/notifyPublish.ts';
import { block, p, richText } from '../../src/seed/lexical.ts';
import { createFixture, type Fixture } from './access/fixture.ts';
import { type ThrowawayCms, throwawayCms } from './throwawayCms.ts';

/*
 * What an approval covers and who may give it: four eyes (never the text's last author, nor the
 * author of its media), everything a reader sees (the demo label, a picture's file and
 * alternative text), and every language that a publish puts on the site.
 */

type User = NonNullable<PayloadRequest['user']>;
let cms: ThrowawayCms;
let payload: Payload;
let fixture: Fixture;
let pictureId: number;
const people = {} as Record<'reviewer' | 'secondReviewer' | 'editor' | 'editorReviewer', User>;

const as = (user: User) => ({ user, overrideAccess: false, context: quietContext() });

async function person(email: string, roles: ('editor' | 'reviewer')[]): Promise<User> {
  const created = await payload.create({
    collection: 'users',
    data: {
      email,
      password: 'approval-test-password-1',
      memberships: roles.map((role) => ({ organisation: fixture.organisations.home, role })),
    },
    context: quietContext(),
  });
  return { ...created, collection: 'users' } as User;
}

async function lesson(title: string, by: User, body = richText(p('Tekst.'))) {
  return payload.create({
    collection: 'lessons',
    draft: true,
    data: { title, summary: 'Til gennemsyn', owner: fixture.organisations.home, visibility: 'own', body } as never,
    ...as(by),
  });
}

const approve = (id: number, by: User, locale: 'da' | 'en' = 'da', data: Record<string, unknown> = {}) =>
  payload.update({
    collection: 'lessons',
    id,
    locale,
    draft: true,
    data: { ...data, reviewState: 'approved' } as never,
    ...as(by),
  });
const publish = (collection: 'lessons' | 'programs', id: number, by: User, locale: 'da' | 'en' = 'da') =>
  payload.update({ collection, id, locale, data: { _status: 'published' }, ...as(by) });

beforeAll(async () => {
  cms = await throwawayCms();
  payload = cms.payload;
  fixture = await createFixture(payload);
  people.reviewer = await person('godkender@approval.test', ['reviewer']);
  people.secondReviewer = await person('anden-godkender@approval.test', ['reviewer']);
  people.editor = await person('redaktoer@approval.test', ['editor']);
  people.editorReviewer = await person('begge-roller@approval.test', ['editor', 'reviewer']);
  const png = join(cms.dir, 'billede.png');
  writeFileSync(
    png,
    await sharp({ create: { width: 600, height: 400, channels: 3, background: '#36c' } })
      .png()
      .toBuffer(),
  );
  const picture = await payload.create({
    collection: 'media',
    data: { alt: 'En blå flade', credit: 'Test', owner: fixture.organisations.home, visibility: 'own' },
    filePath: png,
    ...as(people.editor),
  });
  pictureId = picture.id;
}, 120_000);
afterAll(async () => cms.close());

describe('four eyes', () => {
  it('a reviewer who changes the text cannot approve it, in the same save or later; another reviewer can', async () => {
    const draft = await lesson('Rettet af reviewer', people.editor);
    await expect(
      approve(draft.id, people.reviewer, 'da', { body: richText(p('Reviewerens egen rettelse.')) }),
    ).rejects.toThrow(/seneste ændring af teksten/);
    await payload.update({
      collection: 'lessons',
      id: draft.id,
      draft: true,
      data: { body: richText(p('Reviewerens egen rettelse.')) } as never,
      ...as(people.reviewer),
    });
    await expect(approve(draft.id, people.reviewer)).rejects.toThrow(/En anden klinisk reviewer skal godkende/);
    const approved = await approve(draft.id, people.secondReviewer);
    expect(approved.reviewState).toBe('approved');
  });

  it('a user who is both editor and reviewer cannot write, approve and publish alone', async () => {
    const own = await lesson('Alt selv', people.editorReviewer);
    await expect(approve(own.id, people.editorReviewer)).rejects.toThrow(/En anden klinisk reviewer/);
    await expect(publish('lessons', own.id, people.editorReviewer)).rejects.toThrow(/skal først godkende/);
    // With a second pair of eyes it goes through.
    await approve(own.id, people.reviewer);
    expect((await publish('lessons', own.id, people.editorReviewer))._status).toBe('published');
  });

  it("nobody approves a lesson whose picture's alternative text they wrote", async () => {
    const withPicture = await lesson(
      'Med billede',
      people.editor,
      richText(p('Se billedet.'), block('image', 'billede-1', { media: pictureId, caption: '' })),
    );
    await payload.update({
      collection: 'media',
      id: pictureId,
      data: { alt: 'Reviewerens billedtekst' },
      user: people.reviewer,
      overrideAccess: true,
      context: quietContext(),
    });
    await expect(approve(withPicture.id, people.reviewer)).rejects.toThrow(/eller dens medier/);
    expect((await approve(withPicture.id, people.secondReviewer)).reviewState).toBe('approved');
  });
});

describe('what an approval covers', () => {
  it('the demo label: removing it makes the approval stale', async () => {
    const program = await payload.create({
      collection: 'programs',
      draft: true,
      data: {
        title: 'Demoforløb',
        audience: 'citizens',
        demo: true,
        owner: fixture.organisations.home,
        visibility: 'own',
      },
      ...as(people.editor),
    });
    await payload.update({
      collection: 'programs',
      id: program.id,
      draft: true,
      data: { reviewState: 'approved' },
      ...as(people.reviewer),
    });
    const relabelled = await payload.update({
      collection: 'programs',
      id: program.id,
      draft: true,
      data: { demo: false },
      ...as(people.editor),
    });
    expect(relabelled.reviewState).toBe('draft');
    await expect(publish('programs', program.id, people.editor)).rejects.toThrow(/skal først godkende/);
  });

  it("a picture's new alternative text makes the approval of the lesson using it stale", async () => {
    const withPicture = await lesson(
      'Billede der ændres',
      people.editor,
      richText(block('image', 'billede-2', { media: pictureId, caption: '' })),
    );
    await approve(withPicture.id, people.secondReviewer);
    await payload.update({
      collection: 'media',
      id: pictureId,
      data: { alt: 'En helt anden beskrivelse' },
      user: people.editor,
      overrideAccess: true,
      context: quietContext(),
    });
    await expect(publish('lessons', withPicture.id, people.editor)).rejects.toThrow(/skal først godkende/);
  });
});

describe('every language a publish puts on the site', () => {
  it('refuses to publish while another language holds text no reviewer approved', async () => {
    const both = await lesson('Dansk tekst', people.editor);
    await approve(both.id, people.reviewer);
    await payload.update({
      collection: 'lessons',
      id: both.id,
      locale: 'en',
      draft: true,
      data: { title: 'English text', summary: 'Approved', body: richText(p('Approved English.')) } as never,
      ...as(people.editor),
    });
    await approve(both.id, people.reviewer, 'en');
    expect((await publish('lessons', both.id, people.editor))._status).toBe('published');

    // An English change nobody has approved, then a publish from the Danish side.
    await payload.update({
      collection: 'lessons',
      id: both.id,
      locale: 'en',
      draft: true,
      data: { title: 'UNREVIEWED English change' } as never,
      ...as(people.editor),
    });
    await expect(publish('lessons', both.id, people.editor)).rejects.toThrow(/engelske tekst er ændret/);
    const live = await payload.findByID({ collection: 'lessons', id: both.id, locale: 'en', draft: false });
    expect(live.title).toBe('English text');

    // Approved in English too, it publishes.
    await approve(both.id, people.reviewer, 'en');
    await publish('lessons', both.id, people.editor);
    const after = await payload.findByID({ collection: 'lessons', id: both.id, locale: 'en', draft: false });
    expect(after.title).toBe('UNREVIEWED English change');
  });
});
