import type { EvaluationRow } from '@sundhed/supabase';
import { fillPlaceholders } from '../i18n/fill.ts';
import { onSubmit, type StaffPage, staffPage } from './staffPage.ts';

/*
 * The evaluation page (views/StaffEvaluationPage.astro): a table per program of what the database
 * returns, a hidden figure said in words ("Skjult (under 5)"), and the same rows as a CSV file.
 */

type Actions = typeof import('./staffActions.ts');

export class EvaluationReportElement extends HTMLElement {
  #messages: Record<string, string> = {};
  #locale: 'da' | 'en' = 'da';
  #titles: Record<string, string> = {};
  #actions: Actions | undefined;
  #shown: { municipality: string; rows: EvaluationRow[] } | undefined;
  #page: StaffPage | undefined;

  async connectedCallback() {
    this.#messages = JSON.parse(this.dataset.messages ?? '{}');
    this.#locale = this.dataset.locale === 'en' ? 'en' : 'da';
    this.#titles = JSON.parse(this.dataset.titles ?? '{}');
    this.#page = staffPage(this, () => {
      this.#shown = undefined;
      (this.querySelector('.evaluation-result') as HTMLElement).replaceChildren();
      (this.querySelector('.evaluation') as HTMLElement).hidden = true;
    });
    try {
      if (!this.#page) return;
      this.#actions = await import('./staffActions.ts');
      const served = await this.#actions.servedMunicipalities();
      if (served.length === 0) {
        (this.querySelector('.not-staff') as HTMLElement).hidden = false;
        return;
      }
      const form = this.querySelector('form.evaluation-choice') as HTMLFormElement;
      (form.elements.namedItem('municipality') as HTMLSelectElement).replaceChildren(
        ...served.map((slug) => new Option(this.#title(slug), slug)),
      );
      // Cohorts by the calendar year they started: whole years only, so no two reports overlap.
      const thisYear = new Date().getFullYear();
      (form.elements.namedItem('year') as HTMLSelectElement).replaceChildren(
        ...[0, 1, 2, 3, 4].map((back) => new Option(String(thisYear - back), String(thisYear - back))),
      );
      onSubmit(
        form,
        this.#page,
        (submitted) => this.#show(submitted),
        (error) => this.#fail(error),
      );
      (this.querySelector('.evaluation-download') as HTMLButtonElement).addEventListener('click', () =>
        this.#download(),
      );
      (this.querySelector('.evaluation') as HTMLElement).hidden = false;
      await this.#show(form);
    } catch (error) {
      this.#fail(error);
    } finally {
      (this.querySelector('.loading') as HTMLElement).hidden = true;
    }
  }

  #text = (key: string, values: Record<string, string | number> = {}) =>
    fillPlaceholders(this.#messages[key] ?? '', values);

  #title = (slug: string) => this.#titles[slug] ?? slug;

  #fail(error: unknown) {
    const kind = this.#actions ? this.#actions.staffRefusalOf(error) : 'offline';
    const key = kind === 'not-found' ? 'not-allowed' : kind;
    (this.querySelector('.form-error') as HTMLElement).textContent = this.#text(`error.${key}`);
  }

  async #show(form: HTMLFormElement) {
    (this.querySelector('.form-error') as HTMLElement).textContent = '';
    const value = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement).value;
    const municipality = value('municipality');
    const rows = await (this.#actions as Actions).evaluation().evaluation(municipality, Number(value('year')));
    this.#shown = { municipality, rows };
    this.#draw(rows);
  }

  #label(row: EvaluationRow): string {
    if (row.measure !== 'dropped_out_in_module') return this.#text(`measure.${row.measure}`);
    return this.#text('inModule', { module: row.module ? this.#title(row.module) : this.#text('noLesson') });
  }

  #draw(rows: EvaluationRow[]) {
    const result = this.querySelector('.evaluation-result') as HTMLElement;
    (this.querySelector('.evaluation-download') as HTMLElement).hidden = rows.length === 0;
    if (rows.length === 0) {
      const none = document.createElement('p');
      none.textContent = this.#text('none');
      result.replaceChildren(none);
      return;
    }
    const numbers = new Intl.NumberFormat(this.#locale === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 1 });
    const programs = [...new Set(rows.map(({ program }) => program))];
    result.replaceChildren(
      ...programs.map((program) => {
        const section = document.createElement('section');
        const heading = document.createElement('h2');
        heading.textContent = this.#title(program);
        const table = document.createElement('table');
        table.className = 'evaluation-table';
        const head = document.createElement('thead');
        head.innerHTML = '<tr><th scope="col"></th><th scope="col"></th></tr>';
        const [measure, value] = head.querySelectorAll('th');
        (measure as HTMLElement).textContent = this.#text('measure');
        (value as HTMLElement).textContent = this.#text('value');
        const body = document.createElement('tbody');
        for (const row of rows.filter((candidate) => candidate.program === program)) {
          const line = document.createElement('tr');
          const name = document.createElement('th');
          name.scope = 'row';
          name.textContent = this.#label(row);
          const cell = document.createElement('td');
          cell.textContent =
            row.value === null ? (row.suppressed ? this.#text('hidden') : '–') : numbers.format(row.value);
          line.append(name, cell);
          body.append(line);
        }
        table.append(head, body);
        section.append(heading, table);
        return section;
      }),
    );
  }

  #download() {
    if (!this.#shown) return;
    const { municipality, rows } = this.#shown;
    const text = (this.#actions as Actions).evaluationCsv(rows, { municipality, titles: this.#titles });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    link.download = `evaluering-${municipality}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }
}
