import { cohortsAdapter, evaluationAdapter, inboxAdapter, unwrap } from '@sundhed/supabase';
import { backend } from '../account/backend.ts';

/*
 * The staff pages' backend calls, loaded with those pages (they bring supabase-js). Refusals become
 * kinds the pages word (staffRefusal.ts).
 */

export { evaluationCsv } from '@sundhed/supabase';
export { inboxRefusalOf, staffRefusalOf } from './staffRefusal.ts';

export const inbox = () => inboxAdapter(backend());
export const cohorts = () => cohortsAdapter(backend());
export const evaluation = () => evaluationAdapter(backend());
/** The municipalities my teams serve: the evaluation offers these. */
export async function servedMunicipalities(): Promise<string[]> {
  const rows = unwrap(await backend().from('team_municipalities').select('municipality'));
  return [...new Set(rows.map(({ municipality }) => municipality))].sort();
}
/** A team's limits for the inbox and the dashboard. */
export async function saveTeamSettings(team: string, answerWithin: number, inactiveAfter: number) {
  unwrap(
    await backend().rpc('set_team_settings', {
      team,
      answer_within_working_days: answerWithin,
      inactive_after_days: inactiveAfter,
    }),
  );
}
export { scheduling } from './planningActions.ts';
