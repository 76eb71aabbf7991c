import { describe, expect, it } from 'vitest';
import { rebuildQueue } from '../dev/rebuildQueue.ts';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('rebuild queue of npm start', () => {
  it('collapses a burst of publishes into one rebuild', async () => {
    let runs = 0;
    const queue = rebuildQueue(
      async () => void runs++,
      20,
      () => {},
    );
    for (let i = 0; i < 5; i++) queue.request();
    await tick(60);
    await queue.idle();
    expect(runs).toBe(1);
  });

  it('runs once more after a publish that arrives during a rebuild, never two at once', async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const queue = rebuildQueue(
      async () => {
        active++;
        maxActive = Math.max(maxActive, active);
        runs++;
        await tick(50);
        active--;
      },
      5,
      () => {},
    );
    queue.request();
    await tick(20);
    queue.request();
    queue.request();
    await tick(20);
    await queue.idle();
    await tick(20);
    await queue.idle();
    expect(runs).toBe(2);
    expect(maxActive).toBe(1);
  });

  it('reports a failed rebuild and keeps serving later requests', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const queue = rebuildQueue(
      async () => {
        runs++;
        if (runs === 1) throw new Error('build broke');
      },
      5,
      (error) => errors.push(error),
    );
    queue.request();
    await tick(20);
    await queue.idle();
    queue.request();
    await tick(20);
    await queue.idle();
    expect(runs).toBe(2);
    expect(errors).toHaveLength(1);
  });
});
