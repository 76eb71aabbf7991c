import { accessSync, constants } from 'node:fs';
import { chromium, type LaunchOptions } from 'playwright-core';

/*
 * The browser the tests drive: `CHROMIUM_PATH` when set, else Debian's Chromium, else the one
 * `npx playwright install chromium` fetched. The background-networking flags keep it from calling
 * out: only loopback is reachable on these machines.
 */

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const howToGetOne = [
  'Installér Chromium / install Chromium: `apt-get install chromium` (Debian, Ubuntu)',
  'eller / or `npx playwright install chromium`,',
  'eller peg på en anden med / or point to another with CHROMIUM_PATH=/sti/til/chromium.',
].join(' ');

export function findChromium(env: NodeJS.ProcessEnv = process.env): { path: string } | { problem: string } {
  const chosen = env.CHROMIUM_PATH;
  if (chosen) {
    return isExecutable(chosen)
      ? { path: chosen }
      : { problem: `CHROMIUM_PATH=${chosen} er ikke en browser, der kan køres / is not an executable. ${howToGetOne}` };
  }
  for (const candidate of ['/usr/bin/chromium', chromium.executablePath()]) {
    if (candidate && isExecutable(candidate)) return { path: candidate };
  }
  return { problem: `Ingen Chromium fundet / no Chromium found. ${howToGetOne}` };
}

const found = findChromium();

export const chromiumLaunchOptions: LaunchOptions = {
  ...('path' in found ? { executablePath: found.path } : {}),
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
