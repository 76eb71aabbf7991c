import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import CalendarSubscription from '../src/components/CalendarSubscription.astro';

/* The calendar link section as built: hidden until someone is signed in, every control labelled. */

describe('the calendar subscription section', () => {
  it('is hidden, names the page’s live region and alert, and labels its field and buttons', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(CalendarSubscription, {
      props: { statusId: 'webinar-status', alertId: 'webinar-error' },
    });
    expect(html).toMatch(/<calendar-subscription hidden/);
    expect(html).toContain('data-status="webinar-status"');
    expect(html).toContain('data-alert="webinar-error"');
    expect(html).toMatch(
      /<section aria-labelledby="kalender-abonnement">\s*<h2 id="kalender-abonnement">Kalender-abonnement<\/h2>/,
    );
    // The field's label and its help are tied to it by id.
    expect(html).toContain('<label class="feed-label" for="kalenderlink">Dit kalenderlink</label>');
    expect(html).toMatch(/<input id="kalenderlink"[^>]* readonly[^>]* aria-describedby="kalenderlink-hjaelp"/);
    expect(html).toContain('id="kalenderlink-hjaelp"');
    for (const text of [
      'Lav et kalenderlink',
      'Stop kalenderlinket',
      'Kopiér linket',
      'holder det gamle op med at virke',
    ]) {
      expect(html).toContain(text);
    }
    // The element words "Nyt link" and its announcements from these.
    const messages = JSON.parse(
      (html.match(/data-messages="([^"]*)"/)?.[1] ?? '{}').replaceAll('&quot;', '"').replaceAll('&#34;', '"'),
    );
    expect(messages).toMatchObject({
      renew: 'Nyt link',
      didRenew: expect.stringContaining('Det gamle link virker ikke'),
    });
  });
});
