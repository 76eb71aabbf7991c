import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../site/e2e/chromium.ts';
import { localSupabaseUrl } from '../../site/src/integrations/supabaseSettings.ts';
import { createSundhedClient, inboxAdapter } from '../../supabase/src/index.ts';
import { sessionStorageKey } from '../../supabase/src/session.ts';
import { startLocalDatabase } from '../backend/localDatabase.ts';
import { localKeys } from '../backend/localKeys.ts';
import { signInCodeFor } from '../backend/mailInbox.ts';
import { startSupabaseStack } from '../backend/supabaseStack.ts';
import { freePort } from '../testdb/freePort.ts';
import { ms, percentile } from './percentiles.ts';
import { serveStatic } from './staticServer.ts';

/*
 * The team inbox with 1,000 open conversations, as Karen of the demo team sees it: the built site
 * (site/dist, for the local stack) in Chromium against the local stack on its usual ports. Measures
 * the page from navigation to all 1,000 drawn, a live change (a citizen writes) until the inbox
 * shows it, and the team_inbox call itself through the API. `npm start` must not run meanwhile.
 */

const threads = 1_000;
const pageRuns = 5;
const apiCalls = 30;
const karen = 'karen@personale.sundhedscenter.local';
const demoTeam = '00000000-0000-4000-8000-0000000d0001';
const dist = fileURLToPath(new URL('../../site/dist/', import.meta.url));

if (!existsSync(join(dist, 'personale', 'index.html'))) {
  console.error('Build the site first: npm run build');
  process.exit(1);
}

/** The built site, as a static host serves it (uncompressed, as the figures so far were taken). */
async function serveSite() {
  const port = await freePort();
  const server = await serveStatic(dist, port, { gzip: false });
  return { url: `http://127.0.0.1:${port}`, port, stop: () => server.close() };
}

const dir = mkdtempSync(join(tmpdir(), 'sundhed-bench-inbox-'));
chmodSync(dir, 0o755);
const database = await startLocalDatabase(await freePort(), `${join(dir, 'postgres')}/`);
const site = await serveSite();
const keys = localKeys();
const mailPort = await freePort();
const stack = await startSupabaseStack({
  ownerUrl: database.url,
  apiUrl: database.apiUrl,
  keys,
  ports: {
    gateway: Number(new URL(localSupabaseUrl).port),
    postgrest: await freePort(),
    smtp: await freePort(),
    mail: mailPort,
  },
  origins: [site.url],
  mailDirectory: join(dir, 'mail'),
});
const browser = await chromium.launch(chromiumLaunchOptions);
const owner = new pg.Client({ connectionString: database.url });
try {
  await owner.connect();
  // 1,000 citizens of the team's municipalities, each waiting in a conversation of their own.
  await owner.query(
    `with citizens as (
       insert into auth.users (email, raw_user_meta_data)
       select 'bench-' || n || '@eksempel.dk', jsonb_build_object('display_name', 'Borger ' || n)
       from generate_series(1, $1) n returning id
     )
     update public.profiles set municipality = 'kolding' where id in (select id from citizens)`,
    [threads],
  );
  await owner.query(
    `insert into public.threads (kind, team_id, citizen_id, title)
     select 'care', $1, p.id, 'Spørgsmål nr. ' || row_number() over (order by p.id)
     from public.profiles p join auth.users u on u.id = p.id where u.email like 'bench-%'`,
    [demoTeam],
  );
  await owner.query(
    `insert into public.inbox_state (thread_id) select t.id from public.threads t
     join auth.users u on u.id = t.citizen_id where u.email like 'bench-%'`,
  );
  await owner.query(
    `insert into public.messages (thread_id, sender_id, body, created_at)
     select t.id, t.citizen_id, 'Hvordan skal jeg tolke min seneste måling?', now() - random() * interval '20 days'
     from public.threads t join auth.users u on u.id = t.citizen_id where u.email like 'bench-%'`,
  );

  // Karen signs in with a code, as on the site; her session goes into the browser as the site keeps it.
  const stored = new Map<string, string>();
  const storage = {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
    removeItem: (key: string) => void stored.delete(key),
  };
  const client = createSundhedClient({ url: stack.url, anonKey: keys.anonKey, storage });
  await client.auth.signInWithOtp({ email: karen });
  const code = await signInCodeFor(`http://127.0.0.1:${mailPort}`, karen);
  const verified = await client.auth.verifyOtp({ email: karen, token: code, type: 'email' });
  if (verified.error) throw verified.error;
  const session = stored.get(sessionStorageKey) as string;

  // The API call alone.
  const inbox = inboxAdapter(client);
  const apiSamples: number[] = [];
  let listed = 0;
  for (let call = 0; call < 5 + apiCalls; call++) {
    const started = performance.now();
    listed = (await inbox.threads('open')).length;
    if (call >= 5) apiSamples.push(performance.now() - started);
  }
  const body = JSON.stringify(await inbox.threads('open'));

  // The page: navigation to every conversation drawn, then a citizen's new message until it shows.
  const context = await browser.newContext();
  await context.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key as string)) localStorage.setItem(key as string, value as string);
    },
    [sessionStorageKey, session],
  );
  const page = await context.newPage();
  const pageSamples: number[] = [];
  for (let run = 0; run < 1 + pageRuns; run++) {
    await page.goto(`${site.url}/personale/`);
    const drawn = await page.waitForFunction(
      (count) => document.querySelectorAll('li.inbox-thread').length >= count && performance.now(),
      listed,
      { timeout: 60_000, polling: 10 },
    );
    if (run >= 1) pageSamples.push(Number(await drawn.jsonValue()));
  }
  const liveSamples: number[] = [];
  for (let change = 0; change < 5; change++) {
    const title = `Ny samtale ${change}`;
    // The inbox has subscribed once its list is drawn; give the socket a moment to join.
    await page.waitForTimeout(1000);
    const started = Date.now();
    await owner.query(
      `with t as (
         insert into public.threads (kind, team_id, citizen_id, title)
         select 'care', $1, p.id, $2 from public.profiles p join auth.users u on u.id = p.id
         where u.email = 'bench-' || ($3::int + 1) || '@eksempel.dk' returning id, citizen_id
       ), s as (insert into public.inbox_state (thread_id) select id from t)
       insert into public.messages (thread_id, sender_id, body) select id, citizen_id, 'Hej igen' from t`,
      [demoTeam, title, change],
    );
    await page.locator('li.inbox-thread', { hasText: title }).waitFor({ timeout: 30_000 });
    liveSamples.push(Date.now() - started);
  }
  await context.close();

  console.log(`Team inbox with ${listed} open conversations (Karen, demo team):`);
  console.log(
    `  team_inbox through the API: p50 ${ms(percentile(apiSamples, 50))}  p95 ${ms(percentile(apiSamples, 95))}  ` +
      `(${apiCalls} calls, ${Math.round(body.length / 1024)} KB JSON)`,
  );
  console.log(
    `  page, navigation to all drawn: median ${ms(percentile(pageSamples, 50))}  max ${ms(Math.max(...pageSamples))}  (${pageRuns} loads)`,
  );
  console.log(
    `  a new conversation, written to shown live: median ${ms(percentile(liveSamples, 50))}  max ${ms(Math.max(...liveSamples))}  (5 changes)`,
  );
} finally {
  await owner.end().catch(() => undefined);
  await browser.close();
  await stack.stop();
  site.stop();
  database.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
