import { GRAPHQL_POST } from '@payloadcms/next/routes';
import { handleEndpoints, type Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quietContext } from '../../src/hooks/notifyPublish.ts';
import { createFixture, type Fixture, password } from './access/fixture.ts';
import { type ThrowawayCms, throwawayCms } from './throwawayCms.ts';

/*
 * The ways other multi-tenant Payload setups have leaked documents between tenants. Every
 * document of the foreign organisation carries the word HEMMELIG; no answer to the home
 * municipality's editor may contain it.
 */

const secret = 'HEMMELIG';
let cms: ThrowawayCms;
let fixture: Fixture;
let token: string;
let ids: { foreignLesson: number; foreignModule: number; nationalProgram: number; foreignDraft: number };

async function create(payload: Payload, collection: 'programs' | 'modules' | 'lessons', data: Record<string, unknown>) {
  return (await payload.create({ collection, data: data as never, context: quietContext() })).id;
}

async function rest(path: string, init: RequestInit = {}): Promise<{ status: number; text: string }> {
  const request = new Request(`http://127.0.0.1/api${path}`, {
    ...init,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
  });
  const response = await handleEndpoints({ config: cms.payload.config, request, payloadInstanceCacheKey: cms.dir });
  return { status: response.status, text: await response.text() };
}

beforeAll(async () => {
  cms = await throwawayCms();
  const { payload } = cms;
  fixture = await createFixture(payload);
  const { partner, stranger } = fixture.organisations;
  const foreign = { owner: stranger, visibility: 'own' };
  const national = { owner: partner, visibility: 'national' };

  const foreignLesson = await create(payload, 'lessons', {
    title: `${secret} lektion`,
    slug: 'fremmed-lektion',
    ...foreign,
  });
  await payload.update({
    collection: 'lessons',
    id: foreignLesson,
    data: { summary: `${secret} version 2` },
    context: quietContext(),
  });
  const nationalLesson = await create(payload, 'lessons', {
    title: 'Fælles lektion',
    slug: 'faelles-lektion',
    ...national,
  });
  const foreignModule = await create(payload, 'modules', {
    title: `${secret} modul`,
    slug: 'fremmed-modul',
    lessons: [foreignLesson],
    ...foreign,
  });
  const nationalModule = await create(payload, 'modules', {
    title: 'Fælles modul',
    slug: 'faelles-modul',
    lessons: [foreignLesson, nationalLesson],
    ...national,
  });
  const nationalProgram = await create(payload, 'programs', {
    title: 'Fælles forløb',
    slug: 'faelles-forloeb',
    modules: [foreignModule, nationalModule],
    ...national,
  });
  const foreignDraft = (
    await payload.create({
      collection: 'lessons',
      draft: true,
      data: { title: `${secret} kladde`, slug: 'fremmed-kladde', _status: 'draft', ...foreign } as never,
      context: quietContext(),
    })
  ).id;
  ids = { foreignLesson, foreignModule, nationalProgram, foreignDraft };

  const login = await payload.login({ collection: 'users', data: { email: 'editor@matrix.test', password } });
  token = login.token ?? '';
});

afterAll(async () => cms.close());

describe('no foreign document reaches another organisation', () => {
  it('relationship population (depth) leaves foreign documents as bare ids', async () => {
    const { text, status } = await rest(`/programs/${ids.nationalProgram}?depth=3`);
    expect(status).toBe(200);
    expect(text).toContain('Fælles lektion');
    expect(text).not.toContain(secret);

    const { docs } = await cms.payload.find({
      collection: 'users',
      where: { email: { equals: 'editor@matrix.test' } },
    });
    const user = { ...docs[0], collection: 'users' } as never;
    const local = await cms.payload.findByID({
      collection: 'programs',
      id: ids.nationalProgram,
      depth: 3,
      overrideAccess: false,
      user,
    });
    expect(JSON.stringify(local)).not.toContain(secret);
  });

  it('version history lists only visible documents, and a foreign version cannot be fetched', async () => {
    const list = await rest('/lessons/versions?limit=100&depth=0');
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(secret);

    const foreignVersions = await cms.payload.findVersions({
      collection: 'lessons',
      where: { parent: { equals: ids.foreignLesson } },
    });
    const versionId = foreignVersions.docs[0]?.id;
    expect(versionId).toBeDefined();
    const single = await rest(`/lessons/versions/${versionId}`);
    expect(single.status).toBeGreaterThanOrEqual(400);
    expect(single.text).not.toContain(secret);
  });

  it('drafts of foreign documents stay hidden', async () => {
    const drafts = await rest('/lessons?draft=true&limit=100&depth=0');
    expect(drafts.text).not.toContain(secret);
    expect((await rest(`/lessons/${ids.foreignDraft}?draft=true`)).status).toBe(404);
  });

  it('filters, counts and sorting in the admin list views reveal nothing', async () => {
    const { stranger } = fixture.organisations;
    for (const path of [
      `/lessons?where[owner][equals]=${stranger}&depth=0`,
      `/lessons?where[title][like]=${secret}&depth=0`,
      `/modules?where[lessons][in]=${ids.foreignLesson}&depth=0`,
      '/lessons?sort=-owner&limit=100&depth=0',
    ]) {
      const { text, status } = await rest(path);
      expect(status, path).toBe(200);
      expect(text, path).not.toContain(secret);
    }
    for (const [collection, where] of [
      ['lessons', `where[owner][equals]=${stranger}`],
      ['modules', `where[owner][equals]=${stranger}`],
    ]) {
      const { text } = await rest(`/${collection}/count?${where}`);
      expect(JSON.parse(text)).toEqual({ totalDocs: 0 });
    }
  });

  it('GraphQL queries of documents and versions reveal nothing', async () => {
    const graphql = GRAPHQL_POST(Promise.resolve(cms.payload.config));
    const query = `{
      Lessons(limit: 100) { docs { id title summary } }
      Modules(limit: 100) { docs { id title lessons { id title } } }
      Programs(limit: 100) { docs { id title modules { id title } } }
      versionsLessons(limit: 100) { docs { id version { title summary } } }
    }`;
    const response = await graphql(
      new Request('http://127.0.0.1/api/graphql', {
        method: 'POST',
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }),
    );
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).toContain('Fælles forløb');
    expect(text).not.toContain(secret);
  });
});
