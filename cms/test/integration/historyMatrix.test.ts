import type { Access, Config } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyReads, personas, scopesOf, seesHistory, versionedCollections } from './access/expectations.ts';
import { createFixture, type Fixture } from './access/fixture.ts';
import { historyDocuments, localHistoryAttempt, restHistoryAttempt } from './access/historyAttempts.ts';
import { type ThrowawayCms, throwawayCms } from './throwawayCms.ts';

/*
 * The access matrix for version history and drafts: every persona × versions list / draft × scope
 * × every collection with drafts, through the Local API and the REST API, each cell compared with
 * the rules written out in access/expectations.ts. Media has no versions.
 */

let cms: ThrowawayCms;
let fixture: Fixture;
let documents: ReturnType<typeof historyDocuments>;

beforeAll(async () => {
  cms = await throwawayCms();
  fixture = await createFixture(cms.payload);
  documents = historyDocuments(cms.payload, fixture);
});
afterAll(async () => cms.close());

type Attempt = ReturnType<typeof localHistoryAttempt>;
type Collection = (typeof versionedCollections)[number];

/** Every persona × read × scope for one collection; returns the cells that differ from the rules. */
async function mismatches(attempt: Attempt, collection: Collection): Promise<string[]> {
  const wrong: string[] = [];
  for (const persona of personas) {
    for (const read of historyReads) {
      for (const scope of scopesOf(collection)) {
        const expected = seesHistory(persona, collection, scope);
        const actual = await attempt(collection, read, persona, scope);
        if (actual !== expected) wrong.push(`${persona} ${read} ${scope}: ${actual ? 'allowed' : 'denied'}`);
      }
    }
  }
  return wrong;
}

const cells = (collection: Collection) => personas.length * historyReads.length * scopesOf(collection).length;
const total = versionedCollections.reduce((sum, collection) => sum + cells(collection), 0);

describe(`version history and drafts: ${personas.length} personas × ${historyReads.length} reads × scopes × ${versionedCollections.length} collections (${total} cells per API)`, () => {
  for (const collection of versionedCollections) {
    it(`${collection} through the Local API (${cells(collection)} cells)`, async () => {
      expect(await mismatches(localHistoryAttempt(cms.payload, fixture, documents), collection)).toEqual([]);
    });
    it(`${collection} through the REST API (${cells(collection)} cells)`, async () => {
      const attempt = restHistoryAttempt(cms.payload, fixture, cms.dir, documents);
      expect(await mismatches(attempt, collection)).toEqual([]);
    });
  }
});

/** Two loosened rules: lessons' version history and adoptions' read, each "any signed-in user". */
function loosenHistory(config: Config): Config {
  const anySignedInUser: Access = ({ req }) => Boolean(req.user);
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (collection.slug === 'lessons')
        return { ...collection, access: { ...collection.access, readVersions: anySignedInUser } };
      if (collection.slug === 'adoptions')
        return { ...collection, access: { ...collection.access, read: anySignedInUser } };
      return collection;
    }),
  };
}

describe('the history matrix notices a loosened rule', () => {
  it('reports foreign versions and drafts as readable when the rule is "any signed-in user"', async () => {
    const loose = await throwawayCms(loosenHistory);
    try {
      const looseFixture = await createFixture(loose.payload);
      const attempt = localHistoryAttempt(loose.payload, looseFixture, historyDocuments(loose.payload, looseFixture));
      const lessons = await mismatches(attempt, 'lessons');
      expect(lessons).toContain('editor versions foreign: allowed');
      expect(lessons).toContain('unaffiliated versions own: allowed');
      expect(lessons.filter((cell) => cell.includes(' draft '))).toEqual([]);
      const adoptions = await mismatches(attempt, 'adoptions');
      expect(adoptions).toContain('editor draft foreign: allowed');
      expect(adoptions).toContain('unaffiliated draft own: allowed');
    } finally {
      await loose.close();
    }
  });
});
