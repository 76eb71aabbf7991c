import { findChromium } from './chromium.ts';

/*
 * Run first by `npm test`: without a browser the browser tests would fail only after minutes of
 * other tests. This says so at once, and how to get one.
 */
const found = findChromium();
if ('problem' in found) {
  console.error(`npm test stopper / stops: ${found.problem}`);
  process.exit(1);
}
