/*
 * The way into a webinar or a video session. From 15 minutes before the start until the end the
 * reader gets a button; pressed, it asks the meeting function (POST /api/moede,
 * functions/meeting-link.ts) with their access token for the address of this meeting for this
 * person, and goes there. Asked at the press, not when the page is drawn: BigBlueButton's join
 * addresses and Jitsi's tokens are made per person and expire, and asking opens the room; a fixed
 * link (Teams, VDX) comes the same way. Before the window the page says when the way in comes,
 * and turns into the button when it does. Only an https address is followed.
 */

export type MeetingKind = 'webinar' | 'appointment';
export type Meeting = { kind: MeetingKind; id: string; startsAt: string; endsAt: string };

/** Why the reader cannot go in now, as the page words it (keys under `meeting.`). */
export const meetingRefusals = ['notOpen', 'signIn', 'notRegistered', 'notFound', 'noLink', 'failed'] as const;

/** How the function answered. */
export type MeetingAnswer =
  | { url: string }
  | { refusal: Exclude<(typeof meetingRefusals)[number], 'notOpen'> }
  | { refusal: 'notOpen'; opensAt: string };

const windowOpensBefore = 15 * 60_000;

/** Before the join window, in it, or over. */
export function meetingWindow(meeting: Pick<Meeting, 'startsAt' | 'endsAt'>, now: number): 'before' | 'open' | 'over' {
  if (now >= new Date(meeting.endsAt).getTime()) return 'over';
  return now >= new Date(meeting.startsAt).getTime() - windowOpensBefore ? 'open' : 'before';
}

/** The function's answer (status and JSON body) as what to do. */
export function meetingAnswer(status: number, body: unknown): MeetingAnswer {
  const { url, reason, opensAt } = (body ?? {}) as { url?: unknown; reason?: unknown; opensAt?: unknown };
  if (status === 200) return typeof url === 'string' && /^https:\/\//.test(url) ? { url } : { refusal: 'failed' };
  if (status === 401) return { refusal: 'signIn' };
  if (status === 403 && reason === 'not-open' && typeof opensAt === 'string') return { refusal: 'notOpen', opensAt };
  if (status === 403) return { refusal: 'notRegistered' };
  if (status === 404) return { refusal: 'notFound' };
  if (status === 409) return { refusal: 'noLink' };
  return { refusal: 'failed' };
}

/** Asks the meeting function; a lost connection is 'failed'. */
export async function askForMeeting(kind: MeetingKind, id: string, token: string | undefined): Promise<MeetingAnswer> {
  if (!token) return { refusal: 'signIn' };
  try {
    const response = await fetch('/api/moede', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ kind, id }),
    });
    return meetingAnswer(response.status, await response.json().catch(() => ({})));
  } catch {
    return { refusal: 'failed' };
  }
}

export type JoinTexts = {
  /** "Gå til webinaret". */
  join: string;
  /** "Linket … kommer her 15 minutter før start." */
  later: string;
  /** The words for a refusal (`notOpen` with `{when}`, the moment it opens). */
  refusal: (key: string, opensAt?: string) => string;
};

/**
 * Fills `place` with the way in: the button in the window, the "comes here" line before it (and
 * the button once the window opens, if the page is still open), nothing once it is over.
 */
export function showMeetingJoin(
  place: HTMLElement,
  meeting: Meeting,
  accessToken: () => Promise<string | undefined>,
  texts: JoinTexts,
): void {
  const state = meetingWindow(meeting, Date.now());
  if (state === 'over') {
    place.replaceChildren();
    return;
  }
  if (state === 'before') {
    place.textContent = texts.later;
    const wait = new Date(meeting.startsAt).getTime() - windowOpensBefore - Date.now();
    // A page left open the same day turns into the button (longer timers are not kept).
    if (wait < 12 * 3_600_000)
      setTimeout(() => {
        if (place.isConnected) showMeetingJoin(place, meeting, accessToken, texts);
      }, wait + 1000);
    return;
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = texts.join;
  const alert = document.createElement('span');
  alert.className = 'join-refusal';
  alert.setAttribute('role', 'alert');
  button.addEventListener('click', async () => {
    alert.textContent = '';
    button.disabled = true;
    const answer = await askForMeeting(meeting.kind, meeting.id, await accessToken().catch(() => undefined));
    if ('url' in answer) {
      location.assign(answer.url);
      return;
    }
    button.disabled = false;
    alert.textContent = texts.refusal(answer.refusal, 'opensAt' in answer ? answer.opensAt : undefined);
    button.focus();
  });
  place.replaceChildren(button, ' ', alert);
}
