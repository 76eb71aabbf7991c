import { createServer } from 'node:http';
import { defaultDatabaseUri } from '../../cms/src/paths.ts';
import { describeLogins, loginFile, readDemoLogins } from '../../cms/src/seed/demoLogin.ts';
import { type FunctionsServer, startFunctions } from '../backend/functionsServer.ts';
import { type LocalDatabase, localDataDir, startLocalDatabase } from '../backend/localDatabase.ts';
import { localKeys } from '../backend/localKeys.ts';
import { localVapidKeys, vapidEnvironment } from '../backend/localVapidKeys.ts';
import { type SupabaseStack, startSupabaseStack } from '../backend/supabaseStack.ts';
import { runNpm, startNpm, stopAll, waitForHttp } from './children.ts';
import { makeRebuildToken, rebuildEndpoint, rebuildHookUrl } from './rebuildEndpoint.ts';
import { rebuildQueue } from './rebuildQueue.ts';

/*
 * `npm start`: the whole chain on one machine with embedded defaults. Starts the local Supabase
 * stack (unless SUPABASE_URL points at a real project) and the Netlify functions, seeds the CMS's
 * empty database, exports published content to content/, builds and serves the site, starts the
 * CMS admin, and re-exports and rebuilds whenever the CMS reports a publish through its build hook.
 */

const cmsPort = 3000;
const sitePort = 4321;
const hookPort = 4322;
/** Where the Netlify CLI serves functions. */
const functionsPort = 8888;
/** Supabase's one origin and its local mail inbox, on the ports `supabase start` uses. */
const supabasePorts = { gateway: 54321, mail: 54324, smtp: 54325, postgrest: 54330 };
const host = '127.0.0.1';
/** Made anew at each start; only the CMS gets it, inside its hook address (rebuildEndpoint.ts). */
const rebuildToken = makeRebuildToken();
const hookUrl = rebuildHookUrl(host, hookPort, rebuildToken);

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'development',
  DATABASE_URI: process.env.DATABASE_URI || defaultDatabaseUri,
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
};

async function exportAndBuild(): Promise<void> {
  const started = performance.now();
  await runNpm('export', ['run', 'export', '-w', 'scripts'], env);
  // Only what the publish changed is built again (site/scripts/build.ts); the first build makes everything.
  await runNpm('build', ['run', 'build', '-w', 'site', '--', '--incremental'], env);
  console.log(`[start] Sitet er bygget på ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

let backend: LocalDatabase | undefined;
let supabase: SupabaseStack | undefined;
let functions: FunctionsServer | undefined;
let stopping = false;
/** Stops everything, services before the database they use; nothing is left running. */
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    stopAll();
    const services = Promise.allSettled([supabase?.stop(), functions?.stop()]);
    await Promise.race([services, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    backend?.stop();
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
// The last resort, should the process end some other way: child processes and the database.
process.on('exit', () => {
  stopAll();
  supabase?.killChildren();
  backend?.stop();
});

const startedAt = performance.now();
const roleNames: Record<string, string> = { citizen: 'borger', professional: 'fagperson', admin: 'administrator' };
const describePeople = ({ people }: LocalDatabase) =>
  people.map(
    (person) =>
      `    ${person.email.padEnd(40)} ${person.name} (${roleNames[person.role] ?? person.role}, ${person.municipality})`,
  );

try {
  if (!process.env.SUPABASE_URL) {
    const started = performance.now();
    backend = await startLocalDatabase();
    const keys = localKeys();
    supabase = await startSupabaseStack({
      ownerUrl: backend.url,
      apiUrl: backend.apiUrl,
      keys,
      ports: supabasePorts,
      origins: [`http://localhost:${sitePort}`, `http://${host}:${sitePort}`],
      mailDirectory: `${localDataDir}mail`,
    });
    console.log(
      `[start] Database (PostgreSQL 15), PostgREST, log ind, realtime og mail klar på ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
        `${backend.applied.length} nye migrationer.`,
    );
  }
  // With a real project, the functions read SUPABASE_* from this process's environment as given.
  const keys = supabase ? localKeys() : undefined;
  functions = await startFunctions({
    port: functionsPort,
    env:
      supabase && keys
        ? {
            SUPABASE_URL: supabase.url,
            SUPABASE_ANON_KEY: keys.anonKey,
            SUPABASE_SERVICE_ROLE_KEY: keys.serviceRoleKey,
            SMTP_URL: `smtp://127.0.0.1:${supabasePorts.smtp}`,
            MAIL_FROM: 'Sundhedscenter <noreply@sundhedscenter.local>',
            SITE_URL: `http://localhost:${sitePort}`,
            ...vapidEnvironment(localVapidKeys()),
          }
        : {},
  });
  // Netlify runs scheduled functions on their schedule; here every minute, as long as npm start runs.
  const scheduled = `${functions.url}/.netlify/functions/send-notifications`;
  setInterval(() => void fetch(scheduled).catch(() => undefined), 60_000).unref();
  await runNpm('seed', ['run', 'seed', '-w', 'cms'], env);
  await exportAndBuild();

  const queue = rebuildQueue(exportAndBuild, 1_000, (error) => console.error('[start] Genopbygning fejlede:', error));
  createServer(
    rebuildEndpoint(rebuildToken, () => {
      console.log('[start] Indhold udgivet i CMS: eksporterer og bygger sitet igen ...');
      queue.request();
    }),
  ).listen(hookPort, host);

  // The functions answer on the site's origin, as on Netlify (site/src/integrations/localFunctions.ts).
  startNpm('site', ['run', 'preview', '-w', 'site', '--', '--port', String(sitePort)], {
    ...env,
    LOCAL_FUNCTIONS_URL: functions.url,
  });
  startNpm('cms', ['run', 'dev', '-w', 'cms', '--', '--hostname', host], { ...env, PUBLISH_HOOK_URL: hookUrl });

  await waitForHttp(`http://${host}:${sitePort}/`, 60_000);
  await waitForHttp(`http://${host}:${cmsPort}/admin/login`, 180_000);

  const logins = readDemoLogins(loginFile(env.DATABASE_URI));
  console.log(
    [
      '',
      'Sundhedscenter kører:',
      `  Kursussite:  http://localhost:${sitePort}  (log ind: http://localhost:${sitePort}/log-ind/)`,
      `  Personale:   http://localhost:${sitePort}/personale/  (indbakke, planlægning, hold og evaluering)`,
      `  CMS (admin): http://localhost:${cmsPort}/admin`,
      `  Funktioner:  ${functions.url}/api/health  (Netlifys lokale emulering af functions/)`,
      logins ? `  Log ind (demo-brugere):\n${describeLogins(logins)}` : '',
      backend
        ? [
            `  Database (Supabase, lokal): ${backend.url}`,
            `  Supabase (lokal):           ${supabase?.url ?? ''}  (/rest/v1, /auth/v1, /realtime/v1; PostgREST bag den på ${supabase?.restUrl ?? ''})`,
            `  anon-nøgle:                 ${localKeys().anonKey}`,
            `  Login-koder (mail):         ${supabase?.mailUrl ?? ''}  (koder til at logge ind, og alle andre mails, lander her)`,
            '  Demo-personer (log ind på sitet med e-mail og kode):',
            ...describePeople(backend),
          ].join('\n')
        : `  Supabase: ${process.env.SUPABASE_URL}`,
      `Alt kørte efter ${((performance.now() - startedAt) / 1000).toFixed(1)} s. Når du udgiver indhold i CMS, eksporteres og bygges sitet igen. Stop med Ctrl+C.`,
      '',
    ].join('\n'),
  );
} catch (error) {
  console.error('[start] Kunne ikke starte:', error instanceof Error ? error.message : error);
  await shutdown(1);
}
