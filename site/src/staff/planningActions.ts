import { inboxAdapter, meetingsAdapter, staffSchedulingAdapter, unwrap } from '@sundhed/supabase';
import { backend } from '../account/backend.ts';

/*
 * The planning page's backend calls, loaded with the page once the reader is signed in (they
 * bring supabase-js). Every rule is the database's: these only pass the planner's choices on.
 */

export const scheduling = () => staffSchedulingAdapter(backend());
export const meetings = () => meetingsAdapter(backend());
export const teams = () => inboxAdapter(backend()).teams();

export type Cohort = { id: string; title: string };

/** The team's cohorts (row-level security lets the team read its own), to plan a webinar for one. */
export async function cohorts(team: string): Promise<Cohort[]> {
  return unwrap(
    await backend().from('cohorts').select('id, title').eq('team_id', team).order('starts_on').order('title'),
  );
}
