import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Caller } from './harness/database.ts';
import { expectSqlError } from './harness/sqlError.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

/*
 * What the chat pages rely on: a message sent twice with one key is stored once; every cohort has
 * a group chat its members (and its team) reach and nobody else; unread counts; staff hide and
 * citizens report in group chats; a request for a video meeting; an e-mail when the team answers.
 */

const file = worldPerFile();

const send = (caller: Caller, thread: string, message: string, key: string | null = null) =>
  file.db.request<{ id: string }>(caller, 'select public.send_message($1, $2, $3) as id', [thread, message, key]);
const sentId = async (caller: Caller, thread: string, message: string, key: string | null = null) =>
  (await send(caller, thread, message, key)).rows[0]?.id ?? '';
const groupChat = async (cohort: string) =>
  (
    await file.db.owner.query<{ id: string }>(
      `select id from public.threads where kind = 'cohort' and cohort_id = $1`,
      [cohort],
    )
  ).rows[0]?.id ?? '';
type Conversation = { thread_id: string; kind: string; title: string; team_name: string; unread: number };
const conversations = async (caller: Caller) =>
  (await file.db.request<Conversation>(caller, 'select * from public.my_conversations()')).rows;
const unread = async (caller: Caller) =>
  (await file.db.request<{ n: number }>(caller, 'select public.my_unread_count() as n')).rows[0]?.n;
type Shown = { id: string; body: string | null; hidden: boolean; mine: boolean; reports: number | null };
const shown = async (caller: Caller, thread: string) =>
  (
    await file.db.request<Shown>(
      caller,
      'select id, body, hidden, mine, reported_by_me, reports, sender_name, sender_title from public.thread_messages($1)',
      [thread],
    )
  ).rows;

describe('sending once', () => {
  it('a message sent again with the same key is stored once and answered with the first id', async () => {
    const { callers, ids } = file.world;
    const key = randomUUID();
    const first = await sentId(callers.citizenA, ids.thread, 'Sendt uden forbindelse', key);
    const again = await sentId(callers.citizenA, ids.thread, 'Sendt uden forbindelse', key);
    expect(again).toBe(first);
    const stored = await file.db.owner.query('select 1 from public.messages where client_key = $1', [key]);
    expect(stored.rowCount).toBe(1);
  });

  it('two sends with one key at the same moment store one message', async () => {
    const { callers, ids } = file.world;
    const key = randomUUID();
    const ids2 = await Promise.all([
      sentId(callers.citizenA, ids.thread, 'To faner', key),
      sentId(callers.citizenA, ids.thread, 'To faner', key),
    ]);
    expect(ids2[0]).toBe(ids2[1]);
    const stored = await file.db.owner.query('select 1 from public.messages where client_key = $1', [key]);
    expect(stored.rowCount).toBe(1);
  });

  it("refuses a key used in another conversation; another person's key is theirs", async () => {
    const { callers, ids } = file.world;
    const key = randomUUID();
    await send(callers.citizenA, ids.thread, 'Første', key);
    await expectSqlError(
      send(callers.citizenA, await groupChat(ids.cohort), 'Anden', key),
      '22023',
      'used in another conversation',
    );
    // The team's member may use the same key: keys are per sender.
    await send(callers.proIn, ids.thread, 'Svar', key);
    const stored = await file.db.owner.query('select 1 from public.messages where client_key = $1', [key]);
    expect(stored.rowCount).toBe(2);
  });
});

describe('group chats', () => {
  it('every cohort has one, reaching its members and its team and nobody else', async () => {
    const { callers, ids } = file.world;
    const chat = await groupChat(ids.cohort);
    expect(chat).not.toBe('');
    await send(callers.citizenA, chat, 'Hej holdet');
    expect((await shown(callers.proIn, chat)).map(({ body }) => body)).toEqual(['Hej holdet']);
    for (const outsider of [callers.citizenB, callers.citizenC, callers.proOut, callers.admin]) {
      await expectSqlError(
        file.db.request(outsider, 'select * from public.thread_messages($1)', [chat]),
        'P0002',
        'No such conversation',
      );
      await expectSqlError(send(outsider, chat, 'Hej'), 'P0002', 'No such conversation');
    }
    // A new cohort gets its own.
    const made = await file.db.owner.query<{ id: string }>(
      `insert into public.cohorts (program, team_id, municipality, title, starts_on)
       values ('lev-livet-med-kol', $1, 'kolding', 'KOL-holdet', current_date) returning id`,
      [ids.team],
    );
    expect(await groupChat(made.rows[0]?.id ?? '')).not.toBe('');
  });

  it('staff of the team hide a message: its text leaves every reader, and the thread says so', async () => {
    const { callers, ids } = file.world;
    const chat = await groupChat(ids.cohort);
    const message = await sentId(callers.citizenA, chat, 'Køb mine piller billigt');
    for (const refused of [callers.proOut, callers.citizenA, callers.admin]) {
      await expectSqlError(
        file.db.request(refused, 'select public.hide_message($1)', [message]),
        'P0002',
        'No such message in a group chat of your teams',
      );
    }
    // Not in a care thread either: there the citizen and team talk alone.
    await expectSqlError(
      file.db.request(callers.proIn, 'select public.hide_message($1)', [ids.message]),
      'P0002',
      'No such message in a group chat',
    );
    await file.db.request(callers.proIn, 'select public.hide_message($1)', [message]);
    await file.db.request(callers.proIn, 'select public.hide_message($1)', [message]);
    const seen = (await shown(callers.citizenA, chat)).find(({ id }) => id === message);
    expect(seen).toMatchObject({ body: null, hidden: true });
    const direct = await file.db.request(callers.citizenA, 'select body from public.messages where id = $1', [message]);
    expect(direct.rows).toEqual([{ body: null }]);
    const kept = await file.db.owner.query('select body from public.hidden_messages where message_id = $1', [message]);
    expect(kept.rows).toEqual([{ body: 'Køb mine piller billigt' }]);
    for (const anyone of [callers.proIn, callers.citizenA]) {
      await expectSqlError(
        file.db.request(anyone, 'select body from public.hidden_messages'),
        '42501',
        'permission denied',
      );
    }
    const thread = await file.db.owner.query('select last_hidden_at from public.thread_activity where thread_id = $1', [
      chat,
    ]);
    expect(thread.rows[0]?.last_hidden_at).toBeInstanceOf(Date);
  });

  it('members report a message; the team sees how many did, not who', async () => {
    const { callers, ids } = file.world;
    const chat = await groupChat(ids.cohort);
    await file.db.owner.query('insert into public.enrollments (cohort_id, citizen_id) values ($1, $2)', [
      ids.cohort,
      ids.citizenC,
    ]);
    const message = await sentId(callers.citizenA, chat, 'En besked');
    await file.db.request(callers.citizenC, 'select public.report_message($1, $2)', [message, 'Ubehagelig tone']);
    await file.db.request(callers.citizenC, 'select public.report_message($1)', [message]);
    await expectSqlError(
      file.db.request(callers.citizenA, 'select public.report_message($1)', [message]),
      '22023',
      'your own message',
    );
    await expectSqlError(
      file.db.request(callers.citizenB, 'select public.report_message($1)', [message]),
      'P0002',
      'No such message in your group chats',
    );
    await expectSqlError(
      file.db.request(callers.citizenC, 'select public.report_message($1, $2)', [message, 'x'.repeat(501)]),
      '22001',
      'at most 500',
    );
    const reports = await file.db.owner.query('select reason from public.message_reports where message_id = $1', [
      message,
    ]);
    expect(reports.rows).toEqual([{ reason: 'Ubehagelig tone' }]);
    expect((await shown(callers.proIn, chat)).find(({ id }) => id === message)).toMatchObject({ reports: 1 });
    expect((await shown(callers.citizenC, chat)).find(({ id }) => id === message)).toMatchObject({
      reports: null,
      reported_by_me: true,
    });
    expect((await shown(callers.citizenA, chat)).find(({ id }) => id === message)).toMatchObject({
      reports: null,
      reported_by_me: false,
      mine: true,
    });
  });
});

describe('conversations and unread counts', () => {
  it('lists the group chat and care threads; counts what others wrote since the reader last read', async () => {
    const { callers, ids } = file.world;
    await file.db.request(callers.citizenA, 'select public.mark_thread_read($1)', [ids.thread]);
    await file.db.request(callers.citizenA, 'select public.mark_thread_read($1)', [await groupChat(ids.cohort)]);
    expect(await unread(callers.citizenA)).toBe(0);
    await send(callers.proIn, ids.thread, 'Et svar');
    await send(callers.proIn, ids.thread, 'Og et til');
    await send(callers.citizenA, await groupChat(ids.cohort), 'Min egen');
    const listed = await conversations(callers.citizenA);
    expect(listed.map(({ kind, unread: n }) => [kind, n])).toEqual([
      ['cohort', 0],
      ['care', 2],
    ]);
    expect(listed[0]).toMatchObject({ title: 'Diabetesskolen, forår', team_name: expect.any(String) });
    expect(await unread(callers.citizenA)).toBe(2);
    await file.db.request(callers.citizenA, 'select public.mark_thread_read($1)', [ids.thread]);
    expect(await unread(callers.citizenA)).toBe(0);
    // Others see none of it.
    expect(await conversations(callers.citizenB)).toEqual([]);
    expect(await unread(callers.anon).catch((error: { code?: string }) => error.code)).toBe('42501');
  });

  it('names the teams a citizen may write to', async () => {
    const { callers, ids } = file.world;
    const teams = async (caller: Caller) =>
      (await file.db.request<{ id: string }>(caller, 'select id from public.my_care_teams()')).rows.map(({ id }) => id);
    expect(await teams(callers.citizenA)).toEqual([ids.team]);
    expect(await teams(callers.citizenC)).toEqual([ids.team]);
    expect(await teams(callers.citizenB)).toEqual([ids.otherTeam]);
    expect(await teams(callers.proIn)).toEqual([]);
  });
});

describe('asking for a video meeting', () => {
  it('opens a care thread marked as a request, in the team inbox', async () => {
    const { callers, ids } = file.world;
    const opened = (
      await file.db.request<{ id: string }>(callers.citizenC, 'select public.request_video_meeting($1, $2) as id', [
        ids.team,
        'Gerne om formiddagen',
      ])
    ).rows[0]?.id;
    // (C is a member of the cohort's group chat since an earlier test.)
    const listed = (await conversations(callers.citizenC)).filter(({ kind }) => kind === 'care');
    expect(listed).toEqual([
      expect.objectContaining({
        thread_id: opened,
        kind: 'care',
        title: 'Ønsker en videosamtale',
        video_requested: true,
      }),
    ]);
    expect((await shown(callers.proIn, opened ?? '')).map(({ body }) => body)).toEqual(['Gerne om formiddagen']);
    const inbox = await file.db.owner.query('select status from public.inbox_state where thread_id = $1', [opened]);
    expect(inbox.rows).toEqual([{ status: 'open' }]);
  });

  it('asked again with the same key (a retry), answers with the first request', async () => {
    const { callers, ids } = file.world;
    const key = randomUUID();
    const ask = async () =>
      (
        await file.db.request<{ id: string }>(
          callers.citizenA,
          'select public.request_video_meeting($1, $2, $3) as id',
          [ids.team, 'Om min fod', key],
        )
      ).rows[0]?.id;
    const first = await ask();
    expect(await ask()).toBe(first);
    const opened = await file.db.owner.query(
      `select 1 from public.threads where citizen_id = $1 and title = 'Ønsker en videosamtale'`,
      [ids.citizenA],
    );
    expect(opened.rowCount).toBe(1);
  });

  it('refuses a team that does not serve the citizen, staff, and a note too long, leaving nothing', async () => {
    const { callers, ids } = file.world;
    const count = async () => (await file.db.owner.query('select count(*)::int as n from public.threads')).rows[0]?.n;
    const before = await count();
    await expectSqlError(
      file.db.request(callers.citizenB, 'select public.request_video_meeting($1)', [ids.team]),
      'P0002',
      'No such team',
    );
    await expectSqlError(
      file.db.request(callers.citizenA, 'select public.request_video_meeting($1, $2)', [ids.team, 'x'.repeat(4001)]),
      '22001',
      'at most 4000',
    );
    await expectSqlError(
      file.db.request(callers.proIn, 'select public.request_video_meeting($1)', [ids.team]),
      '42501',
      'citizen',
    );
    expect(await count()).toBe(before);
  });
});

describe('an e-mail when the team answers', () => {
  const claim = async () =>
    (
      await file.db.request<{ kind: string; email: string }>(
        file.world.callers.service,
        'select kind, email from public.claim_notifications(50)',
      )
    ).rows;

  it('queues one notice for answers in a row, none for the citizen writing, none once read, none if not wanted', async () => {
    const { callers, ids } = file.world;
    const queued = async () =>
      (
        await file.db.owner.query<{ n: number }>(
          `select count(*)::int as n from public.notifications where kind = 'new_message' and profile_id = $1`,
          [ids.citizenA],
        )
      ).rows[0]?.n ?? 0;
    await file.db.owner.query('update auth.users set email_confirmed_at = now() where id = $1', [ids.citizenA]);
    await claim();
    const before = await queued();
    await send(callers.citizenA, ids.thread, 'Et spørgsmål');
    await send(callers.proIn, ids.thread, 'Et svar');
    await send(callers.proIn, ids.thread, 'Et svar mere');
    expect(await claim()).toEqual([{ kind: 'new_message', email: expect.stringContaining('@') }]);

    // Read on the site before the function ran: no mail.
    await send(callers.proIn, ids.thread, 'Endnu et svar');
    await file.db.request(callers.citizenA, 'select public.mark_thread_read($1)', [ids.thread]);
    expect(await claim()).toEqual([]);

    // Chosen off.
    await file.db.request(
      callers.citizenA,
      'insert into public.notification_choices (profile_id, messages) values (auth.uid(), false)',
    );
    await send(callers.proIn, ids.thread, 'Sidste svar');
    expect(await claim()).toEqual([]);
    expect((await queued()) - before).toBe(3);
  });
});

describe('order, notices and columns', () => {
  it('numbers messages in one thread in commit order: a send waits for one in progress', async () => {
    const { callers, ids } = file.world;
    const holder = await file.db.owner.connect();
    try {
      await holder.query('begin');
      await holder.query('select 1 from public.threads where id = $1 for no key update', [ids.thread]);
      await expectSqlError(
        file.db.request(callers.citizenA, 'select public.send_message($1, $2)', [ids.thread, 'Venter'], {
          prepare: "set local lock_timeout = '300ms'",
        }),
        '55P03',
        'lock timeout',
      );
    } finally {
      await holder.query('rollback');
      holder.release();
    }
  });

  const claimAll = () => file.db.request(file.world.callers.service, 'select * from public.claim_notifications(500)');
  const unsent = async () =>
    (
      await file.db.owner.query<{ id: string }>(
        `select id from public.notifications where kind = 'new_message' and profile_id = $1 and thread_id = $2 and sent_at is null`,
        [file.world.ids.citizenA, file.world.ids.thread],
      )
    ).rows;

  it('a later answer renews the waiting notice: reading the first does not silence the next', async () => {
    const { callers, ids } = file.world;
    await file.db.owner.query('update auth.users set email_confirmed_at = now() where id = $1', [ids.citizenA]);
    await file.db.owner.query('delete from public.notification_choices where profile_id = $1', [ids.citizenA]);
    await claimAll();
    await send(callers.proIn, ids.thread, 'Første svar');
    await file.db.request(callers.citizenA, 'select public.mark_thread_read($1)', [ids.thread]);
    await send(callers.proIn, ids.thread, 'Andet svar');
    const claimed = await file.db.request<{ kind: string }>(
      callers.service,
      'select kind from public.claim_notifications(500)',
    );
    expect(claimed.rows).toEqual([{ kind: 'new_message' }]);
  });

  it('a notice put back while a newer one waits for the same conversation joins it', async () => {
    const { callers, ids } = file.world;
    await claimAll();
    await send(callers.proIn, ids.thread, 'Et svar');
    const [claimed] = (await claimAll()).rows as { id: string }[];
    await send(callers.proIn, ids.thread, 'Et svar mere, mens posten er nede');
    await file.db.request(callers.service, 'select public.release_notifications($1)', [[claimed?.id]]);
    expect(await unsent()).toHaveLength(1);
  });

  it("lets peers read messages, not the sender's device key or who hid one", async () => {
    const { callers, ids } = file.world;
    for (const column of ['client_key', 'hidden_by']) {
      await expectSqlError(
        file.db.request(callers.citizenA, `select ${column} from public.messages where thread_id = $1`, [ids.thread]),
        '42501',
        'permission denied',
      );
    }
    const readable = await file.db.request(callers.citizenA, 'select body from public.messages where id = $1', [
      ids.message,
    ]);
    expect(readable.rowCount).toBe(1);
  });

  it("names a cohort's group chat as the cohort, also after a rename", async () => {
    const { ids } = file.world;
    await file.db.owner.query(`update public.cohorts set title = 'Diabetesholdet, efterår' where id = $1`, [
      ids.cohort,
    ]);
    const chat = await file.db.owner.query('select title from public.threads where id = $1', [
      await groupChat(ids.cohort),
    ]);
    expect(chat.rows).toEqual([{ title: 'Diabetesholdet, efterår' }]);
  });
});
