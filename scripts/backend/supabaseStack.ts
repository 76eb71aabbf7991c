import { mkdirSync } from 'node:fs';
import pg from 'pg';
import { smtpMailer } from '../../functions/lib/mailer.ts';
import { authServer } from './auth/authServer.ts';
import { type AuthSettings, readAuthSettings } from './auth/authSettings.ts';
import { startGateway } from './gateway.ts';
import { startMailInbox } from './mailInbox.ts';
import { startPostgrest } from './postgrest.ts';
import { startRealtime } from './realtime/server.ts';

/*
 * Supabase's services in front of a database that already has the schema: PostgREST, the sign-in
 * and Realtime stand-ins, the mail inbox, and the one origin (gateway) that joins them as Supabase
 * lays them out.
 * `npm start`, the tests and the e2e start it the same way, on their own ports and database.
 */

export type StackPorts = { gateway: number; postgrest: number; smtp: number; mail: number };

export type StackOptions = {
  /** The database as its owner (the stand-in's tables) … */
  ownerUrl: string;
  /** … and as PostgREST's `authenticator`. */
  apiUrl: string;
  keys: { jwtSecret: string; anonKey: string; serviceRoleKey: string };
  ports: StackPorts;
  /** Browser origins let in (the course site). */
  origins: string[];
  mailDirectory: string;
  /** Changes to supabase/config.toml's sign-in settings, e.g. no wait between codes in tests. */
  authSettings?: Partial<AuthSettings>;
};

export type SupabaseStack = {
  url: string;
  restUrl: string;
  mailUrl: string;
  stop: () => Promise<void>;
  /** At once and synchronously, for a process that is exiting: ends the child processes (PostgREST). */
  killChildren: () => void;
};

export async function startSupabaseStack(options: StackOptions): Promise<SupabaseStack> {
  const stops: (() => Promise<void> | void)[] = [];
  let killChildren = () => {};
  // In reverse order of starting; one step failing does not keep the others running.
  const stop = async () => {
    for (const step of stops.reverse()) await Promise.resolve(step()).catch(() => undefined);
  };
  try {
    const url = `http://127.0.0.1:${options.ports.gateway}`;
    const postgrest = await startPostgrest({
      dbUri: options.apiUrl,
      port: options.ports.postgrest,
      jwtSecret: options.keys.jwtSecret,
    });
    stops.push(postgrest.stop);
    killChildren = postgrest.stop;
    mkdirSync(options.mailDirectory, { recursive: true });
    const inbox = await startMailInbox({
      smtpPort: options.ports.smtp,
      webPort: options.ports.mail,
      directory: options.mailDirectory,
    });
    stops.push(inbox.stop);
    const mailer = smtpMailer(`smtp://127.0.0.1:${inbox.smtpPort}`, 'Sundhedscenter <noreply@sundhedscenter.local>');
    stops.push(mailer.close);
    const db = new pg.Pool({ connectionString: options.ownerUrl, max: 5 });
    stops.push(() => db.end());
    const auth = await authServer({
      db,
      settings: { ...readAuthSettings(), ...options.authSettings },
      jwtSecret: options.keys.jwtSecret,
      issuer: `${url}/auth/v1`,
      mailer,
    });
    const realtime = await startRealtime({ databaseUrl: options.ownerUrl, jwtSecret: options.keys.jwtSecret });
    stops.push(realtime.stop);
    const gateway = await startGateway({
      port: options.ports.gateway,
      keys: [options.keys.anonKey, options.keys.serviceRoleKey],
      rest: postgrest.url,
      origins: options.origins,
      auth,
      realtime,
    });
    stops.push(gateway.stop);
    return { url, restUrl: postgrest.url, mailUrl: inbox.url, stop, killChildren: () => killChildren() };
  } catch (error) {
    await stop();
    throw error;
  }
}
