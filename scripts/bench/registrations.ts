import pg from 'pg';
import { type Caller, requestAs } from '../../supabase/tests/harness/postgrestRequest.ts';
import { loadSupabaseSchema } from '../backend/supabaseSchema.ts';
import { startThrowawayPostgres } from '../testdb/throwawayPostgres.ts';
import { ms, percentile } from './percentiles.ts';

/*
 * register_for_session under load: 200 citizens, each on its own API connection, register at once
 * for the same webinar (20 seats), ten webinars in a row, as PostgREST would run the calls (role
 * switch and claims in a transaction). Latency is per call, transaction included.
 */

const clients = 200;
const rounds = 10;
const warmUpRounds = 1;

const cluster = await startThrowawayPostgres({ max_connections: '300' });
try {
  const owner = new pg.Client({ connectionString: cluster.url('postgres') });
  await owner.connect();
  await loadSupabaseSchema(owner);
  const { rows: team } = await owner.query<{ id: string }>(
    `insert into public.teams (name, municipality) values ('Bench', 'kolding') returning id`,
  );
  const { rows: users } = await owner.query<{ id: string }>(
    `insert into auth.users (email) select 'bench-' || n || '@example.test' from generate_series(1, $1) n returning id`,
    [clients],
  );
  // Citizens of the municipality the team serves (a new login has none, and may not register).
  await owner.query(`update public.profiles set municipality = 'kolding' where id = any($1)`, [
    users.map(({ id }) => id),
  ]);
  const callers: Caller[] = users.map(({ id }) => ({ role: 'authenticated', sub: id }));
  const api = new pg.Pool({
    connectionString: cluster.url('postgres').replace('postgres@', 'authenticator@'),
    max: clients,
  });
  // Open every connection before measuring.
  await Promise.all(callers.map(() => api.connect().then((client) => client.release())));

  const samples: number[] = [];
  for (let round = 0; round < warmUpRounds + rounds; round += 1) {
    const { rows } = await owner.query<{ id: string }>(
      `insert into public.webinar_sessions (team_id, title, starts_at, ends_at, capacity)
       values ($1, 'Bench', now() + interval '1 day', now() + interval '1 day 1 hour', 20) returning id`,
      [team[0]?.id],
    );
    const webinar = rows[0]?.id;
    const timings = await Promise.all(
      callers.map(async (caller) => {
        const started = performance.now();
        await requestAs(api, caller, 'select public.register_for_session($1)', [webinar]);
        return performance.now() - started;
      }),
    );
    if (round >= warmUpRounds) samples.push(...timings);
    // Held places count against each citizen's limit only while the webinar is ahead.
    await owner.query(
      `update public.webinar_sessions set starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' where id = $1`,
      [webinar],
    );
  }
  await api.end();
  await owner.end();
  console.log(
    `register_for_session, ${clients} parallel clients, ${rounds} webinars of 20 seats: ` +
      `p50 ${ms(percentile(samples, 50))}  p95 ${ms(percentile(samples, 95))}  (${samples.length} calls)`,
  );
} finally {
  cluster.stop();
}
