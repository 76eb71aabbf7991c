import { createServer } from 'node:http';
import { defaultDatabaseUri } from '../../cms/src/paths.ts';
import { describeLogins, loginFile, readDemoLogins } from '../../cms/src/seed/demoLogin.ts';
import { type LocalDatabase, localDataDir, startLocalDatabase } from '../backend/localDatabase.ts';
import { localKeys } from '../backend/localKeys.ts';
import { type SupabaseStack, startSupabaseStack } from '../backend/supabaseStack.ts';
import { runNpm, startNpm, stopAll, waitForHttp } from './children.ts';
import { makeRebuildToken, rebuildEndpoint, rebuildHookUrl } from './rebuildEndpoint.ts';
import { rebuildQueue } from './rebuildQueue.ts';

/*
 * `npm start`: the whole chain on one machine with embedded defaults. Starts the local Supabase
 * database (unless SUPABASE_URL points at a real project), seeds the CMS's empty database, exports
 * published content to content/, builds and serves the site, starts the CMS admin, and re-exports
 * and rebuilds whenever the CMS reports a publish through its build hook.
 */

const cmsPort = 3000;
const sitePort = 4321;
const hookPort = 4322;
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
  await runNpm('build', ['run', 'build', '-w', 'site'], env);
  console.log(`[start] Sitet er bygget på ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

let backend: LocalDatabase | undefined;
let supabase: SupabaseStack | undefined;
function stopEverything(): void {
  stopAll();
  void supabase?.stop();
  backend?.stop();
}
function shutdown(code: number): never {
  stopEverything();
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
process.on('exit', stopEverything);

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
  await runNpm('seed', ['run', 'seed', '-w', 'cms'], env);
  await exportAndBuild();

  const queue = rebuildQueue(exportAndBuild, 1_000, (error) => console.error('[start] Genopbygning fejlede:', error));
  createServer(
    rebuildEndpoint(rebuildToken, () => {
      console.log('[start] Indhold udgivet i CMS: eksporterer og bygger sitet igen ...');
      queue.request();
    }),
  ).listen(hookPort, host);

  startNpm('site', ['run', 'preview', '-w', 'site', '--', '--port', String(sitePort)], env);
  startNpm('cms', ['run', 'dev', '-w', 'cms', '--', '--hostname', host], { ...env, PUBLISH_HOOK_URL: hookUrl });

  await waitForHttp(`http://${host}:${sitePort}/`, 60_000);
  await waitForHttp(`http://${host}:${cmsPort}/admin/login`, 180_000);

  const logins = readDemoLogins(loginFile(env.DATABASE_URI));
  console.log(
    [
      '',
      'Sundhedscenter kører:',
      `  Kursussite:  http://localhost:${sitePort}`,
      `  CMS (admin): http://localhost:${cmsPort}/admin`,
      logins ? `  Log ind (demo-brugere):\n${describeLogins(logins)}` : '',
      backend
        ? [
            `  Database (Supabase, lokal): ${backend.url}`,
            `  Supabase (lokal):           ${supabase?.url ?? ''}  (/rest/v1, /auth/v1, /realtime/v1; PostgREST bag den på ${supabase?.restUrl ?? ''})`,
            `  anon-nøgle:                 ${localKeys().anonKey}`,
            `  Login-koder (mail):         ${supabase?.mailUrl ?? ''}  (alle mails fra den lokale backend lander her)`,
            '  Demo-personer (log ind på sitet med e-mail og kode):',
            ...describePeople(backend),
          ].join('\n')
        : `  Supabase: ${process.env.SUPABASE_URL}`,
      'Når du udgiver indhold i CMS, eksporteres og bygges sitet igen. Stop med Ctrl+C.',
      '',
    ].join('\n'),
  );
} catch (error) {
  console.error('[start] Kunne ikke starte:', error instanceof Error ? error.message : error);
  shutdown(1);
}
