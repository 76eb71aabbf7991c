import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/*
 * npm run bench: every benchmark, one after another (they share ports and both cores).
 * npm run bench -- --lessons 1000,10000 [...]: only the scale benchmark, with its own options
 * (scripts/bench/lessons/cli.ts).
 */

const args = process.argv.slice(2);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const run = (command: string, commandArgs: string[]) => {
  const { status } = spawnSync(command, commandArgs, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
};
const tsx = (script: string, scriptArgs: string[] = []) =>
  run(process.execPath, ['--import', 'tsx', here(script), ...scriptArgs]);

if (args.length > 0) tsx('./lessons/cli.ts', args);
else {
  tsx('./localApiReads.ts');
  tsx('./registrations.ts');
  run('npm', ['run', 'build', '-w', 'site']);
  tsx('./inbox.ts');
  tsx('./lessons/cli.ts', ['--lessons', '1000']);
}
