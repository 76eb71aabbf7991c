import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { missingFigures, reportTable } from './report.ts';
import { runSize, type SizeReport } from './run.ts';

/*
 * npm run bench -- --lessons 1000,10000 [--work DIR] [--starlight-bound SECONDS] [--check]
 * --check fails unless every figure was measured (npm test runs a small size this way).
 */

const { values } = parseArgs({
  options: {
    lessons: { type: 'string', default: '1000' },
    work: { type: 'string', default: join(tmpdir(), 'sundhed-bench') },
    'starlight-bound': { type: 'string', default: '900' },
    check: { type: 'boolean', default: false },
  },
});

const sizes = values.lessons.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 10 || size > 100_000))
  throw new Error(`--lessons takes sizes from 10 to 100000, separated by commas; got "${values.lessons}".`);
const bound = Number(values['starlight-bound']);
if (!Number.isFinite(bound) || bound <= 0) throw new Error('--starlight-bound takes a number of seconds.');

mkdirSync(values.work, { recursive: true });
const reports: SizeReport[] = [];
for (const size of sizes) reports.push(await runSize(size, values.work, bound));
writeFileSync(join(values.work, 'report.json'), JSON.stringify(reports, null, 2));
console.log(`\n${reportTable(reports)}\n\n(${join(values.work, 'report.json')})`);
if (values.check) {
  const missing = reports.flatMap((report) => missingFigures(report).map((name) => `${report.lessons}: ${name}`));
  if (missing.length > 0) {
    console.error(`The benchmark did not measure: ${missing.join(', ')}`);
    process.exit(1);
  }
}
