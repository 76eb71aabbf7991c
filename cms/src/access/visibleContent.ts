import type { Where } from 'payload';
import { anyRole, organisationsWith, platformAdmin } from './memberships.ts';

type User = Parameters<typeof platformAdmin>[0];

/**
 * The documents a user may see: their own organisations', those shared nationally, and those
 * shared with one of their organisations. `prefix` is 'version.' for version history, whose
 * documents keep their fields under `version`.
 */
export function visibleContent(user: User, prefix = ''): boolean | Where {
  if (platformAdmin(user)) return true;
  const mine = organisationsWith(user, anyRole);
  if (mine.length === 0) return false;
  return {
    or: [
      { [`${prefix}owner`]: { in: mine } },
      { [`${prefix}visibility`]: { equals: 'national' } },
      { and: [{ [`${prefix}visibility`]: { equals: 'selected' } }, { [`${prefix}sharedWith`]: { in: mine } }] },
    ],
  };
}
