import { handleEndpoints, type Payload } from 'payload';
import { quietContext } from '../../../src/hooks/notifyPublish.ts';
import type { Action, Persona, Scope } from './expectations.ts';
import { type Fixture, password, sharingFor } from './fixture.ts';

/*
 * Tries one action as one persona, through the Local API (as server code would, with access
 * enforced) or through the REST API (as the admin UI and any HTTP client would). Returns whether
 * it was allowed. A denial must be a clean refusal: an unexpected error fails the test.
 */

export type Collection = 'programs' | 'modules' | 'lessons' | 'articles' | 'glossary';
type Attempt = (collection: Collection, action: Action, persona: Persona, scope: Scope) => Promise<boolean>;

let counter = 0;

function newDocument(fixture: Fixture, scope: Scope, home: number) {
  counter += 1;
  return {
    title: `Dokument ${counter}`,
    slug: `dokument-${counter}`,
    summary: 'Matrix',
    definition: 'Matrix',
    ...sharingFor(fixture, scope, home),
  };
}

async function existingDocument(
  payload: Payload,
  fixture: Fixture,
  collection: Collection,
  scope: Scope,
  home: number,
  approved = false,
) {
  // Server code (no user) may record an approval: how the fixture gets content a reviewer approved.
  const approval = approved
    ? { approval: { reviewer: fixture.reviewerId, approvedAt: '2026-11-01T09:00:00.000Z' } }
    : {};
  const data = { ...newDocument(fixture, scope, home), ...approval };
  const doc = await payload.create({ collection, data: data as never, context: quietContext() });
  return doc.id;
}

/** Refusals are client errors (400 invalid, 401, 403 forbidden, 404 not visible); anything else is a bug. */
const refusalStatuses = new Set([400, 401, 403, 404]);

export async function refusedCleanly(run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (error) {
    const status = error instanceof Error && 'status' in error ? Number(error.status) : undefined;
    if (status !== undefined && refusalStatuses.has(status)) return false;
    throw error;
  }
}

type User = Awaited<ReturnType<Payload['find']>>['docs'][number];

/** Each persona as the Local API's `user` (anonymous: none), looked up once. */
export function personaUsers(payload: Payload, fixture: Fixture): (persona: Persona) => Promise<User | undefined> {
  const users = new Map<Persona, User>();
  return async (persona) => {
    const email = fixture.emails[persona];
    if (email && !users.has(persona)) {
      const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 });
      const found = docs[0];
      if (found) users.set(persona, { ...found, collection: 'users' });
    }
    return users.get(persona);
  };
}

export function localApiAttempt(payload: Payload, fixture: Fixture): Attempt {
  const userOf = personaUsers(payload, fixture);
  return async (collection, action, persona, scope) => {
    const user = await userOf(persona);
    const as = () => ({ overrideAccess: false, user, context: quietContext() }) as const;
    const home = fixture.homeOf(persona);

    switch (action) {
      case 'read': {
        const id = await existingDocument(payload, fixture, collection, scope, home);
        const byId = await refusedCleanly(() => payload.findByID({ collection, id, depth: 0, ...as() }));
        let listed = false;
        await refusedCleanly(async () => {
          listed =
            (await payload.find({ collection, where: { id: { equals: id } }, depth: 0, ...as() })).totalDocs === 1;
        });
        if (byId !== listed)
          throw new Error(`${persona} ${collection} ${scope}: findByID says ${byId}, find says ${listed}`);
        return byId;
      }
      case 'create':
        return refusedCleanly(() => payload.create({ collection, data: newDocument(fixture, scope, home), ...as() }));
      case 'update': {
        const id = await existingDocument(payload, fixture, collection, scope, home);
        return refusedCleanly(() => payload.update({ collection, id, data: { summary: 'Ændret' }, ...as() }));
      }
      case 'delete': {
        const id = await existingDocument(payload, fixture, collection, scope, home);
        return refusedCleanly(() => payload.delete({ collection, id, ...as() }));
      }
      case 'publish': {
        const id = await existingDocument(payload, fixture, collection, scope, home, true);
        return refusedCleanly(() => payload.update({ collection, id, data: { _status: 'published' }, ...as() }));
      }
    }
  };
}

/** Calls the REST API as a persona (signed in once; anonymous: no token). A 5xx answer is a bug. */
export function restCaller(payload: Payload, fixture: Fixture, cacheKey: string) {
  const tokens = new Map<Persona, string>();
  return async (persona: Persona, method: string, path: string, body?: unknown): Promise<Response> => {
    const email = fixture.emails[persona];
    if (email && !tokens.has(persona)) {
      const { token } = await payload.login({ collection: 'users', data: { email, password } });
      if (token) tokens.set(persona, token);
    }
    const headers = new Headers({ 'content-type': 'application/json' });
    const token = tokens.get(persona);
    if (token) headers.set('authorization', `JWT ${token}`);
    const request = new Request(`http://127.0.0.1/api${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const response = await handleEndpoints({ config: payload.config, request, payloadInstanceCacheKey: cacheKey });
    if (response.status >= 500)
      throw new Error(`${method} ${path} as ${persona}: ${response.status} ${await response.text()}`);
    return response;
  };
}

export function restApiAttempt(payload: Payload, fixture: Fixture, cacheKey: string): Attempt {
  const call = restCaller(payload, fixture, cacheKey);
  return async (collection, action, persona, scope) => {
    const home = fixture.homeOf(persona);

    switch (action) {
      case 'read': {
        const id = await existingDocument(payload, fixture, collection, scope, home);
        const byId = (await call(persona, 'GET', `/${collection}/${id}?depth=0`)).ok;
        const list = await call(persona, 'GET', `/${collection}?depth=0&where[id][equals]=${id}`);
        const listed = list.ok && ((await list.json()) as { totalDocs: number }).totalDocs === 1;
        if (byId !== listed) throw new Error(`${persona} ${collection} ${scope}: GET by id ${byId}, list ${listed}`);
        return byId;
      }
      case 'create':
        return (await call(persona, 'POST', `/${collection}`, newDocument(fixture, scope, home))).ok;
      case 'update': {
        const id = await existingDocument(payload, fixture, collection, scope, home);
        return (await call(persona, 'PATCH', `/${collection}/${id}`, { summary: 'Ændret' })).ok;
      }
      case 'delete': {
        const id = await existingDocument(payload, fixture, collection, scope, home);
        const deleted = (await call(persona, 'DELETE', `/${collection}/${id}`)).ok;
        const stillThere = (await payload.find({ collection, where: { id: { equals: id } } })).totalDocs === 1;
        if (deleted === stillThere) throw new Error(`${persona} ${collection} ${scope}: DELETE said ${deleted}`);
        return deleted;
      }
      case 'publish': {
        const id = await existingDocument(payload, fixture, collection, scope, home, true);
        const published = (await call(persona, 'PATCH', `/${collection}/${id}`, { _status: 'published' })).ok;
        const doc = await payload.findByID({ collection, id, depth: 0 });
        if (published !== (doc._status === 'published'))
          throw new Error(`${persona} ${collection} ${scope}: publish said ${published}`);
        return published;
      }
    }
  };
}
