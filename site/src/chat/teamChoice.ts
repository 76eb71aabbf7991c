import type { CareTeam } from '@sundhed/supabase';

/** The teams a citizen may write to, as the options of a form's team field (names set as text). */
export function fillTeamChoice(select: HTMLSelectElement, teams: CareTeam[]): void {
  select.replaceChildren(
    ...teams.map(({ id, name }) => {
      const option = document.createElement('option');
      option.value = id;
      option.textContent = name;
      return option;
    }),
  );
}
