import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lessonSchema, organisationSchema } from '@sundhed/content';
import type { Payload, PayloadRequest } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportContent } from '../../../scripts/export/exportContent.ts';
import { quietContext } from '../../src/hooks/notifyPublish.ts';
import { p, richText } from '../../src/seed/lexical.ts';
import { createFixture, type Fixture } from './access/fixture.ts';
import { type ThrowawayCms, throwawayCms } from './throwawayCms.ts';

/*
 * The partner municipality owns a nationally shared program; the home municipality adopts it and
 * adds its own introduction and contact card, without copying or editing the shared lessons.
 */

type User = NonNullable<PayloadRequest['user']>;
let cms: ThrowawayCms;
let payload: Payload;
let fixture: Fixture;
let out: string;
let homeEditor: User;
let partnerEditor: User;
let ids: { program: number; lesson: number; privateProgram: number };

const as = (user: User) => ({ user, overrideAccess: false, context: quietContext() });
const readOrganisation = (slug: string) =>
  organisationSchema.parse(JSON.parse(readFileSync(join(out, 'da/organisations', `${slug}.json`), 'utf8')));

async function userByEmail(email: string): Promise<User> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 });
  return { ...docs[0], collection: 'users' } as User;
}

beforeAll(async () => {
  cms = await throwawayCms();
  payload = cms.payload;
  out = mkdtempSync(join(tmpdir(), 'sundhed-adoption-'));
  fixture = await createFixture(payload);
  const { partner, stranger } = fixture.organisations;
  const approved = {
    approval: { reviewer: fixture.reviewerId, approvedAt: '2026-11-01T09:00:00.000Z' },
    _status: 'published',
  };
  const lesson = await payload.create({
    collection: 'lessons',
    data: {
      title: 'Fælles lektion',
      slug: 'faelles',
      owner: partner,
      visibility: 'national',
      body: richText(p('Version 1')),
      ...approved,
    } as never,
    context: quietContext(),
  });
  const module = await payload.create({
    collection: 'modules',
    data: {
      title: 'Fælles modul',
      slug: 'faelles-modul',
      owner: partner,
      visibility: 'national',
      lessons: [lesson.id],
      ...approved,
    } as never,
    context: quietContext(),
  });
  const program = await payload.create({
    collection: 'programs',
    data: {
      title: 'Fælles forløb',
      slug: 'faelles-forloeb',
      owner: partner,
      visibility: 'national',
      modules: [module.id],
      ...approved,
    } as never,
    context: quietContext(),
  });
  const privateProgram = await payload.create({
    collection: 'programs',
    data: { title: 'Privat forløb', slug: 'privat', owner: stranger, visibility: 'own', ...approved } as never,
    context: quietContext(),
  });
  ids = { program: program.id, lesson: lesson.id, privateProgram: privateProgram.id };

  await payload.create({
    collection: 'users',
    data: {
      email: 'partner-editor@matrix.test',
      password: 'matrix-test-password-1',
      memberships: [{ organisation: partner, role: 'editor' }],
    },
    context: quietContext(),
  });
  homeEditor = await userByEmail('editor@matrix.test');
  partnerEditor = await userByEmail('partner-editor@matrix.test');
});

afterAll(async () => {
  await cms.close();
  rmSync(out, { recursive: true, force: true });
});

describe('adopting a shared program', () => {
  it('adds local parts that reach the site with the municipality, not copies of the lessons', async () => {
    await payload.create({
      collection: 'adoptions',
      data: {
        title: 'Diabetes i home',
        owner: fixture.organisations.home,
        program: ids.program,
        localIntro: richText(p('Vi mødes første gang på sundhedscentret.')),
        contact: { name: 'Sundhedscentret', phone: '70 00 00 00', email: 'sundhed@home.example' },
        _status: 'published',
      } as never,
      ...as(homeEditor),
    });
    await exportContent(payload, out);
    const home = readOrganisation('home');
    expect(home.programs).toContain('faelles-forloeb');
    expect(home.adoptions).toEqual([
      {
        program: 'faelles-forloeb',
        localIntro: [
          { type: 'paragraph', children: [{ type: 'text', text: 'Vi mødes første gang på sundhedscentret.' }] },
        ],
        contact: { name: 'Sundhedscentret', phone: '70 00 00 00', email: 'sundhed@home.example' },
        practicalNotes: [],
      },
    ]);
    expect(readOrganisation('partner').adoptions).toEqual([]);
  });

  it("lets the owner's next publish of a shared lesson reach the adopter unchanged", async () => {
    await payload.update({
      collection: 'lessons',
      id: ids.lesson,
      draft: true,
      data: { body: richText(p('Version 2')) } as never,
      ...as(partnerEditor),
    });
    await payload.update({
      collection: 'lessons',
      id: ids.lesson,
      data: {
        approval: { reviewer: fixture.reviewerId, approvedAt: '2026-11-02T09:00:00.000Z' },
        _status: 'published',
      } as never,
      context: quietContext(),
    });
    const before = readFileSync(join(out, 'da/organisations/home.json'), 'utf8');
    const summary = await exportContent(payload, out);
    expect(summary.changed).toContain('da/lessons/faelles.json');
    expect(readFileSync(join(out, 'da/organisations/home.json'), 'utf8')).toBe(before);
    const lesson = lessonSchema.parse(JSON.parse(readFileSync(join(out, 'da/lessons/faelles.json'), 'utf8')));
    expect(lesson.body).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Version 2' }] }]);
  });

  it('refuses a program that is not shared with the adopting municipality', async () => {
    await expect(
      payload.create({
        collection: 'adoptions',
        data: { title: 'Forsøg', owner: fixture.organisations.home, program: ids.privateProgram } as never,
        ...as(homeEditor),
      }),
    ).rejects.toThrow(/Forløb/);
  });

  it('lets only the municipality’s editors publish an adaptation', async () => {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: 'reviewer@matrix.test' } },
      depth: 0,
    });
    const reviewer = { ...docs[0], collection: 'users' } as User;
    const draft = await payload.create({
      collection: 'adoptions',
      data: { title: 'Kladde', owner: fixture.organisations.home, program: ids.program } as never,
      ...as(homeEditor),
    });
    await expect(
      payload.update({ collection: 'adoptions', id: draft.id, data: { _status: 'published' }, ...as(reviewer) }),
    ).rejects.toThrow(/Kun redaktører/);
    const published = await payload.update({
      collection: 'adoptions',
      id: draft.id,
      data: { _status: 'published' },
      ...as(homeEditor),
    });
    expect(published._status).toBe('published');
  });

  it("keeps one municipality's adaptations out of another's sight and hands", async () => {
    const { docs } = await payload.find({ collection: 'adoptions', ...as(partnerEditor) });
    expect(docs).toEqual([]);
    await expect(
      payload.create({
        collection: 'adoptions',
        data: { title: 'På andres vegne', owner: fixture.organisations.home, program: ids.program } as never,
        ...as(partnerEditor),
      }),
    ).rejects.toThrow();
  });
});
