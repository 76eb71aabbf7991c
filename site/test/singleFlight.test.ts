import { describe, expect, it } from 'vitest';
import { singleFlight } from '../src/lib/singleFlight.ts';

describe('one run at a time', () => {
  it('runs once more for calls made while running, and never twice at once', async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    const flight = singleFlight(async () => {
      running += 1;
      most = Math.max(most, running);
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      running -= 1;
    });
    await Promise.all([flight(), flight(), flight()]);
    expect(most).toBe(1);
    // The first call, then one more for the two made while it ran.
    expect(runs).toBe(2);
    await flight();
    expect(runs).toBe(3);
  });
});
