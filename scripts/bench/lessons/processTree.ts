import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/*
 * Runs a command and samples the memory of its whole process tree (Linux /proc), since an Astro
 * build runs workers and Pagefind's own binary beside Node: the largest process alone understates
 * what the machine must have.
 */

export type TreeRun = {
  seconds: number;
  /** Highest sum of resident memory over the tree at one sample, in bytes. */
  peakTreeBytes: number;
  /** Highest resident memory of any one process, in bytes. */
  peakProcessBytes: number;
  exitCode: number | null;
  /** True when the bound ran out and the tree was stopped. */
  stopped: boolean;
  output: string;
};

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const listed = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (listed) children.push(...listed.split(/\s+/).map(Number));
    }
  } catch {
    // The process ended between two reads.
  }
  return children;
}

function residentBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function tree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...childrenOf(all[i] as number));
  return all;
}

export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; boundSeconds?: number; onOutput?: (text: string) => void },
): Promise<TreeRun> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true });
  let output = '';
  const keep = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-200_000);
    options.onOutput?.(text);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peakTreeBytes = 0;
  let peakProcessBytes = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    let sum = 0;
    for (const pid of tree(child.pid)) {
      const bytes = residentBytes(pid);
      sum += bytes;
      peakProcessBytes = Math.max(peakProcessBytes, bytes);
    }
    peakTreeBytes = Math.max(peakTreeBytes, sum);
  };
  const sampler = setInterval(sample, 200);
  let stopped = false;
  const bound =
    options.boundSeconds === undefined
      ? undefined
      : setTimeout(() => {
          stopped = true;
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        }, options.boundSeconds * 1000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearInterval(sampler);
      if (bound) clearTimeout(bound);
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakTreeBytes,
        peakProcessBytes,
        exitCode,
        stopped,
        output,
      });
    });
  });
}
