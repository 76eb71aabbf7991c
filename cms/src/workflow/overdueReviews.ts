import type { Payload, PayloadRequest } from 'payload';

export type OverdueReview = { id: number; title: string; reviewBy: string };

/** Published lessons past their review-by date that this user may see, oldest first. */
export async function overdueReviews(
  payload: Payload,
  user: PayloadRequest['user'],
  now = new Date(),
): Promise<OverdueReview[]> {
  const { docs } = await payload.find({
    collection: 'lessons',
    where: { and: [{ _status: { equals: 'published' } }, { reviewBy: { less_than: now.toISOString() } }] },
    sort: 'reviewBy',
    depth: 0,
    limit: 100,
    overrideAccess: false,
    user,
  });
  return docs.map((doc) => ({ id: doc.id, title: doc.title, reviewBy: doc.reviewBy ?? '' }));
}
