import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { moduleSchema } from '@sundhed/content';
import type { Payload, PayloadRequest } from 'payload';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportContent } from '../../../scripts/export/exportContent.ts';
import { quietContext } from '../../src/hooks/notifyPublish.ts';
import { block, p, richText } from '../../src/seed/lexical.ts';
import { exportProblems } from '../../src/workflow/exportProblems.ts';
import { createFixture, type Fixture } from './access/fixture.ts';
import { type ThrowawayCms, throwawayCms } from './throwawayCms.ts';

/*
 * One bad document never stops anyone else's publishing: the export leaves it out (in every
 * language), names it with its owner and reason in the summary and on the owner's dashboard, and
 * publishes the rest. What it checks again: the approved text, media the owner may use, and the
 * content contract, whose link rule the CMS now applies when the text is written.
 */

type User = NonNullable<PayloadRequest['user']>;
let cms: ThrowawayCms;
let payload: Payload;
let fixture: Fixture;
let out: string;
let editor: User;
const ids = {} as Record<'partnerPicture' | 'homePicture' | 'good' | 'unapproved' | 'brokenFile' | 'module', number>;

const approvedAndPublished = () => ({
  approval: { reviewer: fixture.reviewerId, approvedAt: '2026-11-20T09:00:00.000Z' },
  _status: 'published' as const,
});

async function picture(name: string, owner: number, sharing: Record<string, unknown>) {
  const path = join(cms.dir, name);
  writeFileSync(
    path,
    await sharp({ create: { width: 500, height: 300, channels: 3, background: '#c63' } })
      .png()
      .toBuffer(),
  );
  return (
    await payload.create({
      collection: 'media',
      data: { alt: `Billede ${name}`, credit: 'Test', owner, ...sharing } as never,
      filePath: path,
      context: quietContext(),
    })
  ).id;
}

async function lesson(slug: string, body: ReturnType<typeof richText>, publish: Record<string, unknown>) {
  return (
    await payload.create({
      collection: 'lessons',
      locale: 'da',
      data: {
        title: `Lektion ${slug}`,
        slug,
        summary: 'Resumé',
        owner: fixture.organisations.home,
        visibility: 'own',
        body,
        ...publish,
      } as never,
      context: quietContext(),
    })
  ).id;
}

const files = (dir: string) => (existsSync(join(out, dir)) ? readdirSync(join(out, dir)).sort() : []);

beforeAll(async () => {
  cms = await throwawayCms();
  payload = cms.payload;
  fixture = await createFixture(payload);
  out = mkdtempSync(join(tmpdir(), 'sundhed-leftout-'));
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: fixture.emails.editor } } });
  editor = { ...docs[0], collection: 'users' } as User;

  ids.partnerPicture = await picture('partner.png', fixture.organisations.partner, {
    visibility: 'selected',
    sharedWith: [fixture.organisations.home],
  });
  ids.homePicture = await picture('home.png', fixture.organisations.home, { visibility: 'own' });
  ids.good = await lesson(
    'god-lektion',
    richText(p('Godkendt.'), block('image', 'partner-billede', { media: ids.partnerPicture, caption: '' })),
    approvedAndPublished(),
  );
  // Published by server code without any approval: what the review hook cannot stop, the export does.
  ids.unapproved = await lesson('ugodkendt-lektion', richText(p('Ikke godkendt.')), { _status: 'published' });
  ids.brokenFile = await lesson(
    'mistet-fil',
    richText(p('Billedet er væk.'), block('image', 'eget-billede', { media: ids.homePicture, caption: '' })),
    approvedAndPublished(),
  );
  ids.module = (
    await payload.create({
      collection: 'modules',
      locale: 'da',
      data: {
        title: 'Modul',
        slug: 'modul',
        owner: fixture.organisations.home,
        visibility: 'own',
        lessons: [ids.good, ids.unapproved, ids.brokenFile],
        ...approvedAndPublished(),
      } as never,
      context: quietContext(),
    })
  ).id;
}, 120_000);

afterAll(async () => {
  await cms?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('the export leaves out what fails, and publishes the rest', () => {
  it('names an unapproved lesson and one whose file is gone, with owner and reason; writes everything else', async () => {
    const stored = await payload.findByID({ collection: 'media', id: ids.homePicture, depth: 0 });
    for (const name of readdirSync(join(cms.dir, 'media'))) {
      if (name.startsWith(String(stored.filename).replace(/\.png$/, ''))) rmSync(join(cms.dir, 'media', name));
    }

    const summary = await exportContent(payload, out);

    expect(summary.leftOut.map(({ slug, ownerName, reason }) => ({ slug, ownerName, reason }))).toEqual([
      { slug: 'ugodkendt-lektion', ownerName: 'home', reason: expect.stringMatching(/danske tekst er ikke godkendt/) },
      { slug: 'mistet-fil', ownerName: 'home', reason: expect.stringMatching(/mangler på disken/) },
    ]);
    expect(files('da/lessons')).toEqual(['god-lektion.json']);
    expect(files('en/lessons')).toEqual(['god-lektion.json']);
    const module = moduleSchema.parse(JSON.parse(readFileSync(join(out, 'da/modules/modul.json'), 'utf8')));
    expect(module.lessons).toEqual(['god-lektion']);
  });

  it("shows each organisation's left-out documents on its own members' dashboards only", async () => {
    const forHome = await exportProblems(payload, editor);
    expect(forHome.map(({ title }) => title).sort()).toEqual(['Lektion mistet-fil', 'Lektion ugodkendt-lektion']);
    const partner = await payload.create({
      collection: 'users',
      data: {
        email: 'partner-redaktoer@leftout.test',
        password: 'leftout-test-password-1',
        memberships: [{ organisation: fixture.organisations.partner, role: 'editor' }],
      },
      context: quietContext(),
    });
    expect(await exportProblems(payload, { ...partner, collection: 'users' } as User)).toEqual([]);
    // The report itself is not readable through the API by members.
    await expect(payload.findGlobal({ slug: 'export-report', user: editor, overrideAccess: false })).rejects.toThrow();
  });

  it('leaves out a lesson whose picture is no longer shared with its owner', async () => {
    await payload.update({
      collection: 'media',
      id: ids.partnerPicture,
      data: { visibility: 'own', sharedWith: [] },
      context: quietContext(),
    });
    const summary = await exportContent(payload, out);
    expect(summary.leftOut.find(({ slug }) => slug === 'god-lektion')?.reason).toMatch(/ikke delt med ejeren/);
    expect(summary.removed).toContain('da/lessons/god-lektion.json');
  });
});

describe('the CMS refuses what the export would refuse', () => {
  it('a link without https:// (the content contract’s own rule and words)', async () => {
    const link = (url: string) => ({
      type: 'paragraph',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      textFormat: 0,
      textStyle: '',
      children: [
        {
          type: 'link',
          version: 3,
          format: '',
          indent: 0,
          direction: 'ltr',
          fields: { linkType: 'custom', url, newTab: false },
          children: [{ type: 'text', version: 1, text: 'Sundhed.dk', format: 0, detail: 0, mode: 'normal', style: '' }],
        },
      ],
    });
    const write = (url: string) =>
      payload.create({
        collection: 'lessons',
        draft: true,
        data: {
          title: 'Med link',
          owner: fixture.organisations.home,
          visibility: 'own',
          body: richText(link(url) as never),
        } as never,
        user: editor,
        overrideAccess: false,
        context: quietContext(),
      });
    await expect(write('www.sundhed.dk')).rejects.toThrow(/Links skal starte med https:\/\//);
    expect((await write('https://www.sundhed.dk')).title).toBe('Med link');
  });

  it('a heading level or a block the content contract does not have, sent past the editor', async () => {
    const write = (node: unknown) =>
      payload.create({
        collection: 'lessons',
        draft: true,
        data: {
          title: 'Udenom',
          owner: fixture.organisations.home,
          visibility: 'own',
          body: richText(node as never),
        } as never,
        user: editor,
        overrideAccess: false,
        context: quietContext(),
      });
    await expect(write({ ...p('Lille overskrift'), type: 'heading', tag: 'h6' })).rejects.toThrow(/overskrift "h6"/);
    await expect(write({ type: 'embed', version: 1, html: '<iframe src="https://x.example">' })).rejects.toThrow(
      /ukendt blok "embed"/,
    );
  });

  it("a lesson using another organisation's private picture", async () => {
    const strangers = await picture('fremmed.png', fixture.organisations.stranger, { visibility: 'own' });
    await expect(
      payload.create({
        collection: 'lessons',
        draft: true,
        data: {
          title: 'Lånt billede',
          owner: fixture.organisations.home,
          visibility: 'own',
          body: richText(block('image', 'laant', { media: strangers, caption: '' })),
        } as never,
        user: editor,
        overrideAccess: false,
        context: quietContext(),
      }),
    ).rejects.toThrow(/er ikke delt med den organisation, der ejer dokumentet/);
  });
});
