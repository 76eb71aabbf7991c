import type { ContentLocale } from '@sundhed/content';
import type { Payload } from 'payload';
import { isOfferedTo } from '../../cms/src/access/offeredTo.ts';
import { relationKey } from '../../cms/src/relationId.ts';
import { hasOwnText, mediaUsedBy } from '../../cms/src/workflow/contentHash.ts';
import { fingerprint } from '../../cms/src/workflow/fingerprint.ts';
import { languageAdjective } from '../../cms/src/workflow/languageNames.ts';
import type { CmsDocument } from './mapDocuments.ts';

/*
 * The checks the export makes again, whatever the CMS allowed: a document reaches citizens only
 * when its text in each language with text of its own is exactly the text a clinical reviewer
 * approved (media as readers see them included), and only with media its owner may use.
 */

/** A published document the export left off the site, and why. */
export type LeftOut = {
  collection: string;
  id: string;
  slug: string;
  title: string;
  /** The owner organisation's id ('' for organisations themselves). */
  owner: string;
  ownerName: string;
  reason: string;
};

type Approval = { reviewer?: unknown; contentHash?: unknown } | undefined;

/** Reasons to leave `doc` out, read in `locale` with no fallback; none when it may be published. */
export async function leftOutChecks(
  payload: Payload,
  collection: string,
  doc: CmsDocument,
  locale: ContentLocale,
): Promise<string[]> {
  // An English page with no English text shows the Danish text, which the Danish check covers.
  if (locale !== 'da' && !hasOwnText(doc)) return [];
  const { hash, media } = await fingerprint(payload, collection, doc, locale);
  const reasons: string[] = [];
  const approval = doc.approval as Approval;
  if (!approval?.reviewer || approval.contentHash !== hash) {
    reasons.push(
      `den ${languageAdjective(locale)} tekst er ikke godkendt, som den står (ændret efter godkendelsen, også i en mediefil, eller aldrig godkendt)`,
    );
  }
  for (const id of mediaUsedBy(doc)) {
    const facts = media.get(id);
    if (!facts) reasons.push(`mediefil ${id} findes ikke`);
    else if (!isOfferedTo(facts, relationKey(doc.owner))) reasons.push(`mediefil ${id} er ikke delt med ejeren`);
  }
  return reasons;
}
