import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Payload, PayloadRequest } from 'payload';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quietContext } from '../../src/hooks/notifyPublish.ts';
import { refusedCleanly } from './access/attempts.ts';
import { allowed, personas, type Scope, scopes } from './access/expectations.ts';
import { createFixture, type Fixture, sharingFor } from './access/fixture.ts';
import { type ThrowawayCms, throwawayCms } from './throwawayCms.ts';

/*
 * The media library under the same matrix as the content collections: every persona × read,
 * create, update, delete × own / shared / national / foreign, through the Local API with access
 * enforced, against the rules written out in expectations.ts. (Media has no drafts, so no publish.)
 */

type User = NonNullable<PayloadRequest['user']>;
const mediaActions = ['read', 'create', 'update', 'delete'] as const;
let cms: ThrowawayCms;
let payload: Payload;
let fixture: Fixture;
let picture: string;
const users = new Map<string, User>();

beforeAll(async () => {
  cms = await throwawayCms();
  payload = cms.payload;
  fixture = await createFixture(payload);
  picture = join(cms.dir, 'prik.png');
  writeFileSync(
    picture,
    await sharp({ create: { width: 40, height: 30, channels: 3, background: '#369' } })
      .png()
      .toBuffer(),
  );
  for (const persona of personas) {
    const email = fixture.emails[persona];
    if (!email) continue;
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 });
    users.set(persona, { ...docs[0], collection: 'users' } as User);
  }
}, 120_000);

afterAll(async () => {
  await cms?.close();
});

const data = (scope: Scope, home: number) => ({ alt: 'Prik', credit: 'Matrix', ...sharingFor(fixture, scope, home) });

async function existing(scope: Scope, home: number): Promise<number> {
  const doc = await payload.create({
    collection: 'media',
    data: data(scope, home) as never,
    filePath: picture,
    context: quietContext(),
  });
  return doc.id;
}

describe(`media access: ${personas.length} personas × ${mediaActions.length} actions × ${scopes.length} scopes`, () => {
  for (const persona of personas) {
    it(`${persona}`, async () => {
      const user = users.get(persona);
      const as = { user, overrideAccess: false, context: quietContext() };
      const home = fixture.homeOf(persona);
      const outcomes: string[] = [];
      const expectedOutcomes: string[] = [];
      for (const scope of scopes) {
        for (const action of mediaActions) {
          let done: boolean;
          if (action === 'read') {
            const id = await existing(scope, home);
            done = await refusedCleanly(() => payload.findByID({ collection: 'media', id, depth: 0, ...as }));
          } else if (action === 'create') {
            done = await refusedCleanly(() =>
              payload.create({ collection: 'media', data: data(scope, home) as never, filePath: picture, ...as }),
            );
          } else if (action === 'update') {
            const id = await existing(scope, home);
            done = await refusedCleanly(() =>
              payload.update({ collection: 'media', id, data: { credit: 'Ændret' }, ...as }),
            );
          } else {
            const id = await existing(scope, home);
            done = await refusedCleanly(() => payload.delete({ collection: 'media', id, ...as }));
          }
          outcomes.push(`${action} ${scope}: ${done}`);
          expectedOutcomes.push(`${action} ${scope}: ${allowed(persona, action, scope)}`);
        }
      }
      expect(outcomes).toEqual(expectedOutcomes);
    });
  }
});
