import { describe, expect, it } from 'vitest';
import { worldPerFile } from './harness/worldPerFile.ts';

/*
 * Supabase Realtime streams changes from a logical replication slot on the supabase_realtime
 * publication. A slot of our own on the same publication shows exactly what Realtime would get.
 */

const file = worldPerFile();

describe('realtime', () => {
  it('publishes messages, registrations, inbox state and what changed in a thread, and nothing else', async () => {
    const { rows } = await file.db.owner.query<{ name: string }>(
      `select schemaname || '.' || tablename as name from pg_publication_tables where pubname = 'supabase_realtime' order by 1`,
    );
    expect(rows.map(({ name }) => name)).toEqual([
      'public.inbox_state',
      'public.messages',
      'public.registrations',
      'public.thread_activity',
    ]);
  });

  it('a decoding slot on the publication emits a new chat message and not progress or profiles', async () => {
    const slot = `realtime_${file.db.name}`;
    await file.db.owner.query(`select pg_create_logical_replication_slot($1, 'pgoutput')`, [slot]);
    try {
      await file.db.request(file.world.callers.citizenA, 'select public.send_message($1, $2)', [
        file.world.ids.thread,
        'Realtime-besked',
      ]);
      await file.db.request(
        file.world.callers.citizenA,
        `select public.upsert_progress('hvad-er-kol', 'completed', '', 'hemmeligt-svar', null, now())`,
      );
      await file.db.request(
        file.world.callers.citizenA,
        `update public.profiles set display_name = 'Anna B.' where id = auth.uid()`,
      );
      const changes = await file.db.owner.query<{ data: Buffer }>(
        `select data from pg_logical_slot_get_binary_changes($1, null, null, 'proto_version', '1', 'publication_names', 'supabase_realtime')`,
        [slot],
      );
      const stream = Buffer.concat(changes.rows.map(({ data }) => data)).toString('latin1');
      // pgoutput names each relation once ('R' message) before its rows; row values follow as text.
      expect(stream).toContain('messages\u0000');
      expect(stream).toContain('inbox_state\u0000');
      expect(Buffer.from(stream, 'latin1').toString('utf8')).toContain('Realtime-besked');
      expect(stream).not.toContain('progress\u0000');
      expect(stream).not.toContain('hemmeligt-svar');
      expect(stream).not.toContain('profiles\u0000');
    } finally {
      await file.db.owner.query('select pg_drop_replication_slot($1)', [slot]);
    }
  });

  it('publishes no table whose key identifies a person: Realtime sends deleted keys to every subscriber', async () => {
    // Supabase applies no row-level security to DELETE events; the old row carries its key only.
    const { rows } = await file.db.owner.query<{ key: string }>(
      `select c.relname || '.' || a.attname as key
       from pg_publication_tables pt
       join pg_class c on c.relname = pt.tablename
       join pg_namespace n on n.oid = c.relnamespace and n.nspname = pt.schemaname
       join pg_index i on i.indrelid = c.oid and (i.indisprimary or i.indisreplident)
       join pg_attribute a on a.attrelid = c.oid and a.attnum = any(i.indkey)
       where pt.pubname = 'supabase_realtime'
         and exists (
           select 1 from pg_constraint fk
           where fk.conrelid = c.oid and fk.contype = 'f' and a.attnum = any(fk.conkey)
             and fk.confrelid in ('public.profiles'::regclass, 'auth.users'::regclass)
         )`,
    );
    expect(rows).toEqual([]);
  });

  it("a decoding slot carries no citizen's id when their registration is deleted", async () => {
    const slot = `realtime_delete_${file.db.name}`;
    await file.db.owner.query(`select pg_create_logical_replication_slot($1, 'pgoutput')`, [slot]);
    try {
      await file.db.owner.query('delete from public.registrations where citizen_id = $1', [file.world.ids.citizenA]);
      const changes = await file.db.owner.query<{ data: Buffer }>(
        `select data from pg_logical_slot_get_binary_changes($1, null, null, 'proto_version', '1', 'publication_names', 'supabase_realtime')`,
        [slot],
      );
      const stream = Buffer.concat(changes.rows.map(({ data }) => data)).toString('latin1');
      expect(stream).toContain('registrations\u0000');
      expect(stream).not.toContain(file.world.ids.citizenA);
    } finally {
      await file.db.owner.query('select pg_drop_replication_slot($1)', [slot]);
    }
  });
});
