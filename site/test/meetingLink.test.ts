import { describe, expect, it } from 'vitest';
import { meetingAnswer, meetingWindow } from '../src/lib/meetingLink.ts';

describe('the way into a meeting', () => {
  const meeting = { startsAt: '2026-12-01T16:00:00Z', endsAt: '2026-12-01T17:00:00Z' };
  const at = (iso: string) => new Date(iso).getTime();

  it('opens 15 minutes before the start and closes at the end', () => {
    expect(meetingWindow(meeting, at('2026-12-01T15:44:59Z'))).toBe('before');
    expect(meetingWindow(meeting, at('2026-12-01T15:45:00Z'))).toBe('open');
    expect(meetingWindow(meeting, at('2026-12-01T16:59:59Z'))).toBe('open');
    expect(meetingWindow(meeting, at('2026-12-01T17:00:00Z'))).toBe('over');
  });

  it("follows only an https address, and words the function's refusals", () => {
    expect(meetingAnswer(200, { url: 'https://bbb.kommune.dk/join?x=1', provider: 'bigbluebutton' })).toEqual({
      url: 'https://bbb.kommune.dk/join?x=1',
    });
    expect(meetingAnswer(200, { url: 'javascript:alert(1)' })).toEqual({ refusal: 'failed' });
    expect(meetingAnswer(401, {})).toEqual({ refusal: 'signIn' });
    expect(meetingAnswer(403, { reason: 'not-open', opensAt: '2026-12-01T15:45:00Z' })).toEqual({
      refusal: 'notOpen',
      opensAt: '2026-12-01T15:45:00Z',
    });
    expect(meetingAnswer(403, { reason: 'not-registered' })).toEqual({ refusal: 'notRegistered' });
    expect(meetingAnswer(404, { reason: 'not-found' })).toEqual({ refusal: 'notFound' });
    expect(meetingAnswer(409, { reason: 'no-link' })).toEqual({ refusal: 'noLink' });
    expect(meetingAnswer(503, null)).toEqual({ refusal: 'failed' });
  });
});
