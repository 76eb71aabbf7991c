import type { ServerProps } from 'payload';
import { overdueReviews } from '../workflow/overdueReviews.ts';

/** Dashboard panel: published lessons whose review-by date has passed. */
export async function OverdueReviews({ payload, user }: ServerProps) {
  const overdue = await overdueReviews(payload, user ?? null);
  const dateFormat = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long' });
  return (
    <section aria-labelledby="overdue-reviews" style={{ marginBlock: '2rem' }}>
      <h2 id="overdue-reviews">Lektioner der skal gennemses</h2>
      {overdue.length === 0 ? (
        <p>Ingen udgivne lektioner har overskredet deres gennemsynsdato.</p>
      ) : (
        <ul>
          {overdue.map((lesson) => (
            <li key={lesson.id}>
              <a href={`/admin/collections/lessons/${lesson.id}`}>{lesson.title}</a> – skulle gennemses senest{' '}
              {dateFormat.format(new Date(lesson.reviewBy))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
