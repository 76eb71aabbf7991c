import type { PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';
import { createOwnContent } from '../../src/access/createOwnContent.ts';

const member = (role: string, organisation = 1) =>
  ({ id: 9, collection: 'users', memberships: [{ organisation, role }] }) as unknown as PayloadRequest['user'];
const ask = (user: PayloadRequest['user'], data?: Record<string, unknown>) =>
  createOwnContent({ req: { user } as PayloadRequest, ...(data ? { data } : {}) });

describe('who may create content', () => {
  it.each([undefined, {}, { owner: null }, { title: 'Ny lektion' }])(
    'lets an author open the create form before an owner is chosen (data %j)',
    (data) => {
      expect(ask(member('contributor'), data)).toBe(true);
      expect(ask(member('editor'), data)).toBe(true);
      expect(ask(member('professional'), data)).toBe(false);
      expect(ask(member('reviewer'), data)).toBe(false);
      expect(ask(null, data)).toBe(false);
    },
  );

  it('checks a chosen owner against the author’s own organisations, as id or populated', () => {
    expect(ask(member('editor', 1), { owner: 1 })).toBe(true);
    expect(ask(member('editor', 1), { owner: { id: 1, name: 'Odense' } })).toBe(true);
    expect(ask(member('editor', 1), { owner: 2 })).toBe(false);
  });
});
