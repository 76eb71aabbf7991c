import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestDatabase, type TestDatabase } from './harness/database.ts';
import { createUser, createWorld, type World } from './harness/fixtures.ts';
import { expectSqlError } from './harness/sqlError.ts';

let db: TestDatabase;
let world: World;

beforeAll(async () => {
  db = await createTestDatabase();
  world = await createWorld(db.owner);
});
afterAll(async () => db.close());

const openThread = (caller: Caller, team: string | null, title: string | null) =>
  db.request<{ id: string }>(caller, 'select public.open_care_thread($1, $2) as id', [team, title]);
const send = (caller: Caller, thread: string, message: string | null) =>
  db.request<{ id: string }>(caller, 'select public.send_message($1, $2) as id', [thread, message]);
const inbox = async (thread: string) =>
  (
    await db.owner.query<{ status: string; assignee_id: string | null }>(
      'select status, assignee_id from public.inbox_state where thread_id = $1',
      [thread],
    )
  ).rows[0];

describe('care threads and the team inbox', () => {
  it('a citizen writes to the team; the team sees it, answers, and the inbox follows', async () => {
    const thread = (await openThread(world.callers.citizenA, world.ids.team, 'Min medicin')).rows[0]?.id ?? '';
    await send(world.callers.citizenA, thread, 'Skal jeg tage den om morgenen?');
    expect(await inbox(thread)).toEqual({ status: 'open', assignee_id: null });

    // The whole team sees the thread in its inbox before anyone has answered.
    const seen = await db.request(world.callers.proIn, 'select body from public.messages where thread_id = $1', [
      thread,
    ]);
    expect(seen.rows).toEqual([{ body: 'Skal jeg tage den om morgenen?' }]);
    await db.request(world.callers.proIn, 'select public.assign_thread($1, $2)', [thread, world.ids.proIn]);
    await send(world.callers.proIn, thread, 'Ja, sammen med morgenmaden.');
    expect(await inbox(thread)).toEqual({ status: 'waiting', assignee_id: world.ids.proIn });
    await db.request(world.callers.proIn, 'select public.set_thread_status($1, $2)', [thread, 'closed']);
    expect((await inbox(thread))?.status).toBe('closed');

    // Outsiders see nothing and cannot write.
    for (const outsider of [world.callers.citizenB, world.callers.proOut, world.callers.admin]) {
      const none = await db.request(outsider, 'select 1 from public.messages where thread_id = $1', [thread]);
      expect(none.rowCount).toBe(0);
      await expectSqlError(send(outsider, thread, 'Hej'), 'P0002', 'No such conversation');
    }
  });

  it('marks a thread read for the reader only', async () => {
    await db.request(world.callers.citizenA, 'select public.mark_thread_read($1)', [world.ids.thread]);
    const read = await db.owner.query<{ profile_id: string; last_read_at: Date | null }>(
      'select profile_id, last_read_at from public.thread_members where thread_id = $1',
      [world.ids.thread],
    );
    const byMember = Object.fromEntries(read.rows.map((row) => [row.profile_id, row.last_read_at !== null]));
    expect(byMember).toEqual({ [world.ids.citizenA]: true, [world.ids.proIn]: false });
    await expectSqlError(
      db.request(world.callers.citizenB, 'select public.mark_thread_read($1)', [world.ids.thread]),
      'P0002',
      'No such conversation',
    );
  });

  it('refuses bad calls with a clear error and changes nothing', async () => {
    const count = async () =>
      (
        await db.owner.query(
          'select (select count(*) from public.messages) + (select count(*) from public.threads) as n',
        )
      ).rows[0]?.n;
    const before = await count();
    const inboxBefore = await inbox(world.ids.thread);
    await expectSqlError(send(world.callers.citizenA, world.ids.thread, '   '), '22023', 'The message is empty.');
    await expectSqlError(send(world.callers.citizenA, world.ids.thread, null), '22023', 'The message is empty.');
    await expectSqlError(
      send(world.callers.citizenA, world.ids.thread, 'x'.repeat(4001)),
      '22001',
      'The message is 4001 characters; at most 4000 are allowed.',
    );
    await expectSqlError(openThread(world.callers.citizenA, world.ids.team, ''), '22023', 'title must be 1 to 160');
    // Odense's citizen cannot open a thread with Kolding's team; staff do not open care threads.
    await expectSqlError(openThread(world.callers.citizenB, world.ids.team, 'Hej'), 'P0002', 'No such team');
    await expectSqlError(openThread(world.callers.proIn, world.ids.team, 'Hej'), '42501', 'Only citizens');
    await expectSqlError(
      db.request(world.callers.proIn, 'select public.assign_thread($1, $2)', [world.ids.thread, world.ids.proOut]),
      '22023',
      'must be a member of the team',
    );
    await expectSqlError(
      db.request(world.callers.proOut, 'select public.assign_thread($1, $2)', [world.ids.thread, null]),
      'P0002',
      "No such conversation in your team's inbox",
    );
    await expectSqlError(
      db.request(world.callers.citizenA, 'select public.set_thread_status($1, $2)', [world.ids.thread, 'closed']),
      'P0002',
      "your team's inbox",
    );
    await expectSqlError(
      db.request(world.callers.proIn, 'select public.set_thread_status($1, $2)', [world.ids.thread, 'done']),
      '22023',
      'status must be open, waiting or closed, not done.',
    );
    await expectSqlError(send(world.callers.anon, world.ids.thread, 'Hej'), '42501', 'permission denied');
    expect(await count()).toBe(before);
    expect(await inbox(world.ids.thread)).toEqual(inboxBefore);
  });

  it('a professional who leaves the team leaves its threads, even those they wrote in', async () => {
    const leaver = await createUser(db.owner, 'professional', 'kolding', 'Vikar');
    const caller = { role: 'authenticated' as const, sub: leaver };
    await db.owner.query('insert into public.team_members values ($1, $2)', [world.ids.team, leaver]);
    await send(caller, world.ids.thread, 'Jeg tager den i dag.');
    await db.owner.query('delete from public.team_members where team_id = $1 and profile_id = $2', [
      world.ids.team,
      leaver,
    ]);
    const seen = await db.request(caller, 'select 1 from public.messages where thread_id = $1', [world.ids.thread]);
    expect(seen.rowCount).toBe(0);
    await expectSqlError(send(caller, world.ids.thread, 'Hej igen'), 'P0002', 'No such conversation');
  });

  it('a new team member sees the inbox at once', async () => {
    const newcomer = await createUser(db.owner, 'professional', 'kolding', 'Ny kollega');
    await db.owner.query('insert into public.team_members values ($1, $2)', [world.ids.team, newcomer]);
    const seen = await db.request({ role: 'authenticated', sub: newcomer }, 'select id from public.threads', []);
    expect(seen.rows.map(({ id }) => id)).toContain(world.ids.thread);
  });
});
