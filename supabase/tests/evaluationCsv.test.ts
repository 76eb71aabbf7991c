import { describe, expect, it } from 'vitest';
import { csvField, type EvaluationRow, evaluationCsv } from '../src/index.ts';

/* The evaluation download: what Danish Excel opens as it is (BOM, `;`, decimal comma, CRLF). */

const rows: EvaluationRow[] = [
  { program: 'lev-livet-med-kol', measure: 'enrolled', module: null, value: 13, suppressed: false },
  { program: 'lev-livet-med-kol', measure: 'completed', module: null, value: null, suppressed: true },
  {
    program: 'lev-livet-med-kol',
    measure: 'dropped_out_in_module',
    module: 'forstaa-din-kol',
    value: null,
    suppressed: true,
  },
  { program: 'lev-livet-med-kol', measure: 'dropped_out_in_module', module: null, value: 0, suppressed: false },
  { program: 'lev-livet-med-kol', measure: 'median_answer_hours', module: null, value: 2.5, suppressed: false },
];

describe('evaluationCsv', () => {
  it('writes the exact text, with titles where given and slugs where not', () => {
    expect(
      evaluationCsv(rows, {
        municipality: 'kolding',
        titles: { kolding: 'Kolding Kommune', 'lev-livet-med-kol': 'Lev livet med KOL; i hverdagen' },
      }),
    ).toBe(
      '\uFEFFKommune;Forløb;Opgørelse;Modul;Værdi;Skjult (under 5)\r\n' +
        'Kolding Kommune;"Lev livet med KOL; i hverdagen";Tilmeldte;;13;nej\r\n' +
        'Kolding Kommune;"Lev livet med KOL; i hverdagen";Gennemført;;;ja\r\n' +
        'Kolding Kommune;"Lev livet med KOL; i hverdagen";Faldet fra i modul;forstaa-din-kol;;ja\r\n' +
        'Kolding Kommune;"Lev livet med KOL; i hverdagen";Faldet fra i modul;Ingen lektion påbegyndt;0;nej\r\n' +
        'Kolding Kommune;"Lev livet med KOL; i hverdagen";Svartid, median (timer);;2,5;nej\r\n',
    );
  });

  it('quotes by RFC 4180 and keeps a would-be formula as text', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
  });

  it('is only the header for no rows', () => {
    expect(evaluationCsv([], { municipality: 'kolding' })).toBe(
      '\uFEFFKommune;Forløb;Opgørelse;Modul;Værdi;Skjult (under 5)\r\n',
    );
  });
});
