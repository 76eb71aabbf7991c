import { describe, expect, it } from 'vitest';
import { noticeMail, noticePush } from '../../functions/lib/notices.ts';
import type { NoticeKind } from '../src/index.ts';

/*
 * The words of every notice kind (functions/lib/notices.ts): Danish and English, a link to the page
 * where the details are after sign-in, and nothing else: no title, no time, nothing about health.
 * The sender gets a kind and an address only, so no title can reach the words; this checks the words.
 */

const kinds: Record<NoticeKind, string> = {
  seat_granted: 'webinarer',
  webinar_tomorrow: 'webinarer',
  webinar_soon: 'webinarer',
  new_message: 'beskeder',
  webinar_cancelled: 'webinarer',
  appointment_cancelled: 'samtaler',
};
const site = 'https://sundhed.example';

describe('notice words', () => {
  it.each(Object.entries(kinds) as [NoticeKind, string][])(
    '%s: both languages, the link, nothing more',
    (kind, page) => {
      const mail = noticeMail(kind, 'borger@example.test', site);
      expect(mail.to).toBe('borger@example.test');
      expect(mail.subject).toBe('Nyt fra Sundhedscenter / News from Sundhedscenter');
      expect(mail.text).toContain(`Se mere: ${site}/${page}/`);
      expect(mail.text).toContain(`See more: ${site}/${page}/`);
      expect(mail.html).toContain('<div lang="en">');
      // No time of day, no date, no dose, no health word.
      for (const words of [mail.text, mail.html, JSON.stringify(noticePush(kind, site))]) {
        expect(words).not.toMatch(/\d{1,2}[.:]\d{2}|\d{4}-\d{2}|mg|diabetes|blodsukker|kol\b|hjerte/i);
      }
      expect(noticePush(kind, site)).toEqual({
        title: 'Sundhedscenter',
        body: expect.any(String),
        lang: 'da',
        url: `${site}/${page}/`,
      });
    },
  );

  it('says a cancellation is a cancellation, in both languages', () => {
    expect(noticeMail('webinar_cancelled', 'a@example.test', site).text).toMatch(/webinar.*er aflyst[\s\S]*cancelled/);
    expect(noticeMail('appointment_cancelled', 'a@example.test', site).text).toMatch(
      /samtale.*er aflyst[\s\S]*has been cancelled/,
    );
  });
});
