import type { Payload } from 'payload';
import { quietContext } from '../../../src/hooks/notifyPublish.ts';
import { personaUsers, refusedCleanly, restCaller } from './attempts.ts';
import type { HistoryRead, Persona, Scope, VersionedCollection } from './expectations.ts';
import { type Fixture, sharingFor } from './fixture.ts';

/*
 * Reads one document's version history or its draft as one persona, through the Local API
 * (findVersions, findVersionByID, find and findByID with draft) or the REST API (/versions,
 * /versions/:id, ?draft=true). Returns whether the persona saw it; the list and the single read
 * must agree, a visible draft must be the draft's text, and a refusal must be clean.
 */

type HistoryAttempt = (
  collection: VersionedCollection,
  read: HistoryRead,
  persona: Persona,
  scope: Scope,
) => Promise<boolean>;
type HistoryDocument = { id: number; versionId: string; draftTitle: string };

let counter = 0;

/**
 * One document per collection, scope and owner, made by server code: published once, then changed
 * as a draft, so it has a version history and a draft that differs from what is published.
 */
export function historyDocuments(payload: Payload, fixture: Fixture) {
  const made = new Map<string, Promise<HistoryDocument>>();
  let program: Promise<number> | undefined;
  // Adoptions adapt a program offered to their owner: a national one is offered to everyone.
  const nationalProgram = () => {
    program ??= payload
      .create({
        collection: 'programs',
        data: { title: 'Tilpasset forløb', slug: 'tilpasset-forloeb', ...sharingFor(fixture, 'national', 0) } as never,
        context: quietContext(),
      })
      .then(({ id }) => id);
    return program;
  };

  async function make(collection: VersionedCollection, scope: Scope, home: number): Promise<HistoryDocument> {
    counter += 1;
    const title = `Historik ${counter}`;
    const { stranger } = fixture.organisations;
    const data =
      collection === 'adoptions'
        ? { title, owner: scope === 'own' ? home : stranger, program: await nationalProgram() }
        : {
            title,
            slug: `historik-${counter}`,
            summary: 'Matrix',
            definition: 'Matrix',
            ...sharingFor(fixture, scope, home),
          };
    const { id } = await payload.create({ collection, data: data as never, context: quietContext() });
    const approval =
      collection === 'adoptions'
        ? {}
        : { approval: { reviewer: fixture.reviewerId, approvedAt: '2026-11-01T09:00:00.000Z' } };
    await payload.update({
      collection,
      id,
      data: { ...approval, _status: 'published' } as never,
      context: quietContext(),
    });
    const draftTitle = `${title} (kladde)`;
    await payload.update({ collection, id, draft: true, data: { title: draftTitle }, context: quietContext() });
    const { docs } = await payload.findVersions({
      collection,
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
    });
    const latest = docs[0];
    if (!latest) throw new Error(`${collection} ${id} has no versions`);
    return { id, versionId: String(latest.id), draftTitle };
  }

  return (collection: VersionedCollection, scope: Scope, home: number): Promise<HistoryDocument> => {
    const key = `${collection}/${scope}/${home}`;
    let document = made.get(key);
    if (!document) {
      document = make(collection, scope, home);
      made.set(key, document);
    }
    return document;
  };
}

type Documents = ReturnType<typeof historyDocuments>;

function agree(what: string, list: boolean, single: boolean): boolean {
  if (list !== single) throw new Error(`${what}: the list says ${list}, the single read says ${single}`);
  return list;
}

function isTheDraft(what: string, title: unknown, draftTitle: string): true {
  if (title !== draftTitle) throw new Error(`${what}: shows "${String(title)}", not the draft "${draftTitle}"`);
  return true;
}

export function localHistoryAttempt(payload: Payload, fixture: Fixture, documents: Documents): HistoryAttempt {
  const userOf = personaUsers(payload, fixture);
  return async (collection, read, persona, scope) => {
    const { id, versionId, draftTitle } = await documents(collection, scope, fixture.homeOf(persona));
    const as = { overrideAccess: false, user: await userOf(persona), depth: 0 } as const;
    const what = `${persona} ${collection} ${read} ${scope}`;
    let listed = false;
    if (read === 'versions') {
      await refusedCleanly(async () => {
        const where = { parent: { equals: id } };
        listed = (await payload.findVersions({ collection, where, ...as })).totalDocs > 0;
      });
      const single = await refusedCleanly(() => payload.findVersionByID({ collection, id: versionId, ...as }));
      return agree(what, listed, single);
    }
    await refusedCleanly(async () => {
      const { docs } = await payload.find({ collection, draft: true, where: { id: { equals: id } }, ...as });
      listed = docs.length === 1 && isTheDraft(what, docs[0]?.title, draftTitle);
    });
    const single = await refusedCleanly(async () => {
      isTheDraft(what, (await payload.findByID({ collection, id, draft: true, ...as })).title, draftTitle);
    });
    return agree(what, listed, single);
  };
}

export function restHistoryAttempt(
  payload: Payload,
  fixture: Fixture,
  cacheKey: string,
  documents: Documents,
): HistoryAttempt {
  const call = restCaller(payload, fixture, cacheKey);
  return async (collection, read, persona, scope) => {
    const { id, versionId, draftTitle } = await documents(collection, scope, fixture.homeOf(persona));
    const what = `${persona} ${collection} ${read} ${scope}`;
    if (read === 'versions') {
      const list = await call(persona, 'GET', `/${collection}/versions?depth=0&where[parent][equals]=${id}`);
      const listed = list.ok && ((await list.json()) as { totalDocs: number }).totalDocs > 0;
      const single = (await call(persona, 'GET', `/${collection}/versions/${versionId}?depth=0`)).ok;
      return agree(what, listed, single);
    }
    const list = await call(persona, 'GET', `/${collection}?draft=true&depth=0&where[id][equals]=${id}`);
    const docs = list.ok ? ((await list.json()) as { docs: { title?: unknown }[] }).docs : [];
    const listed = docs.length === 1 && isTheDraft(what, docs[0]?.title, draftTitle);
    const response = await call(persona, 'GET', `/${collection}/${id}?draft=true&depth=0`);
    const single = response.ok && isTheDraft(what, ((await response.json()) as { title?: unknown }).title, draftTitle);
    return agree(what, listed, single);
  };
}
