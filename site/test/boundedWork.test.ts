import { describe, expect, it } from 'vitest';
import { forEachBounded } from '../src/build/boundedWork.ts';

/* Work over many files with a bounded number at a time (the search index reads every page). */

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('forEachBounded', () => {
  it('never has more than the limit in flight, and does every item once', async () => {
    let inFlight = 0;
    let most = 0;
    const done: number[] = [];
    await forEachBounded(
      Array.from({ length: 200 }, (_, index) => index),
      8,
      async (item) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await tick();
        done.push(item);
        inFlight--;
      },
    );
    expect(most).toBe(8);
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, index) => index));
  });

  it('stops starting work after a failure and throws it', async () => {
    const started: number[] = [];
    const run = forEachBounded([1, 2, 3, 4, 5, 6], 2, async (item) => {
      started.push(item);
      await tick();
      if (item === 2) throw new Error('page 2 could not be read');
    });
    await expect(run).rejects.toThrow('page 2 could not be read');
    expect(started.length).toBeLessThan(6);
  });

  it('refuses a limit that is not a whole number of at least 1', async () => {
    await expect(forEachBounded([1], 0, async () => undefined)).rejects.toThrow('limit must be a whole number');
  });
});
