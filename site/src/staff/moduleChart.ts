import type { ModuleCompletion } from '@sundhed/supabase';

/*
 * Completion per module as small bars with the same figures in a table beside them: the bars are
 * hidden from screen readers (the table says it all), and each bar carries its figure in text, so
 * colour is never the only carrier.
 */

type Words = { title: (slug: string) => string; ofCitizens: (completed: number, citizens: number) => string };

const percent = (completed: number, citizens: number) => (citizens > 0 ? Math.round((completed / citizens) * 100) : 0);

export function drawModuleChart(figure: HTMLElement, modules: readonly ModuleCompletion[], words: Words) {
  const bars = figure.querySelector('.bars') as HTMLElement;
  bars.replaceChildren(
    ...modules.map((module) => {
      const row = document.createElement('div');
      row.className = 'bar-row';
      const name = document.createElement('span');
      name.className = 'bar-name';
      name.textContent = words.title(module.module);
      const track = document.createElement('span');
      track.className = 'bar-track';
      const fill = document.createElement('span');
      fill.className = 'bar-fill';
      fill.style.width = `${percent(module.completed, module.citizens)}%`;
      track.append(fill);
      const value = document.createElement('span');
      value.textContent = `${percent(module.completed, module.citizens)} %`;
      row.append(name, track, value);
      return row;
    }),
  );
  (figure.querySelector('tbody') as HTMLElement).replaceChildren(
    ...modules.map((module) => {
      const row = document.createElement('tr');
      const name = document.createElement('th');
      name.scope = 'row';
      name.textContent = words.title(module.module);
      const count = document.createElement('td');
      count.textContent = words.ofCitizens(module.completed, module.citizens);
      const share = document.createElement('td');
      share.textContent = `${percent(module.completed, module.citizens)} %`;
      row.append(name, count, share);
      return row;
    }),
  );
}
