import { describe, expect, it } from 'vitest';
import {
  BackendError,
  chatAdapter,
  cohortsAdapter,
  createSundhedClient,
  evaluationAdapter,
  inboxAdapter,
  progressAdapter,
  schedulingAdapter,
  staffSchedulingAdapter,
} from '../src/index.ts';

/*
 * The requests the adapters send, as PostgREST receives them: method, path, query, body and the
 * anon key. Answers are canned; the functions and tables they name are checked by the types
 * (generated from the migrations) and exercised for real by the smoke suite.
 */

type Sent = { method: string; path: string; query: string; body: unknown; apikey: string | null };

function recordingClient(answer: (sent: Sent) => { status?: number; body: unknown } = () => ({ body: null })) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const headers = new Headers(init?.headers);
    const request: Sent = {
      method: init?.method ?? 'GET',
      path: url.pathname,
      query: decodeURIComponent(url.search),
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
      apikey: headers.get('apikey'),
    };
    sent.push(request);
    const { status = 200, body } = answer(request);
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  };
  const client = createSundhedClient({
    url: 'http://127.0.0.1:54321',
    anonKey: 'anon-key',
    fetch,
    persistSession: false,
  });
  return { client, sent };
}

const webinar = '11111111-1111-4111-8111-111111111111';
const thread = '22222222-2222-4222-8222-222222222222';

describe('scheduling adapter', () => {
  it('registers, cancels and books through the database functions', async () => {
    const { client, sent } = recordingClient(({ path }) => ({
      body: path.endsWith('register_for_session') ? 'waiting' : path.endsWith('book_appointment') ? 'appt-id' : null,
    }));
    const scheduling = schedulingAdapter(client);
    expect(await scheduling.register(webinar)).toBe('waiting');
    await scheduling.cancel(webinar);
    expect(await scheduling.book('slot-id')).toBe('appt-id');
    await scheduling.cancelAppointment('appt-id');
    expect(sent.map(({ method, path, body, apikey }) => ({ method, path, body, apikey }))).toEqual([
      { method: 'POST', path: '/rest/v1/rpc/register_for_session', body: { webinar }, apikey: 'anon-key' },
      { method: 'POST', path: '/rest/v1/rpc/cancel_registration', body: { webinar }, apikey: 'anon-key' },
      { method: 'POST', path: '/rest/v1/rpc/book_appointment', body: { slot: 'slot-id' }, apikey: 'anon-key' },
      { method: 'POST', path: '/rest/v1/rpc/cancel_appointment', body: { appointment: 'appt-id' }, apikey: 'anon-key' },
    ]);
  });

  it('lists upcoming webinars and free times without asking for meeting links or attendees', async () => {
    const { client, sent } = recordingClient(() => ({ body: [] }));
    const scheduling = schedulingAdapter(client);
    const now = new Date('2026-11-24T08:00:00.000Z');
    await scheduling.upcomingWebinars(now);
    await scheduling.freeSlots(now);
    expect(sent.map(({ method, path, query }) => `${method} ${path}${query}`)).toEqual([
      'GET /rest/v1/webinar_sessions?select=id,title,starts_at,ends_at,capacity,cohort_id&starts_at=gt.2026-11-24T08:00:00.000Z&order=starts_at.asc',
      'GET /rest/v1/appointment_slots?select=id,kind,starts_at,ends_at,professional_id&starts_at=gt.2026-11-24T08:00:00.000Z&order=starts_at.asc',
    ]);
  });

  it('turns a refusal into a BackendError with a kind the interface can word', async () => {
    const { client } = recordingClient(() => ({
      status: 409,
      body: { code: '23505', message: 'This time has just been booked by someone else.', details: null, hint: null },
    }));
    const refusal = await schedulingAdapter(client)
      .book('slot-id')
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BackendError);
    expect(refusal).toMatchObject({
      kind: 'taken',
      code: '23505',
      message: 'This time has just been booked by someone else.',
    });
  });

  it('calls a per-person limit "too-many" (PostgREST answers PT429 as HTTP 429)', async () => {
    const { client } = recordingClient(() => ({
      status: 429,
      body: { code: 'PT429', message: 'Too many messages this minute: at most 20 allowed.', details: null, hint: null },
    }));
    await expect(chatAdapter(client).send('thread-id', 'Hej')).rejects.toMatchObject({ kind: 'too-many' });
  });
});

describe('staff scheduling adapter', () => {
  it("plans, lists, changes and cancels through the database functions, with the database's argument names", async () => {
    const { client, sent } = recordingClient(({ path }) => ({
      body: path.endsWith('create_webinar_series')
        ? [webinar, 'w2']
        : path.endsWith('create_webinar') || path.endsWith('create_slot')
          ? webinar
          : path.endsWith('create_slot_series')
            ? [{ created: 10, skipped: 2 }]
            : path.endsWith('set_webinar_capacity')
              ? [{ registered: 2, waiting: 1 }]
              : path.endsWith('cancel_webinar')
                ? 3
                : [],
    }));
    const staff = staffSchedulingAdapter(client);
    const planned = {
      team: 'team-id',
      title: 'Spørgetime',
      startsAt: new Date('2027-03-23T16:00:00.000Z'),
      endsAt: '2027-03-23T17:00:00.000Z',
      capacity: 20,
      facilitators: ['pro-id'],
    };
    expect(await staff.createWebinar(planned)).toBe(webinar);
    expect(
      await staff.createWebinarSeries({ ...planned, cohort: 'cohort-id', meetingUrl: 'https://m.example/a' }, 6),
    ).toEqual([webinar, 'w2']);
    await staff.teamWebinars('team-id', new Date('2027-03-01T00:00:00.000Z'), '2027-04-01T00:00:00.000Z');
    await staff.attendees(webinar);
    expect(await staff.setCapacity(webinar, 25)).toEqual({ registered: 2, waiting: 1 });
    expect(await staff.cancelWebinar(webinar)).toBe(3);
    expect(
      await staff.createSlotSeries({
        team: 'team-id',
        professional: 'pro-id',
        kind: 'start',
        weekdays: [2],
        dayStarts: '09:00',
        dayEnds: '12:00',
        slotMinutes: 30,
        firstDate: '2027-03-23',
        weeks: 6,
      }),
    ).toEqual({ created: 10, skipped: 2 });
    await staff.teamBookings('team-id', '2027-03-01T00:00:00.000Z', '2027-04-01T00:00:00.000Z');
    await staff.cancelBooking('appt-id');
    await staff.deleteSlot('slot-id');
    const webinarBody = {
      team: 'team-id',
      title: 'Spørgetime',
      starts_at: '2027-03-23T16:00:00.000Z',
      ends_at: '2027-03-23T17:00:00.000Z',
      capacity: 20,
      facilitators: ['pro-id'],
    };
    expect(sent.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      {
        method: 'POST',
        path: '/rest/v1/rpc/create_webinar',
        body: { ...webinarBody, cohort: null, meeting_url: null },
      },
      {
        method: 'POST',
        path: '/rest/v1/rpc/create_webinar_series',
        body: { ...webinarBody, cohort: 'cohort-id', meeting_url: 'https://m.example/a', weeks: 6 },
      },
      {
        method: 'POST',
        path: '/rest/v1/rpc/team_webinars',
        body: { team: 'team-id', from_at: '2027-03-01T00:00:00.000Z', until_at: '2027-04-01T00:00:00.000Z' },
      },
      // Attendees and bookings through the functions that log the read.
      { method: 'POST', path: '/rest/v1/rpc/webinar_attendees', body: { webinar } },
      { method: 'POST', path: '/rest/v1/rpc/set_webinar_capacity', body: { webinar, capacity: 25 } },
      { method: 'POST', path: '/rest/v1/rpc/cancel_webinar', body: { webinar } },
      {
        method: 'POST',
        path: '/rest/v1/rpc/create_slot_series',
        body: {
          team: 'team-id',
          professional: 'pro-id',
          kind: 'start',
          weekdays: [2],
          day_starts: '09:00',
          day_ends: '12:00',
          slot_minutes: 30,
          first_date: '2027-03-23',
          weeks: 6,
          video_url: null,
        },
      },
      {
        method: 'POST',
        path: '/rest/v1/rpc/team_bookings',
        body: { team: 'team-id', from_at: '2027-03-01T00:00:00.000Z', until_at: '2027-04-01T00:00:00.000Z' },
      },
      { method: 'POST', path: '/rest/v1/rpc/cancel_booking', body: { appointment: 'appt-id' } },
      { method: 'POST', path: '/rest/v1/rpc/delete_slot', body: { slot: 'slot-id' } },
    ]);
  });

  it('words a refused series as "invalid" with the database\'s message', async () => {
    const { client } = recordingClient(() => ({
      status: 400,
      body: { code: '22023', message: 'weeks must be a whole number from 1 to 26.', details: null, hint: null },
    }));
    await expect(
      staffSchedulingAdapter(client).createWebinarSeries(
        { team: 't', title: 'x', startsAt: 'a', endsAt: 'b', capacity: 1, facilitators: [] },
        27,
      ),
    ).rejects.toMatchObject({ kind: 'invalid', message: 'weeks must be a whole number from 1 to 26.' });
  });
});

describe('chat and inbox adapters', () => {
  it('opens a thread, sends, lists and marks read', async () => {
    const { client, sent } = recordingClient(({ path }) => ({
      body: path.endsWith('open_care_thread') ? thread : path.endsWith('send_message') ? 7 : [],
    }));
    const chat = chatAdapter(client);
    expect(await chat.openCareThread('team-id', 'Min medicin')).toBe(thread);
    expect(await chat.send(thread, 'Hej')).toBe(7);
    expect(await chat.send(thread, 'Igen', 'key-1')).toBe(7);
    expect(await chat.messages(thread)).toEqual([]);
    await chat.markRead(thread);
    expect(sent.map(({ method, path, query, body }) => ({ method, path, query, body }))).toEqual([
      {
        method: 'POST',
        path: '/rest/v1/rpc/open_care_thread',
        query: '',
        body: { team: 'team-id', title: 'Min medicin' },
      },
      {
        method: 'POST',
        path: '/rest/v1/rpc/send_message',
        query: '',
        body: { thread, message: 'Hej', idempotency_key: null },
      },
      // The device's key: sending it again stores nothing new.
      {
        method: 'POST',
        path: '/rest/v1/rpc/send_message',
        query: '',
        body: { thread, message: 'Igen', idempotency_key: 'key-1' },
      },
      // Through the function that logs a professional's read of a citizen's words.
      { method: 'POST', path: '/rest/v1/rpc/thread_messages', query: '', body: { thread, after_id: 0 } },
      { method: 'POST', path: '/rest/v1/rpc/mark_thread_read', query: '', body: { thread } },
    ]);
  });

  it('reads the inbox, notes and teams, and assigns or sets status through the database functions', async () => {
    const { client, sent } = recordingClient(() => ({ body: [] }));
    const inbox = inboxAdapter(client);
    await inbox.threads('unassigned', '  Anna ');
    await inbox.threads();
    await inbox.teams();
    await inbox.notes(thread);
    await inbox.assign(thread, null);
    await inbox.setStatus(thread, 'closed');
    expect(sent.map(({ method, path, query, body }) => ({ method, path, query, body }))).toEqual([
      { method: 'POST', path: '/rest/v1/rpc/team_inbox', query: '', body: { filter: 'unassigned', search: 'Anna' } },
      { method: 'POST', path: '/rest/v1/rpc/team_inbox', query: '', body: { filter: 'open', search: null } },
      { method: 'POST', path: '/rest/v1/rpc/my_staff_teams', query: '', body: {} },
      { method: 'POST', path: '/rest/v1/rpc/inbox_notes', query: '', body: { thread } },
      { method: 'POST', path: '/rest/v1/rpc/assign_thread', query: '', body: { thread, assignee: null } },
      { method: 'POST', path: '/rest/v1/rpc/set_thread_status', query: '', body: { thread, new_status: 'closed' } },
    ]);
  });
});

describe('progress adapter', () => {
  it("sends each queued record to upsert_progress with the database's argument names", async () => {
    const { client, sent } = recordingClient(() => ({ body: {} }));
    await progressAdapter(client).send([
      {
        lesson: 'maal-dit-blodsukker',
        status: 'completed',
        location: 'quiz-1',
        suspendData: '{}',
        score: 80,
        updatedAt: '2026-11-24T08:00:00.000Z',
      },
      {
        lesson: 'hvad-er-kol',
        status: 'incomplete',
        location: '',
        suspendData: '',
        score: null,
        updatedAt: '2026-11-24T08:01:00.000Z',
      },
    ]);
    expect(sent.map(({ path, body }) => ({ path, body }))).toEqual([
      {
        path: '/rest/v1/rpc/upsert_progress',
        body: {
          lesson: 'maal-dit-blodsukker',
          status: 'completed',
          location: 'quiz-1',
          suspend_data: '{}',
          score: 80,
          updated_at: '2026-11-24T08:00:00.000Z',
        },
      },
      {
        path: '/rest/v1/rpc/upsert_progress',
        body: {
          lesson: 'hvad-er-kol',
          status: 'incomplete',
          location: '',
          suspend_data: '',
          score: null,
          updated_at: '2026-11-24T08:01:00.000Z',
        },
      },
    ]);
  });

  it('reports a refusal with a kind the outbox can tell as permanent (it then sets that record aside)', async () => {
    const { client, sent } = recordingClient(() => ({
      status: 400,
      body: { code: '22023', message: 'Unknown lesson: findes-ikke.', details: null, hint: null },
    }));
    const records = ['findes-ikke', 'hvad-er-kol'].map((lesson) => ({
      lesson,
      status: 'incomplete' as const,
      location: '',
      suspendData: '',
      score: null,
      updatedAt: '2026-11-24T08:00:00.000Z',
    }));
    await expect(progressAdapter(client).send(records)).rejects.toMatchObject({ kind: 'invalid' });
    expect(sent).toHaveLength(1);
  });

  it('refuses to start without a proper address or key', () => {
    expect(() => createSundhedClient({ url: 'localhost:54321', anonKey: 'k' })).toThrow('must be an http(s) address');
    expect(() => createSundhedClient({ url: 'http://127.0.0.1:54321', anonKey: '' })).toThrow('anon key is missing');
  });
});

describe('cohorts and evaluation adapters', () => {
  const cohort = '33333333-3333-4333-8333-333333333333';

  it('creates a cohort and invites by a normalised address, through the tables the policies guard', async () => {
    const { client, sent } = recordingClient(({ path }) => ({
      body: path.endsWith('/cohorts')
        ? {
            id: cohort,
            program: 'lev-livet-med-kol',
            team_id: 'team-id',
            municipality: 'kolding',
            title: 'KOL-holdet',
            starts_on: '2027-03-01',
            join_code: 'ABCDEFGHJKMN',
          }
        : { id: 'inv-id', cohort_id: cohort, email: 'ny@example.test', invited_at: '2026-11-28T10:00:00Z' },
    }));
    const cohorts = cohortsAdapter(client);
    const made = await cohorts.create({
      program: 'lev-livet-med-kol',
      teamId: 'team-id',
      municipality: 'kolding',
      title: ' KOL-holdet ',
      startsOn: '2027-03-01',
    });
    expect(made).toMatchObject({ id: cohort, teamId: 'team-id', joinCode: 'ABCDEFGHJKMN' });
    expect(await cohorts.invite(cohort, ' Ny@Example.test ')).toEqual({
      id: 'inv-id',
      cohortId: cohort,
      email: 'ny@example.test',
      invitedAt: '2026-11-28T10:00:00Z',
    });
    expect(sent.map(({ method, path, query, body }) => ({ method, path, query, body }))).toEqual([
      {
        method: 'POST',
        path: '/rest/v1/cohorts',
        query: '?select=id,program,team_id,municipality,title,starts_on,join_code',
        body: {
          program: 'lev-livet-med-kol',
          team_id: 'team-id',
          municipality: 'kolding',
          title: 'KOL-holdet',
          starts_on: '2027-03-01',
        },
      },
      {
        method: 'POST',
        path: '/rest/v1/cohort_invitations',
        query: '?select=id,cohort_id,email,invited_at',
        body: { cohort_id: cohort, email: 'ny@example.test' },
      },
    ]);
  });

  it('reads the dashboard and marks through the database functions, shaping the rows', async () => {
    const { client, sent } = recordingClient(({ path }) => ({
      body: path.endsWith('cohort_dashboard')
        ? [
            {
              citizen_id: 'c1',
              display_name: 'Signe',
              enrolled_at: '2026-10-01T10:00:00Z',
              lessons_done: 0,
              lessons_total: 6,
              last_activity: null,
              webinars_registered: 1,
              webinars_attended: 0,
              start_session: 'missed',
              start_session_at: '2026-11-01T09:00:00Z',
              end_session: 'none',
              end_session_at: null,
              at_risk: true,
              risk_reasons: ['inactive', 'missed_session'],
            },
          ]
        : null,
    }));
    const cohorts = cohortsAdapter(client);
    expect(await cohorts.dashboard(cohort)).toEqual([
      {
        citizenId: 'c1',
        displayName: 'Signe',
        enrolledAt: '2026-10-01T10:00:00Z',
        lessonsDone: 0,
        lessonsTotal: 6,
        lastActivity: null,
        webinarsRegistered: 1,
        webinarsAttended: 0,
        startSession: { state: 'missed', at: '2026-11-01T09:00:00Z' },
        endSession: { state: 'none', at: null },
        atRisk: true,
        riskReasons: ['inactive', 'missed_session'],
      },
    ]);
    await cohorts.markAttendance(webinar, 'c1', true);
    await cohorts.markAppointment('appt-id', 'missed');
    expect(sent.map(({ path, body }) => ({ path, body }))).toEqual([
      { path: '/rest/v1/rpc/cohort_dashboard', body: { cohort } },
      { path: '/rest/v1/rpc/mark_attendance', body: { webinar, citizen: 'c1', attended: true } },
      { path: '/rest/v1/rpc/mark_appointment', body: { appointment: 'appt-id', outcome: 'missed' } },
    ]);
  });

  it('asks for the evaluation of a municipality and a calendar year', async () => {
    const { client, sent } = recordingClient(() => ({ body: [] }));
    await evaluationAdapter(client).evaluation('kolding', 2027);
    expect(sent.map(({ path, body }) => ({ path, body }))).toEqual([
      { path: '/rest/v1/rpc/program_evaluation', body: { municipality: 'kolding', year: 2027 } },
    ]);
  });
});
