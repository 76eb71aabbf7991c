import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload';
import { organisationsWith, platformAdmin, publisherRoles, reviewerRoles } from '../access/memberships.ts';
import { relationId as idOf, relationKey } from '../relationId.ts';
import { contentHash, hasOwnText } from './contentHash.ts';
import { fingerprint, localeView } from './fingerprint.ts';
import { languageAdjective } from './languageNames.ts';

/*
 * draft → in review → approved → published. A clinical reviewer of the owning organisation
 * approves exactly the content in front of them in one language, media as readers see them
 * included (its fingerprint is recorded with who and when); any later change to that content
 * makes the approval stale. Four eyes: nobody approves text they last changed, nor a lesson whose
 * media they last changed. Only the owning municipality's editors (or platform admins) publish,
 * and only content whose every language with text of its own is approved as it stands: Payload
 * publishes all languages of a document together. Server code without a user (seed, imports)
 * may record a historical approval it passes in; the export checks every approval again.
 */

type Approval = { reviewer: number | string | null; approvedAt: string | null; contentHash: string | null };
type LastEdit = { by: number | string | null; contentHash: string | null };
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

/** Languages other than `current` whose own text, as last saved, is not approved exactly. */
async function unapprovedOtherLanguages(
  req: PayloadRequest,
  collection: Parameters<CollectionBeforeChangeHook>[0]['collection'],
  id: number | string | undefined,
  current: string,
): Promise<string[]> {
  const locales = req.payload.config.localization ? req.payload.config.localization.localeCodes : [];
  if (id === undefined || locales.length < 2) return [];
  const stored = (await req.payload.findByID({
    collection: collection.slug as 'lessons',
    id,
    locale: 'all',
    draft: true,
    depth: 0,
    overrideAccess: true,
    // No `req`: a nested call would switch this save's request to locale 'all'.
  })) as unknown as Record<string, unknown>;
  const unapproved: string[] = [];
  for (const locale of locales.filter((code) => code !== current)) {
    const view = localeView(collection.fields, stored, locale);
    if (!hasOwnText(view)) continue;
    const approval = (view.approval ?? noApproval) as Approval;
    const { hash } = await fingerprint(req.payload, collection.slug, view, locale);
    if (!approval.reviewer || approval.contentHash !== hash) unapproved.push(locale);
  }
  return unapproved;
}

export const enforceReview: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const locale = typeof req.locale === 'string' && req.locale !== 'all' ? req.locale : 'da';
  const merged: Record<string, unknown> = { ...(originalDoc ?? {}), ...data };
  const { hash, media } = await fingerprint(req.payload, collection.slug, merged, locale);
  const previous = (originalDoc?.approval ?? noApproval) as Approval;
  const user = req.user;

  // Who last changed the document's own text (media by id only: a changed picture is its
  // changer's edit, not that of whoever saves the lesson next).
  const ownText = contentHash(collection.slug, merged, new Map());
  const lastEdit = (originalDoc?.lastEdit ?? { by: null, contentHash: null }) as LastEdit;
  data.lastEdit = lastEdit.contentHash === ownText ? lastEdit : { by: user?.id ?? null, contentHash: ownText };
  const wroteIt = (person: { id: number | string }) =>
    relationKey((data.lastEdit as LastEdit).by) === String(person.id) ||
    [...media.values()].some((facts) => facts.changedBy === String(person.id));

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
    if (!reviewsForOwner) {
      // An editor saving a form that still says "approved" after a change: back to draft, quietly.
      if (originalDoc?.reviewState !== 'approved')
        refuse('Kun en klinisk reviewer fra den ejende organisation kan godkende.');
    } else if (wroteIt(user)) {
      refuse(
        'Du har selv lavet den seneste ændring af teksten eller dens medier. En anden klinisk reviewer skal godkende den.',
      );
    } else {
      approval = { reviewer: user.id, approvedAt: new Date().toISOString(), contentHash: hash };
    }
  }

  data.approval = approval;
  // Approved only with a valid approval: a stale one sends the document back to draft.
  data.reviewState = approval !== noApproval ? 'approved' : askedState === 'in-review' ? 'in-review' : 'draft';

  if (data._status === 'published') {
    if (user) {
      const owner = idOf(merged.owner) ?? '';
      if (!platformAdmin(user) && !organisationsWith(user, publisherRoles).map(String).includes(owner)) {
        refuse('Kun redaktører fra den ejende kommune kan udgive.');
      }
      if (approval === noApproval) {
        refuse('Kan ikke udgives: en klinisk reviewer skal først godkende netop denne version.');
      }
      const others = await unapprovedOtherLanguages(req, collection, originalDoc?.id, locale);
      if (others.length > 0) {
        const names = others.map(languageAdjective).join(' og ');
        refuse(
          `Kan ikke udgives: den ${names} tekst er ændret, siden den blev godkendt, og alle sprog udgives samtidig. Få den godkendt først.`,
        );
      }
    }
    if (!merged.reviewBy) data.reviewBy = reviewByAfter(approval.approvedAt ?? new Date().toISOString());
  }
  return data;
};
