import type { Access, Config } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Collection, localApiAttempt, restApiAttempt } from './access/attempts.ts';
import { actions, allowed, matrixCollections, personas, scopes } from './access/expectations.ts';
import { createFixture, type Fixture } from './access/fixture.ts';
import { type ThrowawayCms, throwawayCms } from './throwawayCms.ts';

let cms: ThrowawayCms;
let fixture: Fixture;

beforeAll(async () => {
  cms = await throwawayCms();
  fixture = await createFixture(cms.payload);
});
afterAll(async () => cms.close());

type Attempt = ReturnType<typeof localApiAttempt>;

/** Every persona × action × scope for one collection; returns the cells that differ from the rules. */
async function mismatches(attempt: Attempt, collection: Collection): Promise<string[]> {
  const wrong: string[] = [];
  for (const persona of personas) {
    for (const action of actions) {
      for (const scope of scopes) {
        const expected = allowed(persona, action, scope);
        const actual = await attempt(collection, action, persona, scope);
        if (actual !== expected) wrong.push(`${persona} ${action} ${scope}: ${actual ? 'allowed' : 'denied'}`);
      }
    }
  }
  return wrong;
}

const cellsPerCollection = personas.length * actions.length * scopes.length;

describe(`access matrix: ${personas.length} personas × ${actions.length} actions × ${scopes.length} scopes × ${matrixCollections.length} collections`, () => {
  for (const collection of matrixCollections) {
    it(`${collection} through the Local API (${cellsPerCollection} cells)`, async () => {
      expect(await mismatches(localApiAttempt(cms.payload, fixture), collection)).toEqual([]);
    });
    it(`${collection} through the REST API (${cellsPerCollection} cells)`, async () => {
      expect(await mismatches(restApiAttempt(cms.payload, fixture, cms.dir), collection)).toEqual([]);
    });
  }
});

/** The usual multi-tenant mistake: "any signed-in user may read". The matrix must catch it. */
function loosenLessonRead(config: Config): Config {
  const anySignedInUser: Access = ({ req }) => Boolean(req.user);
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collection.slug === 'lessons'
        ? { ...collection, access: { ...collection.access, read: anySignedInUser } }
        : collection,
    ),
  };
}

describe('the matrix notices a loosened rule', () => {
  it('reports foreign lessons as readable when read access is "any signed-in user"', async () => {
    const loose = await throwawayCms(loosenLessonRead);
    try {
      const looseFixture = await createFixture(loose.payload);
      const wrong = await mismatches(localApiAttempt(loose.payload, looseFixture), 'lessons');
      expect(wrong).toContain('editor read foreign: allowed');
      expect(wrong).toContain('unaffiliated read own: allowed');
    } finally {
      await loose.close();
    }
  });
});
