import { describe, expect, it } from 'vitest';
import type { Caller } from './harness/database.ts';
import { createUser } from './harness/fixtures.ts';
import { expectSqlError } from './harness/sqlError.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

/*
 * The team inbox (20261128100000_team_inbox.sql): every care conversation of my teams, oldest wait
 * first, filters, search by name, assignment within the team, internal notes, the read log, and a
 * professional who leaves the team losing all of it at once.
 */

const file = worldPerFile();

type Row = {
  thread_id: string;
  citizen_name: string;
  title: string;
  status: string;
  assignee_id: string | null;
  assignee_name: string | null;
  waiting_since: string | null;
  municipality: string;
};

const inbox = (caller: Caller, filter = 'open', search: string | null = null) =>
  file.db.request<Row>(caller, 'select * from public.team_inbox($1, $2)', [filter, search]).then(({ rows }) => rows);

const send = (caller: Caller, thread: string, body: string) =>
  file.db.request(caller, 'select public.send_message($1, $2)', [thread, body]);

const open = async (caller: Caller, title: string) =>
  (
    await file.db.request<{ id: string }>(caller, 'select public.open_care_thread($1, $2) as id', [
      file.world.ids.team,
      title,
    ])
  ).rows[0]?.id as string;

let colleague: Caller & { sub: string };

async function colleagueInTeam() {
  if (colleague) return colleague;
  const id = await createUser(file.db.owner, 'professional', 'svendborg', 'Ole Berg');
  await file.db.owner.query('insert into public.team_members values ($1, $2)', [file.world.ids.team, id]);
  colleague = { role: 'authenticated', sub: id };
  return colleague;
}

describe('the team inbox', () => {
  it('lists conversations from every municipality the team serves, oldest wait first, with since when', async () => {
    const { callers } = file.world;
    const first = await open(callers.citizenC, 'Om medicin');
    await send(callers.citizenC, first, 'Hvornår tager jeg pillen?');
    const second = await open(callers.citizenA, 'Om kost');
    await send(callers.citizenA, second, 'Må jeg spise brød?');
    const rows = await inbox(callers.proIn, 'unassigned');
    const ours = rows.filter(({ thread_id }) => thread_id === first || thread_id === second);
    expect(ours.map(({ title, municipality }) => [title, municipality])).toEqual([
      ['Om medicin', 'svendborg'],
      ['Om kost', 'kolding'],
    ]);
    expect(ours.every(({ waiting_since }) => waiting_since !== null)).toBe(true);
    // Another team's professional sees none of it; a citizen has no inbox.
    expect(await inbox(callers.proOut)).toEqual([]);
    expect(await inbox(callers.citizenA)).toEqual([]);
  });

  it('an answer ends the wait; a citizen writing to a closed conversation reopens it', async () => {
    const { callers } = file.world;
    const thread = await open(callers.citizenA, 'Om søvn');
    await send(callers.citizenA, thread, 'Jeg sover dårligt.');
    await send(callers.proIn, thread, 'Tak, vi ringer i morgen.');
    const answered = (await inbox(callers.proIn)).find(({ thread_id }) => thread_id === thread);
    expect(answered?.waiting_since).toBeNull();
    await file.db.request(callers.proIn, 'select public.set_thread_status($1, $2)', [thread, 'closed']);
    expect((await inbox(callers.proIn, 'closed')).map(({ thread_id }) => thread_id)).toContain(thread);
    await send(callers.citizenA, thread, 'Det hjalp ikke.');
    const reopened = (await inbox(callers.proIn)).find(({ thread_id }) => thread_id === thread);
    expect(reopened).toMatchObject({ status: 'open' });
    expect(reopened?.waiting_since).not.toBeNull();
  });

  it('a conversation closed or set to wait for the citizen waits on nobody; written into again, it waits from that message', async () => {
    const { callers } = file.world;
    // Citizen C: citizen A opens the most conversations today in this file (at most 5 a day).
    const thread = await open(callers.citizenC, 'Om sko');
    const say = (at: string) =>
      file.db.owner.query<{ created_at: Date }>(
        `insert into public.messages (thread_id, sender_id, body, created_at)
         values ($1, $2, 'Skoene trykker.', now() - $3::interval) returning created_at`,
        [thread, file.world.ids.citizenC, at],
      );
    const state = async () =>
      (
        await file.db.owner.query<{ status: string; waiting_since: Date | null }>(
          'select status, waiting_since from public.inbox_state where thread_id = $1',
          [thread],
        )
      ).rows[0];
    const setStatus = (status: string) =>
      file.db.request(callers.proIn, 'select public.set_thread_status($1, $2)', [thread, status]);
    await say('3 days');
    await setStatus('waiting');
    expect(await state()).toEqual({ status: 'waiting', waiting_since: null });
    const again = (await say('2 days')).rows[0]?.created_at;
    expect(await state()).toEqual({ status: 'open', waiting_since: again });
    await setStatus('closed');
    expect(await state()).toEqual({ status: 'closed', waiting_since: null });
    // Closed with an old wait kept (a row from before this rule): the new message starts the wait.
    await file.db.owner.query(
      `update public.inbox_state set waiting_since = now() - interval '3 days' where thread_id = $1`,
      [thread],
    );
    const reopened = (await say('0 seconds')).rows[0]?.created_at;
    expect(await state()).toEqual({ status: 'open', waiting_since: reopened });
  });

  it('assigns to a colleague in the team, who finds it under "mine"; never to someone outside it', async () => {
    const { callers, ids } = file.world;
    const ole = await colleagueInTeam();
    const thread = await open(callers.citizenA, 'Om motion');
    await file.db.request(callers.proIn, 'select public.assign_thread($1, $2)', [thread, ole.sub]);
    const mine = await inbox(ole, 'mine');
    expect(mine.find(({ thread_id }) => thread_id === thread)).toMatchObject({ assignee_name: 'Ole Berg' });
    expect((await inbox(callers.proIn, 'unassigned')).map(({ thread_id }) => thread_id)).not.toContain(thread);
    await expectSqlError(
      file.db.request(callers.proIn, 'select public.assign_thread($1, $2)', [thread, ids.proOut]),
      '22023',
      'must be a member of the team',
    );
  });

  it('assigns to professionals only: a team_members row of someone else is no assignee', async () => {
    const { callers, ids } = file.world;
    // The administrator put in the team directly (the table allows it; the role decides who serves).
    await file.db.owner.query('insert into public.team_members values ($1, $2)', [ids.team, ids.admin]);
    try {
      await expectSqlError(
        file.db.request(callers.proIn, 'select public.assign_thread($1, $2)', [ids.thread, ids.admin]),
        '22023',
        'must be a member of the team who is a professional',
      );
    } finally {
      await file.db.owner.query('delete from public.team_members where team_id = $1 and profile_id = $2', [
        ids.team,
        ids.admin,
      ]);
    }
  });

  it('searches by the citizen’s name, with % and _ taken literally', async () => {
    const { callers } = file.world;
    const rows = await inbox(callers.proIn, 'open', 'CECIL');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every(({ citizen_name }) => citizen_name === 'Cecilie')).toBe(true);
    expect(await inbox(callers.proIn, 'open', '%')).toEqual([]);
    expect(await inbox(callers.proIn, 'open', '_')).toEqual([]);
  });

  it('refuses an unknown filter and an over-long search by name', async () => {
    const { callers } = file.world;
    await expectSqlError(inbox(callers.proIn, 'everything'), '22023', 'filter must be open, unassigned');
    await expectSqlError(inbox(callers.proIn, 'open', 'x'.repeat(81)), '22023', 'search must be at most 80');
  });

  it('keeps notes for the team only, logs reading them, and refuses empty ones', async () => {
    const { callers, ids } = file.world;
    const updatedAt = async () =>
      (await file.db.owner.query('select updated_at from public.inbox_state where thread_id = $1', [ids.thread]))
        .rows[0]?.updated_at;
    const before = await updatedAt();
    await file.db.request(callers.proIn, 'select public.add_inbox_note($1, $2)', [ids.thread, 'Ring hende torsdag.']);
    // A note is no change the citizen could see (inbox_state is published to Realtime), nor one the inbox shows.
    expect(await updatedAt()).toEqual(before);
    const notes = await file.db.request<{ body: string; mine: boolean }>(
      callers.proIn,
      'select * from public.inbox_notes($1)',
      [ids.thread],
    );
    expect(notes.rows).toMatchObject([{ body: 'Ring hende torsdag.', mine: true }]);
    const logged = await file.db.owner.query(
      `select 1 from public.audit_log where actor_id = $1 and subject_id = $2 and action = 'inbox_notes'`,
      [ids.proIn, ids.citizenA],
    );
    expect(logged.rowCount).toBeGreaterThan(0);
    await expectSqlError(
      file.db.request(callers.proIn, 'select public.add_inbox_note($1, $2)', [ids.thread, '   ']),
      '22023',
      'body must be 1 to 2000',
    );
    for (const caller of [callers.citizenA, callers.proOut]) {
      await expectSqlError(
        file.db.request(caller, 'select * from public.inbox_notes($1)', [ids.thread]),
        'P0002',
        "No such conversation in your team's inbox",
      );
    }
    await expectSqlError(
      file.db.request(callers.citizenA, 'select body from public.inbox_notes'),
      '42501',
      'permission denied',
    );
    // The citizen's own view of the conversation has no notes in it.
    const own = await file.db.request<{ body: string }>(
      callers.citizenA,
      'select body from public.thread_messages($1)',
      [ids.thread],
    );
    expect(own.rows.map(({ body }) => body)).not.toContain('Ring hende torsdag.');
  });

  it('only the staff serving a conversation read its place in the inbox; not its citizen', async () => {
    const { callers, ids } = file.world;
    const read = (caller: Caller) =>
      file.db.request(caller, 'select status from public.inbox_state where thread_id = $1', [ids.thread]);
    expect((await read(callers.proIn)).rowCount).toBe(1);
    for (const caller of [callers.citizenA, callers.proOut, callers.admin]) {
      expect((await read(caller)).rowCount).toBe(0);
    }
  });

  it('logs each citizen shown once per professional and 12 hours, not at every refresh', async () => {
    const { callers, ids } = file.world;
    const count = async () =>
      Number(
        (
          await file.db.owner.query<{ n: string }>(
            `select count(*) as n from public.audit_log where actor_id = $1 and subject_id = $2 and action = 'team_inbox'`,
            [ids.proIn, ids.citizenA],
          )
        ).rows[0]?.n,
      );
    await inbox(callers.proIn);
    const once = await count();
    expect(once).toBe(1);
    await inbox(callers.proIn);
    await inbox(callers.proIn, 'closed');
    expect(await count()).toBe(once);
  });

  it('lists my teams with their limits and members for "assign to"', async () => {
    const { callers, ids } = file.world;
    await colleagueInTeam();
    const teams = await file.db.request<{
      team_id: string;
      answer_within_working_days: number;
      members: { name: string }[];
    }>(callers.proIn, 'select * from public.my_staff_teams()');
    expect(teams.rows).toHaveLength(1);
    expect(teams.rows[0]).toMatchObject({ team_id: ids.team, answer_within_working_days: 2 });
    expect(teams.rows[0]?.members.map(({ name }) => name)).toContain('Ole Berg');
    expect((await file.db.request(callers.citizenA, 'select * from public.my_staff_teams()')).rowCount).toBe(0);
  });

  it('a professional who leaves the team loses its inbox at once, and their conversations go back to unassigned', async () => {
    const { callers, ids } = file.world;
    const ole = await colleagueInTeam();
    const thread = await open(callers.citizenA, 'Om fødder');
    await send(callers.citizenA, thread, 'Mine fødder sover.');
    await file.db.request(callers.proIn, 'select public.assign_thread($1, $2)', [thread, ole.sub]);
    expect((await inbox(ole)).map(({ thread_id }) => thread_id)).toContain(thread);
    await file.db.owner.query('delete from public.team_members where team_id = $1 and profile_id = $2', [
      ids.team,
      ole.sub,
    ]);
    expect(await inbox(ole)).toEqual([]);
    await expectSqlError(
      file.db.request(ole, 'select * from public.thread_messages($1)', [thread]),
      'P0002',
      'No such conversation',
    );
    await expectSqlError(
      file.db.request(ole, 'select public.set_thread_status($1, $2)', [thread, 'closed']),
      'P0002',
      'No such',
    );
    const back = (await inbox(callers.proIn, 'unassigned')).find(({ thread_id }) => thread_id === thread);
    expect(back).toMatchObject({ assignee_id: null });
    await file.db.owner.query('insert into public.team_members values ($1, $2)', [ids.team, ole.sub]);
  });
});
