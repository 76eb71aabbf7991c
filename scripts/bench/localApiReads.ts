import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Payload } from 'payload';
import { newDemoLogins } from '../../cms/src/seed/demoLogin.ts';
import { seedDemo } from '../../cms/src/seed/seed.ts';
import { cmsOnDatabase, type SqlDatabase } from '../testdb/cmsOnDatabase.ts';
import { createDatabase } from '../testdb/createDatabase.ts';
import { startThrowawayPostgres } from '../testdb/throwawayPostgres.ts';
import { ms, percentile } from './percentiles.ts';

/*
 * Local API read latency as an editor sees it: 1,000 findByID reads of demo lessons with access
 * rules enforced (overrideAccess off, depth 0), after 50 warm-up reads, on SQLite and Postgres.
 */

const reads = 1_000;
const warmUp = 50;

async function measure(payload: Payload): Promise<number[]> {
  const { docs: lessons } = await payload.find({ collection: 'lessons', depth: 0, limit: 100 });
  const { docs: editors } = await payload.find({
    collection: 'users',
    where: { email: { equals: 'editor@sundhedscenter.local' } },
  });
  const user = { ...editors[0], collection: 'users' } as never;
  const ids = lessons.map((lesson) => lesson.id);
  const samples: number[] = [];
  for (let i = 0; i < warmUp + reads; i++) {
    const id = ids[i % ids.length] as number;
    const started = performance.now();
    await payload.findByID({ collection: 'lessons', id, depth: 0, overrideAccess: false, user });
    if (i >= warmUp) samples.push(performance.now() - started);
  }
  return samples;
}

async function run(database: SqlDatabase, key: string): Promise<string> {
  const payload = await cmsOnDatabase(database, { cacheKey: key, mediaDir: join(dir, `media-${database.kind}`) });
  try {
    await seedDemo(payload, newDemoLogins());
    const samples = await measure(payload);
    return `${database.kind.padEnd(8)} p50 ${ms(percentile(samples, 50))}  p95 ${ms(percentile(samples, 95))}  (${reads} reads)`;
  } finally {
    await payload.destroy();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'sundhed-bench-'));
const cluster = await startThrowawayPostgres();
try {
  console.log('Local API findByID as an editor, access rules on:');
  console.log(await run({ kind: 'sqlite', url: `file:${join(dir, 'bench.db')}` }, `${dir}-sqlite`));
  console.log(
    await run(
      { kind: 'postgres', url: await createDatabase(cluster.url('').replace(/\/$/, ''), 'bench') },
      `${dir}-pg`,
    ),
  );
} finally {
  cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
