import type { SizeReport } from './run.ts';

/* The benchmark's table, with ratios to Starlight and the issue's targets beside the figures. */

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const ratio = (ours: number, theirs: number | undefined) =>
  theirs === undefined || !Number.isFinite(theirs) ? 'n/a' : `${(ours / theirs).toFixed(2)}×`;

export function reportTable(reports: SizeReport[]): string {
  const rows: string[][] = [['measure', ...reports.map((r) => `${r.lessons.toLocaleString('en')} lessons`)]];
  const row = (name: string, cell: (r: SizeReport) => string) => rows.push([name, ...reports.map(cell)]);
  row('pages built (ours, both languages)', (r) => String(r.pages));
  row('build and index, wall time', (r) => `${r.build.seconds.toFixed(1)} s`);
  row('peak memory, whole process tree', (r) => gib(r.build.peakTreeBytes));
  row('peak memory, largest process', (r) => gib(r.build.peakProcessBytes));
  row('Pagefind step', (r) => `${r.pagefindSeconds.toFixed(1)} s`);
  row('search index on disk', (r) => kib(r.indexBytes));
  row('lesson page, bytes before interaction', (r) => kib(r.lessonPageBytes));
  row('one changed lesson live (page and index)', (r) => `${r.changedLessonSeconds.toFixed(1)} s`);
  row('search page before searching (ours)', (r) => kib(r.search.pageBytes));
  row('first search: code + index (ours)', (r) => kib(r.search.firstSearchBytes));
  row('first search (Starlight)', (r) => (r.starlight.search ? kib(r.starlight.search.firstSearchBytes) : 'n/a'));
  row('first search, ours / Starlight', (r) => ratio(r.search.firstSearchBytes, r.starlight.search?.firstSearchBytes));
  row('later search, median (ours: 3 results shown)', (r) => kib(median(r.search.laterSearchBytes)));
  row('later search, median (Starlight: 5 results shown)', (r) =>
    r.starlight.search ? kib(median(r.starlight.search.laterSearchBytes)) : 'n/a',
  );
  row('later search, ours / Starlight', (r) =>
    ratio(median(r.search.laterSearchBytes), r.starlight.search && median(r.starlight.search.laterSearchBytes)),
  );
  row('Starlight (Danish only): pages built / of', (r) => `${r.starlight.pagesBuilt} / ${r.starlight.pages}`);
  row(
    'Starlight build, wall time',
    (r) => `${r.starlight.build.seconds.toFixed(1)} s${r.starlight.build.stopped ? ' (stopped at the bound)' : ''}`,
  );
  row('Starlight rate', (r) => `${(r.starlight.pagesBuilt / r.starlight.build.seconds).toFixed(1)} pages/s`);
  row('Starlight peak memory, process tree', (r) => gib(r.starlight.build.peakTreeBytes));
  row('build time, ours / Starlight', (r) =>
    r.starlight.build.stopped ? 'n/a (Starlight stopped)' : ratio(r.build.seconds, r.starlight.build.seconds),
  );
  return rows
    .map((cells, i) => `| ${cells.join(' | ')} |${i === 0 ? `\n|${' --- |'.repeat(cells.length)}` : ''}`)
    .join('\n');
}

/** The figures a run must have produced for the benchmark to count as working. */
export function missingFigures(report: SizeReport): string[] {
  const missing: string[] = [];
  const need = (name: string, value: number) => {
    if (!Number.isFinite(value) || value <= 0) missing.push(name);
  };
  need('pages', report.pages);
  need('build seconds', report.build.seconds);
  need('peak memory', report.build.peakTreeBytes);
  need('Pagefind seconds', report.pagefindSeconds);
  need('index bytes', report.indexBytes);
  need('lesson page bytes', report.lessonPageBytes);
  need('first search bytes', report.search.firstSearchBytes);
  need('later search bytes', median(report.search.laterSearchBytes));
  need('changed lesson seconds', report.changedLessonSeconds);
  need('Starlight pages built', report.starlight.pagesBuilt);
  if (!report.starlight.search) missing.push('Starlight search bytes');
  return missing;
}
