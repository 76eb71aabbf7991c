import { APIError, type CollectionBeforeChangeHook } from 'payload';
import { organisationsWith, platformAdmin, publisherRoles, reviewerRoles } from '../access/memberships.ts';
import { relationId as idOf } from '../relationId.ts';
import { contentHash } from './contentHash.ts';

/*
 * draft → in review → approved → published. A clinical reviewer of the owning organisation
 * approves exactly the content in front of them (its hash is recorded with who and when); any
 * later change to that content makes the approval stale. Only the owning municipality's editors
 * publish, and only approved content. Platform admins may publish without review. Server code
 * without a user (seed, imports) may record a historical approval it passes in.
 */

type Approval = { reviewer: number | string | null; approvedAt: string | null; contentHash: string | null };
const noApproval: Approval = { reviewer: null, approvedAt: null, contentHash: null };
const reviewPeriodMonths = 12;

function reviewByAfter(date: string): string {
  const reviewBy = new Date(date);
  reviewBy.setMonth(reviewBy.getMonth() + reviewPeriodMonths);
  return reviewBy.toISOString();
}

/** A refusal the editor sees as it is (Payload shows public API errors in the admin's toast). */
function refuse(message: string): never {
  throw new APIError(message, 403, undefined, true);
}

export const enforceReview: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  const merged: Record<string, unknown> = { ...(originalDoc ?? {}), ...data };
  const hash = contentHash(collection.slug, merged);
  const previous = (originalDoc?.approval ?? noApproval) as Approval;
  const user = req.user;

  let approval: Approval = previous.contentHash === hash && previous.reviewer ? previous : noApproval;
  const askedState = data.reviewState ?? originalDoc?.reviewState ?? 'draft';

  if (!user) {
    const given = data.approval as Approval | undefined;
    if (given?.reviewer)
      approval = {
        reviewer: given.reviewer,
        approvedAt: given.approvedAt ?? new Date().toISOString(),
        contentHash: hash,
      };
  } else if (askedState === 'approved' && approval === noApproval) {
    const owner = idOf(merged.owner);
    const reviewsForOwner = organisationsWith(user, reviewerRoles)
      .map(String)
      .includes(owner ?? '');
    if (reviewsForOwner || platformAdmin(user)) {
      approval = { reviewer: user.id, approvedAt: new Date().toISOString(), contentHash: hash };
    } else if (originalDoc?.reviewState !== 'approved') {
      refuse('Kun en klinisk reviewer fra den ejende organisation kan godkende.');
    }
  }

  data.approval = approval;
  // Approved only with a valid approval: a stale one sends the document back to draft.
  data.reviewState = approval !== noApproval ? 'approved' : askedState === 'in-review' ? 'in-review' : 'draft';

  if (data._status === 'published') {
    if (user && !platformAdmin(user)) {
      const owner = idOf(merged.owner) ?? '';
      if (!organisationsWith(user, publisherRoles).map(String).includes(owner)) {
        refuse('Kun redaktører fra den ejende kommune kan udgive.');
      }
      if (approval === noApproval) {
        refuse('Kan ikke udgives: en klinisk reviewer skal først godkende netop denne version.');
      }
    }
    if (!merged.reviewBy) data.reviewBy = reviewByAfter(approval.approvedAt ?? new Date().toISOString());
  }
  return data;
};
