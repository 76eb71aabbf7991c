import { describe, expect, it } from 'vitest';
import type { Caller } from './harness/database.ts';
import { createUser } from './harness/fixtures.ts';
import { expectSqlError } from './harness/sqlError.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

const file = worldPerFile();

const openThread = (caller: Caller, team: string | null, title: string | null) =>
  file.db.request<{ id: string }>(caller, 'select public.open_care_thread($1, $2) as id', [team, title]);
const send = (caller: Caller, thread: string, message: string | null) =>
  file.db.request<{ id: string }>(caller, 'select public.send_message($1, $2) as id', [thread, message]);
const inbox = async (thread: string) =>
  (
    await file.db.owner.query<{ status: string; assignee_id: string | null }>(
      'select status, assignee_id from public.inbox_state where thread_id = $1',
      [thread],
    )
  ).rows[0];

describe('care threads and the team inbox', () => {
  it('a citizen writes to the team; the team sees it, answers, and the inbox follows', async () => {
    const thread =
      (await openThread(file.world.callers.citizenA, file.world.ids.team, 'Min medicin')).rows[0]?.id ?? '';
    await send(file.world.callers.citizenA, thread, 'Skal jeg tage den om morgenen?');
    expect(await inbox(thread)).toEqual({ status: 'open', assignee_id: null });

    // The whole team sees the thread in its inbox before anyone has answered, and reads it
    // through thread_messages, which logs the read.
    const seen = await file.db.request(
      file.world.callers.proIn,
      'select body, sender_name, sender_role from public.thread_messages($1)',
      [thread],
    );
    expect(seen.rows).toEqual([
      { body: 'Skal jeg tage den om morgenen?', sender_name: 'Anna', sender_role: 'citizen' },
    ]);
    const logged = await file.db.owner.query(
      `select 1 from public.audit_log where actor_id = $1 and subject_id = $2 and action = 'thread_messages' and detail ->> 'thread' = $3`,
      [file.world.ids.proIn, file.world.ids.citizenA, thread],
    );
    expect(logged.rowCount).toBe(1);
    await file.db.request(file.world.callers.proIn, 'select public.assign_thread($1, $2)', [
      thread,
      file.world.ids.proIn,
    ]);
    await send(file.world.callers.proIn, thread, 'Ja, sammen med morgenmaden.');
    expect(await inbox(thread)).toEqual({ status: 'waiting', assignee_id: file.world.ids.proIn });
    await file.db.request(file.world.callers.proIn, 'select public.set_thread_status($1, $2)', [thread, 'closed']);
    expect((await inbox(thread))?.status).toBe('closed');

    // Outsiders see nothing and cannot write.
    for (const outsider of [file.world.callers.citizenB, file.world.callers.proOut, file.world.callers.admin]) {
      const none = await file.db.request(outsider, 'select 1 from public.messages where thread_id = $1', [thread]);
      expect(none.rowCount).toBe(0);
      await expectSqlError(
        file.db.request(outsider, 'select * from public.thread_messages($1)', [thread]),
        'P0002',
        'No such conversation',
      );
      await expectSqlError(send(outsider, thread, 'Hej'), 'P0002', 'No such conversation');
    }
  });

  it('marks a thread read for the reader only', async () => {
    await file.db.request(file.world.callers.citizenA, 'select public.mark_thread_read($1)', [file.world.ids.thread]);
    const read = await file.db.owner.query<{ profile_id: string; last_read_at: Date | null }>(
      'select profile_id, last_read_at from public.thread_members where thread_id = $1',
      [file.world.ids.thread],
    );
    const byMember = Object.fromEntries(read.rows.map((row) => [row.profile_id, row.last_read_at !== null]));
    expect(byMember).toEqual({ [file.world.ids.citizenA]: true, [file.world.ids.proIn]: false });
    await expectSqlError(
      file.db.request(file.world.callers.citizenB, 'select public.mark_thread_read($1)', [file.world.ids.thread]),
      'P0002',
      'No such conversation',
    );
  });

  it('refuses bad calls with a clear error and changes nothing', async () => {
    const count = async () =>
      (
        await file.db.owner.query(
          'select (select count(*) from public.messages) + (select count(*) from public.threads) as n',
        )
      ).rows[0]?.n;
    const before = await count();
    const inboxBefore = await inbox(file.world.ids.thread);
    await expectSqlError(
      send(file.world.callers.citizenA, file.world.ids.thread, '   '),
      '22023',
      'The message is empty.',
    );
    await expectSqlError(
      send(file.world.callers.citizenA, file.world.ids.thread, null),
      '22023',
      'The message is empty.',
    );
    await expectSqlError(
      send(file.world.callers.citizenA, file.world.ids.thread, 'x'.repeat(4001)),
      '22001',
      'The message is 4001 characters; at most 4000 are allowed.',
    );
    await expectSqlError(
      openThread(file.world.callers.citizenA, file.world.ids.team, ''),
      '22023',
      'title must be 1 to 160',
    );
    // Odense's citizen cannot open a thread with Kolding's team; staff do not open care threads.
    await expectSqlError(openThread(file.world.callers.citizenB, file.world.ids.team, 'Hej'), 'P0002', 'No such team');
    await expectSqlError(openThread(file.world.callers.proIn, file.world.ids.team, 'Hej'), '42501', 'Only citizens');
    await expectSqlError(
      file.db.request(file.world.callers.proIn, 'select public.assign_thread($1, $2)', [
        file.world.ids.thread,
        file.world.ids.proOut,
      ]),
      '22023',
      'must be a member of the team',
    );
    await expectSqlError(
      file.db.request(file.world.callers.proOut, 'select public.assign_thread($1, $2)', [file.world.ids.thread, null]),
      'P0002',
      "No such conversation in your team's inbox",
    );
    await expectSqlError(
      file.db.request(file.world.callers.citizenA, 'select public.set_thread_status($1, $2)', [
        file.world.ids.thread,
        'closed',
      ]),
      'P0002',
      "your team's inbox",
    );
    await expectSqlError(
      file.db.request(file.world.callers.proIn, 'select public.set_thread_status($1, $2)', [
        file.world.ids.thread,
        'done',
      ]),
      '22023',
      'status must be open, waiting or closed, not done.',
    );
    await expectSqlError(send(file.world.callers.anon, file.world.ids.thread, 'Hej'), '42501', 'permission denied');
    expect(await count()).toBe(before);
    expect(await inbox(file.world.ids.thread)).toEqual(inboxBefore);
  });

  it('a professional who leaves the team leaves its threads, even those they wrote in', async () => {
    const leaver = await createUser(file.db.owner, 'professional', 'kolding', 'Vikar');
    const caller = { role: 'authenticated' as const, sub: leaver };
    await file.db.owner.query('insert into public.team_members values ($1, $2)', [file.world.ids.team, leaver]);
    await send(caller, file.world.ids.thread, 'Jeg tager den i dag.');
    await file.db.owner.query('delete from public.team_members where team_id = $1 and profile_id = $2', [
      file.world.ids.team,
      leaver,
    ]);
    const seen = await file.db.request(caller, 'select 1 from public.messages where thread_id = $1', [
      file.world.ids.thread,
    ]);
    expect(seen.rowCount).toBe(0);
    await expectSqlError(send(caller, file.world.ids.thread, 'Hej igen'), 'P0002', 'No such conversation');
  });

  it('a new team member sees the inbox at once', async () => {
    const newcomer = await createUser(file.db.owner, 'professional', 'kolding', 'Ny kollega');
    await file.db.owner.query('insert into public.team_members values ($1, $2)', [file.world.ids.team, newcomer]);
    const seen = await file.db.request({ role: 'authenticated', sub: newcomer }, 'select id from public.threads', []);
    expect(seen.rows.map(({ id }) => id)).toContain(file.world.ids.thread);
  });
});
