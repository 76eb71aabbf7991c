import type { Payload } from 'payload';
import { quietContext } from '../../../src/hooks/notifyPublish.ts';
import type { Persona, Scope } from './expectations.ts';

/*
 * Organisations: home (a municipality) and association (a patient association) are where the
 * personas work; partner shares with them; stranger shares with nobody but partner.
 */

export const password = 'matrix-test-password-1';

export type Fixture = {
  organisations: Record<'home' | 'association' | 'partner' | 'stranger', number>;
  /** The organisation each persona counts as "own" (the association for the contributor). */
  homeOf: (persona: Persona) => number;
  emails: Record<Persona, string | undefined>;
  /** A user id to record as the approving reviewer when server code approves fixture documents. */
  reviewerId: number;
};

export async function createFixture(payload: Payload): Promise<Fixture> {
  const organisation = async (slug: string, kind: 'municipality' | 'association') =>
    (await payload.create({ collection: 'organisations', data: { name: slug, slug, kind }, context: quietContext() }))
      .id;
  const organisations = {
    home: await organisation('home', 'municipality'),
    association: await organisation('association', 'association'),
    partner: await organisation('partner', 'municipality'),
    stranger: await organisation('stranger', 'municipality'),
  };

  const member = async (persona: Persona, role: string | undefined, organisationId: number) => {
    const email = `${persona}@matrix.test`;
    const created = await payload.create({
      collection: 'users',
      data: {
        email,
        password,
        platformAdmin: persona === 'admin',
        memberships: role ? [{ organisation: organisationId, role: role as 'editor' }] : [],
      },
      context: quietContext(),
    });
    if (persona === 'reviewer') reviewerId = created.id;
    return email;
  };
  let reviewerId = 0;
  const emails: Record<Persona, string | undefined> = {
    admin: await member('admin', undefined, organisations.home),
    editor: await member('editor', 'editor', organisations.home),
    reviewer: await member('reviewer', 'reviewer', organisations.home),
    contributor: await member('contributor', 'contributor', organisations.association),
    professional: await member('professional', 'professional', organisations.home),
    unaffiliated: await member('unaffiliated', undefined, organisations.home),
    anonymous: undefined,
  };

  return {
    organisations,
    homeOf: (persona) => (persona === 'contributor' ? organisations.association : organisations.home),
    emails,
    reviewerId,
  };
}

/** Sharing settings that put a new document in `scope` for a persona whose organisation is `home`. */
export function sharingFor(fixture: Fixture, scope: Scope, home: number) {
  const { partner, stranger, home: municipality, association } = fixture.organisations;
  switch (scope) {
    case 'own':
      return { owner: home, visibility: 'own' as const };
    case 'shared':
      return { owner: partner, visibility: 'selected' as const, sharedWith: [municipality, association] };
    case 'national':
      return { owner: partner, visibility: 'national' as const };
    case 'foreign':
      return { owner: stranger, visibility: 'selected' as const, sharedWith: [partner] };
  }
}
