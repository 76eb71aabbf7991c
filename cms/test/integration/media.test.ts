import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { handleEndpoints, type Payload, type PayloadRequest } from 'payload';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quietContext } from '../../src/hooks/notifyPublish.ts';
import { block, p, richText } from '../../src/seed/lexical.ts';
import { textPdf } from '../../src/seed/textPdf.ts';
import { createFixture, type Fixture, password } from './access/fixture.ts';
import { type ThrowawayCms, throwawayCms } from './throwawayCms.ts';

/*
 * The media library: every upload has alternative text and a credit, pictures get responsive
 * AVIF and WebP copies, only harmless file types get in, and a block takes only its kind of file.
 */

type User = NonNullable<PayloadRequest['user']>;
let cms: ThrowawayCms;
let payload: Payload;
let fixture: Fixture;
let editor: User;
let files: Record<'png' | 'svg' | 'html' | 'htmlAsVtt' | 'vtt' | 'pdf', string>;

const as = (user: User) => ({ user, overrideAccess: false, context: quietContext() });

type MediaData = { alt: string; credit: string; owner: number; visibility: 'own' };

/** Uploads as the editor; `data` may leave out required fields, to test the refusals. */
async function upload(filePath: string, data: Partial<MediaData>) {
  return payload.create({
    collection: 'media',
    data: { owner: fixture.organisations.home, visibility: 'own', ...data } as MediaData,
    filePath,
    ...as(editor),
  });
}

beforeAll(async () => {
  cms = await throwawayCms();
  payload = cms.payload;
  fixture = await createFixture(payload);
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: fixture.emails.editor } } });
  editor = { ...docs[0], collection: 'users' } as User;

  const put = (name: string, contents: string | Buffer) => {
    const path = join(cms.dir, name);
    writeFileSync(path, contents);
    return path;
  };
  const png = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#2a7' } })
    .png()
    .toBuffer();
  files = {
    png: put('maaler.png', png),
    svg: put('tegning.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    html: put('side.html', '<!doctype html><script>alert(1)</script>'),
    htmlAsVtt: put('falsk.vtt', '<!doctype html><script>alert(1)</script>'),
    vtt: put('undertekster.vtt', 'WEBVTT\n\n00:00.000 --> 00:02.000\nHej og velkommen.\n'),
    pdf: put('madplan.pdf', textPdf(['Madplan', 'Mandag: fisk'])),
  };
}, 120_000);

afterAll(async () => {
  await cms?.close();
});

describe('uploads', () => {
  it('keeps a picture with its alt text and credit, and makes AVIF and WebP copies at three widths', async () => {
    const image = await upload(files.png, { alt: 'En grøn flade', credit: 'Testfotograf' });
    expect(image.mimeType).toBe('image/png');
    expect([image.width, image.height]).toEqual([2000, 1000]);
    const sizes = image.sizes as Record<
      string,
      { width?: number | null; mimeType?: string | null; filename?: string | null }
    >;
    const made = Object.entries(sizes).map(([name, size]) => [name, size.width, size.mimeType]);
    expect(made).toEqual(
      expect.arrayContaining([
        ['avif480', 480, 'image/avif'],
        ['avif960', 960, 'image/avif'],
        ['avif1440', 1440, 'image/avif'],
        ['webp480', 480, 'image/webp'],
        ['webp960', 960, 'image/webp'],
        ['webp1440', 1440, 'image/webp'],
      ]),
    );
    for (const size of Object.values(sizes)) {
      expect(existsSync(join(cms.dir, 'media', String(size.filename)))).toBe(true);
    }
  });

  it('refuses a picture without alternative text or without a credit, and stores nothing', async () => {
    const before = (await payload.count({ collection: 'media' })).totalDocs;
    await expect(upload(files.png, { credit: 'Testfotograf' })).rejects.toThrow(/Alternativ tekst|alt/i);
    await expect(upload(files.png, { alt: 'En grøn flade' })).rejects.toThrow(/Kreditering|credit/i);
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before);
  });

  it('refuses SVG, HTML, and HTML renamed to .vtt', async () => {
    const data = { alt: 'Forsøg', credit: 'Ukendt' };
    await expect(upload(files.svg, data)).rejects.toThrow();
    await expect(upload(files.html, data)).rejects.toThrow();
    await expect(upload(files.htmlAsVtt, data)).rejects.toThrow(/WebVTT/);
  });

  it('stores WebVTT captions as text/vtt and PDFs as application/pdf', async () => {
    const captions = await upload(files.vtt, { alt: 'Danske undertekster', credit: 'Sundhedscentret' });
    expect(captions.mimeType).toBe('text/vtt');
    const pdf = await upload(files.pdf, { alt: 'Madplan', credit: 'Sundhedscentret' });
    expect(pdf.mimeType).toBe('application/pdf');
  });
});

describe('media blocks', () => {
  const lessonWith = (node: ReturnType<typeof block>) => ({
    title: 'Lektion med medier',
    slug: `medier-${Math.random().toString(36).slice(2, 8)}`,
    owner: fixture.organisations.home,
    visibility: 'own' as const,
    body: richText(p('Tekst.'), node),
  });

  it('takes a picture in an image block, but not a PDF', async () => {
    const image = await upload(files.png, { alt: 'Billede', credit: 'Test' });
    const pdf = await upload(files.pdf, { alt: 'Madplan', credit: 'Test' });
    const ok = await payload.create({
      collection: 'lessons',
      data: lessonWith(block('image', 'billede-ok', { media: image.id })),
      ...as(editor),
    });
    expect(ok.id).toBeDefined();
    await expect(
      payload.create({
        collection: 'lessons',
        data: lessonWith(block('image', 'billede-pdf', { media: pdf.id })),
        ...as(editor),
      }),
    ).rejects.toThrow();
  });

  it('refuses a video block without captions or without a transcript', async () => {
    const captions = await upload(files.vtt, { alt: 'Undertekster', credit: 'Test' });
    const fields = { title: 'Film', media: captions.id, captions: captions.id, transcript: 'Hej.' };
    for (const missing of ['captions', 'transcript'] as const) {
      const { [missing]: _left, ...rest } = fields;
      await expect(
        payload.create({
          collection: 'lessons',
          data: lessonWith(block('video', `video-uden-${missing}`, rest)),
          ...as(editor),
        }),
      ).rejects.toThrow();
    }
  });
});

describe('who sees a file', () => {
  /** Asks the REST API as a persona, the way the admin and the file links do. */
  async function get(email: string | undefined, path: string): Promise<number> {
    const headers = new Headers();
    if (email) {
      const { token } = await payload.login({ collection: 'users', data: { email, password } });
      headers.set('authorization', `JWT ${token}`);
    }
    const request = new Request(`http://127.0.0.1/api${path}`, { headers });
    return (await handleEndpoints({ config: payload.config, request, payloadInstanceCacheKey: cms.dir })).status;
  }

  it('serves a file and its sizes only to organisations it is shared with', async () => {
    const { home, partner, stranger } = fixture.organisations;
    const own = await upload(files.png, { alt: 'Egen', credit: 'Test' });
    const shared = await payload.create({
      collection: 'media',
      data: { alt: 'Delt', credit: 'Test', owner: partner, visibility: 'selected', sharedWith: [home] } as never,
      filePath: files.png,
      context: quietContext(),
    });
    const foreign = await payload.create({
      collection: 'media',
      data: { alt: 'Fremmed', credit: 'Test', owner: stranger, visibility: 'own' } as never,
      filePath: files.png,
      context: quietContext(),
    });
    const small = (doc: typeof own) => (doc.sizes as Record<string, { filename?: string | null }>).webp480?.filename;
    const seen = async (email: string | undefined, doc: typeof own) => [
      await get(email, `/media/${doc.id}`),
      await get(email, `/media/file/${doc.filename}`),
      await get(email, `/media/file/${small(doc)}`),
    ];

    expect(await seen(fixture.emails.editor, own)).toEqual([200, 200, 200]);
    expect(await seen(fixture.emails.professional, shared)).toEqual([200, 200, 200]);
    for (const status of await seen(fixture.emails.editor, foreign)) expect(status).toBeGreaterThanOrEqual(400);
    for (const status of await seen(undefined, own)) expect(status).toBeGreaterThanOrEqual(400);
    const listed = await payload.find({ collection: 'media', user: editor, overrideAccess: false, pagination: false });
    expect(listed.docs.map((doc) => doc.alt)).not.toContain('Fremmed');
  });
});
