import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClient } from '@supabase/supabase-js';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localKeys } from '../../scripts/backend/localKeys.ts';
import { signInCodeFor } from '../../scripts/backend/mailInbox.ts';
import { applyMigrations, loadSupabaseSchema, migrationFiles } from '../../scripts/backend/supabaseSchema.ts';
import { startSupabaseStack } from '../../scripts/backend/supabaseStack.ts';
import { freePort } from '../../scripts/testdb/freePort.ts';
import { requestAs } from './harness/postgrestRequest.ts';

/*
 * The local backend's database as `npm start` makes it, on an empty database of the test cluster:
 * migrations recorded as the Supabase CLI records them, a rerun applying only new ones, and demo
 * people that load twice without change.
 */

const cluster = inject('supabaseClusterUrl');
const name = `local_${Date.now()}`;
let owner: pg.Client;
const demoPeople = readFileSync(new URL('../local/demoPeople.sql', import.meta.url), 'utf8');

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: `${cluster}/postgres` });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  owner = new pg.Client({ connectionString: `${cluster}/${name}` });
  await owner.connect();
});
afterAll(async () => owner?.end());

describe('the local database', () => {
  it('records each migration as the Supabase CLI does, and a rerun applies only new ones', async () => {
    expect(await loadSupabaseSchema(owner)).toEqual(migrationFiles());
    const { rows } = await owner.query<{ version: string; name: string; statements: string[] }>(
      'select version, name, statements from supabase_migrations.schema_migrations order by version',
    );
    expect(rows.map(({ version, name }) => `${version}_${name}.sql`)).toEqual(migrationFiles());
    expect(rows.every(({ statements }) => statements.length === 1 && statements[0]?.length)).toBe(true);

    expect(await loadSupabaseSchema(owner)).toEqual([]);
    const later = mkdtempSync(join(tmpdir(), 'sundhed-migrations-'));
    for (const file of migrationFiles())
      copyFileSync(new URL(`../migrations/${file}`, import.meta.url), join(later, file));
    writeFileSync(join(later, '20991231000000_a_later_change.sql'), 'create table public.later_change (id int);');
    expect(await applyMigrations(owner, pathToFileURL(`${later}/`))).toEqual(['20991231000000_a_later_change.sql']);
  });

  it('a migration that fails is not recorded and leaves nothing half done', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'sundhed-migrations-'));
    writeFileSync(join(broken, '20991231000001_broken.sql'), 'create table public.half (id int); select 1/0;');
    await expect(applyMigrations(owner, pathToFileURL(`${broken}/`))).rejects.toThrow(
      /migration 20991231000001_broken.sql failed: division by zero/,
    );
    const left = await owner.query(
      `select 1 from pg_tables where tablename = 'half' union all
       select 1 from supabase_migrations.schema_migrations where version = '20991231000001'`,
    );
    expect(left.rowCount).toBe(0);
  });

  it('loads the demo people twice without change: two municipalities served by one team', async () => {
    await owner.query(demoPeople);
    const count = async () =>
      (
        await owner.query<{ n: number }>(
          `select (select count(*) from auth.users) + (select count(*) from public.messages)
             + (select count(*) from public.appointment_slots) + (select count(*) from public.enrollments) as n`,
        )
      ).rows[0]?.n;
    const before = await count();
    await owner.query(demoPeople);
    expect(await count()).toBe(before);
    const served = await owner.query<{ municipality: string }>(
      'select municipality from public.team_municipalities order by municipality',
    );
    expect(served.rows.map(({ municipality }) => municipality)).toEqual(['kolding', 'svendborg']);
    // Bent, in Svendborg, may book the Kolding team's start-sessions through the row-level security
    // (the six to come; two more in the past belong to the demo cohort's members).
    const api = new pg.Pool({ connectionString: `${cluster.replace('postgres@', 'authenticator@')}/${name}`, max: 1 });
    try {
      const slots = await requestAs(
        api,
        { role: 'authenticated', sub: '00000000-0000-4000-8000-00000000a002' },
        'select id from public.appointment_slots where starts_at > now()',
      );
      expect(slots.rowCount).toBe(6);
    } finally {
      await api.end();
    }
  });

  it("gives the demo cohort's dashboard someone at risk, and the evaluation a shown and a suppressed group", async () => {
    const api = new pg.Pool({ connectionString: `${cluster.replace('postgres@', 'authenticator@')}/${name}`, max: 1 });
    try {
      const karen = { role: 'authenticated' as const, sub: '00000000-0000-4000-8000-00000000b001' };
      const dashboard = await requestAs<{ display_name: string; risk_reasons: string }>(
        api,
        karen,
        `select display_name, risk_reasons::text from public.cohort_dashboard('00000000-0000-4000-8000-0000000e0001')
         where at_risk order by display_name`,
      );
      expect(dashboard.rows).toEqual([
        { display_name: 'Lone Madsen', risk_reasons: '{inactive}' },
        { display_name: 'Per Jørgensen', risk_reasons: '{missed_session}' },
      ]);
      const kim = { role: 'authenticated' as const, sub: '00000000-0000-4000-8000-00000000c001' };
      const evaluation = await requestAs<{ measure: string; value: string | null; suppressed: boolean }>(
        api,
        kim,
        // The calendar year the demo cohort began in (three weeks ago).
        `select measure, value, suppressed from public.program_evaluation('kolding',
           (select extract(year from starts_on)::integer from public.cohorts where id = '00000000-0000-4000-8000-0000000e0001'))
         where program = 'lev-livet-med-type-2-diabetes' and measure in ('enrolled', 'completed', 'in_progress')`,
      );
      expect(evaluation.rows).toEqual([
        { measure: 'enrolled', value: '7', suppressed: false },
        { measure: 'completed', value: null, suppressed: true },
        { measure: 'in_progress', value: '5', suppressed: false },
      ]);
      // The inbox: Per waits (past the team's limit), Anna waits, Mette was answered by Ole.
      const inbox = await requestAs<{ citizen_name: string; waiting: boolean; assignee_name: string | null }>(
        api,
        karen,
        `select citizen_name, waiting_since is not null as waiting, assignee_name from public.team_inbox('open', null)`,
      );
      expect(inbox.rows).toEqual([
        { citizen_name: 'Per Jørgensen', waiting: true, assignee_name: null },
        { citizen_name: 'Anna Kristensen', waiting: true, assignee_name: null },
        { citizen_name: 'Mette Sørensen', waiting: false, assignee_name: 'Ole Berg' },
      ]);
    } finally {
      await api.end();
    }
  });
});

describe('the local Supabase stack over that database', () => {
  it('signs a demo person in with the code from the local inbox; PostgREST then knows her by her profile', async () => {
    const [gateway, postgrest, smtp, mail] = [await freePort(), await freePort(), await freePort(), await freePort()];
    const keys = localKeys(join(mkdtempSync(join(tmpdir(), 'keys-')), 'jwt-secret'));
    const stack = await startSupabaseStack({
      ownerUrl: `${cluster}/${name}`,
      apiUrl: `${cluster.replace('postgres@', 'authenticator@')}/${name}`,
      keys,
      ports: { gateway, postgrest, smtp, mail },
      origins: [],
      mailDirectory: mkdtempSync(join(tmpdir(), 'mail-')),
    });
    try {
      const anna = createClient(stack.url, keys.anonKey, { auth: { persistSession: false, autoRefreshToken: false } });
      const email = 'anna@borger.sundhedscenter.local';
      expect((await anna.auth.signInWithOtp({ email, options: { shouldCreateUser: false } })).error).toBeNull();
      const token = await signInCodeFor(stack.mailUrl, email);
      expect((await anna.auth.verifyOtp({ email, token, type: 'email' })).error).toBeNull();
      const { data } = await anna.from('profiles').select('display_name, role, municipality');
      expect(data).toEqual([{ display_name: 'Anna Kristensen', role: 'citizen', municipality: 'kolding' }]);
    } finally {
      await stack.stop();
    }
    // Stopped means stopped: the ports are free again.
    await expect(fetch(`http://127.0.0.1:${gateway}/auth/v1/health`)).rejects.toThrow();
    await expect(fetch(`http://127.0.0.1:${mail}/api/email`)).rejects.toThrow();
  });
});
