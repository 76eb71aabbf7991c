import { type ChildProcess, spawn } from 'node:child_process';

/* Child processes of `npm start`, with their output prefixed so the log says who spoke. */

const running = new Set<ChildProcess>();

function prefixed(child: ChildProcess, label: string): void {
  for (const [stream, target] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    let rest = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) target.write(`[${label}] ${line}\n`);
    });
  }
}

function spawnNpm(label: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  // Own process group: npm does not pass signals on through its shell, so we signal the group.
  const child = spawn('npm', args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  prefixed(child, label);
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}

/** Runs an npm script to the end; rejects on a non-zero exit. */
export function runNpm(label: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnNpm(label, args, env);
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${label}: npm ${args.join(' ')} exited ${code}`)),
    );
  });
}

/** Starts a long-running npm script (a server); stopping `npm start` stops it. */
export function startNpm(label: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawnNpm(label, args, env);
}

export function stopAll(): void {
  for (const child of running) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/** Polls a URL until it answers below 500, or gives up after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} answered nothing in ${Math.round(timeoutMs / 1000)} s`);
}
