import type { PayloadRequest } from 'payload';

/*
 * A user's roles live in their memberships: one role in one organisation each, and a user may
 * belong to several organisations. Access rules ask which organisations grant a set of roles.
 */

export const organisationRoles = ['editor', 'reviewer', 'contributor', 'professional'] as const;
export type OrganisationRole = (typeof organisationRoles)[number];

/** Who may write content, review it, or only read it, in their organisations. */
export const authorRoles: OrganisationRole[] = ['editor', 'contributor'];
export const reviewerRoles: OrganisationRole[] = ['reviewer'];
export const deleterRoles: OrganisationRole[] = ['editor'];
export const publisherRoles: OrganisationRole[] = ['editor'];
export const anyRole: OrganisationRole[] = [...organisationRoles];

type Member = PayloadRequest['user'];
type Membership = { organisation?: unknown; role?: unknown };

export function platformAdmin(user: Member): boolean {
  return Boolean(user && 'platformAdmin' in user && user.platformAdmin === true);
}

function organisationId(value: unknown): number | string | undefined {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'id' in value) return (value as { id: number | string }).id;
  return undefined;
}

/** Ids of the organisations where the user holds one of `roles`. */
export function organisationsWith(user: Member, roles: readonly OrganisationRole[]): (number | string)[] {
  const memberships = (user && 'memberships' in user ? user.memberships : undefined) as Membership[] | undefined;
  const ids = (memberships ?? [])
    .filter((membership) => roles.includes(membership.role as OrganisationRole))
    .map((membership) => organisationId(membership.organisation))
    .filter((id): id is number | string => id !== undefined);
  return [...new Set(ids)];
}
