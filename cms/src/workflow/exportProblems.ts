import type { Payload, PayloadRequest } from 'payload';
import { anyRole, organisationsWith, platformAdmin } from '../access/memberships.ts';
import { relationKey } from '../relationId.ts';

export type ExportProblem = { collection: string; documentId: string; title: string; reason: string };

/** What the latest export left out of the site, for the organisations this user belongs to. */
export async function exportProblems(payload: Payload, user: PayloadRequest['user']): Promise<ExportProblem[]> {
  if (!user) return [];
  const report = await payload.findGlobal({ slug: 'export-report', depth: 0, overrideAccess: true });
  const mine = new Set(organisationsWith(user, anyRole).map(String));
  return (report.leftOut ?? [])
    .filter((entry) => platformAdmin(user) || mine.has(relationKey(entry.owner)))
    .map((entry) => ({
      collection: entry.collection,
      documentId: entry.documentId,
      title: entry.title ?? '',
      reason: entry.reason,
    }));
}
