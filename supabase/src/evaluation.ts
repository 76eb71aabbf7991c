import type { SundhedClient } from './client.ts';
import type { Database } from './database.types.ts';
import { unwrap } from './errors.ts';

/*
 * The evaluation the health centres report: per program in one municipality, aggregates only, with
 * every group of 1–4 suppressed and the complementary cells with it (program_evaluation in
 * supabase/migrations/*_evaluation.sql says what each figure counts). No citizen is shown, so the
 * read is not in any citizen's audit log. `evaluationCsv` makes the download Danish Excel opens as
 * it is: UTF-8 with a byte order mark, `;` between fields, decimal commas, CRLF line ends and
 * RFC 4180 quoting.
 */

export type EvaluationMeasure = Database['public']['Enums']['evaluation_measure'];
export type EvaluationRow = {
  program: string;
  measure: EvaluationMeasure;
  /** For dropped_out_in_module: the module they were last active in; null when no lesson was begun. */
  module: string | null;
  /** Null when suppressed (or, for the median, when nothing was answered). */
  value: number | null;
  /** A group of 1–4, or a cell suppressed so that one cannot be worked out by subtraction. */
  suppressed: boolean;
};

type Answer = Database['public']['Functions']['program_evaluation']['Returns'][number];
const rowOf = (row: Answer): EvaluationRow => ({
  program: row.program ?? '',
  measure: row.measure ?? 'enrolled',
  module: row.module,
  value: row.value,
  suppressed: row.suppressed ?? false,
});

export function evaluationAdapter(client: SundhedClient) {
  return {
    /**
     * The cohorts starting in one calendar year (2000–2100): whole years only, so two evaluations
     * never differ by a few citizens of nested periods. For staff of teams serving the municipality
     * and its administrators; others are refused.
     */
    async evaluation(municipality: string, year: number): Promise<EvaluationRow[]> {
      const rows = unwrap(await client.rpc('program_evaluation', { municipality, year }));
      return rows.map(rowOf);
    },
  };
}

/** The Danish name of each figure, as the CSV's "Opgørelse" column gives it. */
export const evaluationMeasureLabels: Record<EvaluationMeasure, string> = {
  enrolled: 'Tilmeldte',
  completed: 'Gennemført',
  in_progress: 'I gang',
  dropped_out: 'Faldet fra',
  dropped_out_in_module: 'Faldet fra i modul',
  webinar_seats: 'Webinarpladser',
  webinar_attended: 'Webinarer: deltog',
  webinar_absent: 'Webinarer: udeblev',
  webinar_unmarked: 'Webinarer: fremmøde ikke registreret',
  citizen_messages: 'Beskeder fra borgere',
  messages_answered: 'Besvarede beskeder',
  messages_unanswered: 'Ubesvarede beskeder',
  median_answer_hours: 'Svartid, median (timer)',
};
const noLessonBegun = 'Ingen lektion påbegyndt';

export const evaluationCsvHeader = ['Kommune', 'Forløb', 'Opgørelse', 'Modul', 'Værdi', 'Skjult (under 5)'] as const;

/** One field, quoted when it holds the separator, a quote or a line break (RFC 4180). */
export function csvField(text: string): string {
  // A cell Excel would read as a formula is kept as text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const danishNumber = (value: number) => String(value).replace('.', ',');

export type EvaluationCsvOptions = {
  municipality: string;
  /** Titles of programs and modules by slug (from content/); a slug without one is written as it is. */
  titles?: Readonly<Record<string, string>>;
};

/** The evaluation as a `;`-separated CSV file's text, byte order mark first, each line ended by CRLF. */
export function evaluationCsv(
  rows: readonly EvaluationRow[],
  { municipality, titles = {} }: EvaluationCsvOptions,
): string {
  const title = (slug: string) => titles[slug] ?? slug;
  const lines = [
    evaluationCsvHeader.map(csvField).join(';'),
    ...rows.map((row) =>
      [
        title(municipality),
        title(row.program),
        evaluationMeasureLabels[row.measure],
        row.measure === 'dropped_out_in_module' ? (row.module ? title(row.module) : noLessonBegun) : '',
        row.value === null ? '' : danishNumber(row.value),
        row.suppressed ? 'ja' : 'nej',
      ]
        .map(csvField)
        .join(';'),
    ),
  ];
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}
