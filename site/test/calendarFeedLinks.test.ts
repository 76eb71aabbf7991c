import { describe, expect, it } from 'vitest';
import { calendarFeedLinks } from '../src/webinars/calendarFeedLinks.ts';
import { calendarFile } from '../src/webinars/calendarFile.ts';

const secret = 'ab'.repeat(32);

describe('calendar links on the webinars page', () => {
  it('put the feed on the site’s own origin, to paste (https) and to open in a calendar app (webcal)', () => {
    expect(calendarFeedLinks('https://sundhed.example', secret)).toEqual({
      https: `https://sundhed.example/api/kalender/${secret}.ics`,
      webcal: `webcal://sundhed.example/api/kalender/${secret}.ics`,
    });
    // A local build, served over http.
    expect(calendarFeedLinks('http://localhost:4321', secret).webcal).toBe(
      `webcal://localhost:4321/api/kalender/${secret}.ics`,
    );
  });

  it('give one webinar’s calendar file the same UID as the feed gives it, and a link back to the page', () => {
    const file = calendarFile(
      { id: 'w1', title: 'Mad, og sukker', startsAt: '2026-12-03T16:00:00Z', endsAt: '2026-12-03T17:00:00Z' },
      'https://sundhed.example/webinarer/',
      new Date('2026-11-27T12:00:00Z'),
    );
    expect(file).toContain('\r\nUID:webinar-w1@sundhedscenter\r\n');
    expect(file).toContain('\r\nSUMMARY:Mad\\, og sukker\r\n');
    expect(file).toContain('\r\nURL:https://sundhed.example/webinarer/\r\n');
    expect(file).toContain('\r\nDTSTART:20261203T160000Z\r\n');
  });
});
