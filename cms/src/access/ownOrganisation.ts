import type { Where } from 'payload';
import { anyRole, organisationsWith, platformAdmin } from './memberships.ts';

type User = Parameters<typeof platformAdmin>[0];

/**
 * Documents that are never shared (a municipality's local adaptations): its own members' only.
 * `prefix` is 'version.' for version history, whose documents keep their fields under `version`.
 */
export function ownOrganisation(user: User, prefix = ''): boolean | Where {
  if (platformAdmin(user)) return true;
  const mine = organisationsWith(user, anyRole);
  return mine.length > 0 ? { [`${prefix}owner`]: { in: mine } } : false;
}
