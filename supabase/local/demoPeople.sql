-- Demo people for the local backend (`npm start`), never for a real project: two citizens in two
-- municipalities, two professionals in one team that serves both, an administrator, a cohort, an
-- open and a cohort webinar, start-session slots and a care thread. Fixed ids, so loading it again
-- changes nothing. Times (Danish local time) are set when the local database is first made.

-- Midnight in Denmark, `days` from today (times of day are added to it).
create or replace function private.demo_day(days integer) returns timestamptz
language sql stable set search_path = ''
as $$ select (date_trunc('day', now() at time zone 'Europe/Copenhagen') + make_interval(days => days)) at time zone 'Europe/Copenhagen' $$;
revoke all on function private.demo_day(integer) from public;

insert into auth.users (id, email, raw_user_meta_data) values
  ('00000000-0000-4000-8000-00000000a001', 'anna@borger.sundhedscenter.local', '{"display_name": "Anna Kristensen"}'),
  ('00000000-0000-4000-8000-00000000a002', 'bent@borger.sundhedscenter.local', '{"display_name": "Bent Hansen"}'),
  ('00000000-0000-4000-8000-00000000b001', 'karen@personale.sundhedscenter.local', '{"display_name": "Karen Holm"}'),
  ('00000000-0000-4000-8000-00000000b002', 'ole@personale.sundhedscenter.local', '{"display_name": "Ole Berg"}'),
  ('00000000-0000-4000-8000-00000000c001', 'admin@personale.sundhedscenter.local', '{"display_name": "Kim, administrator"}')
on conflict (id) do nothing;

update public.profiles p set role = demo.role::public.user_role, municipality = demo.municipality
from (values
  ('00000000-0000-4000-8000-00000000a001'::uuid, 'citizen', 'kolding'),
  ('00000000-0000-4000-8000-00000000a002'::uuid, 'citizen', 'svendborg'),
  ('00000000-0000-4000-8000-00000000b001'::uuid, 'professional', 'kolding'),
  ('00000000-0000-4000-8000-00000000b002'::uuid, 'professional', 'svendborg'),
  ('00000000-0000-4000-8000-00000000c001'::uuid, 'admin', 'kolding')
) as demo (id, role, municipality)
where p.id = demo.id;

-- Professional titles, as citizens see them beside the name (which once held the title itself).
update public.profiles p set job_title = demo.title, display_name = demo.name
from (values
  ('00000000-0000-4000-8000-00000000b001'::uuid, 'Sygeplejerske', 'Karen Holm'),
  ('00000000-0000-4000-8000-00000000b002'::uuid, 'Diætist', 'Ole Berg')
) as demo (id, title, name)
where p.id = demo.id;

insert into public.teams (id, name, municipality) values
  ('00000000-0000-4000-8000-0000000d0001', 'Det digitale sundhedscenter', 'kolding')
on conflict (id) do nothing;
-- Svendborg has opened its citizens to Kolding's team (its administrators' decision).
insert into public.team_municipalities (team_id, municipality) values
  ('00000000-0000-4000-8000-0000000d0001', 'svendborg')
on conflict do nothing;
insert into public.team_members (team_id, profile_id) values
  ('00000000-0000-4000-8000-0000000d0001', '00000000-0000-4000-8000-00000000b001'),
  ('00000000-0000-4000-8000-0000000d0001', '00000000-0000-4000-8000-00000000b002')
on conflict do nothing;

insert into public.cohorts (id, program, team_id, municipality, title, starts_on) values
  ('00000000-0000-4000-8000-0000000e0001', 'lev-livet-med-type-2-diabetes', '00000000-0000-4000-8000-0000000d0001',
   'kolding', 'Diabetesholdet, Kolding', current_date + 14)
on conflict (id) do nothing;
-- Anna has accepted the team's invitation.
insert into public.enrollments (cohort_id, citizen_id) values
  ('00000000-0000-4000-8000-0000000e0001', '00000000-0000-4000-8000-00000000a001')
on conflict do nothing;

insert into public.webinar_sessions (id, team_id, cohort_id, title, starts_at, ends_at, capacity) values
  ('00000000-0000-4000-8000-0000000f0001', '00000000-0000-4000-8000-0000000d0001', null, 'Spørgetime om blodsukker',
   private.demo_day(7) + interval '17 hours', private.demo_day(7) + interval '18 hours', 30),
  ('00000000-0000-4000-8000-0000000f0002', '00000000-0000-4000-8000-0000000d0001', '00000000-0000-4000-8000-0000000e0001',
   'Holdets første webinar', private.demo_day(15) + interval '17 hours', private.demo_day(15) + interval '18 hours', 12)
on conflict (id) do nothing;
insert into public.session_links (session_id, meeting_url) values
  ('00000000-0000-4000-8000-0000000f0001', 'https://møde.sundhedscenter.local/spoergetime'),
  ('00000000-0000-4000-8000-0000000f0002', 'https://møde.sundhedscenter.local/diabetesholdet')
on conflict do nothing;
insert into public.session_facilitators (session_id, professional_id) values
  ('00000000-0000-4000-8000-0000000f0001', '00000000-0000-4000-8000-00000000b001'),
  ('00000000-0000-4000-8000-0000000f0002', '00000000-0000-4000-8000-00000000b002')
on conflict do nothing;

insert into public.appointment_slots (id, team_id, professional_id, kind, starts_at, ends_at)
select ('00000000-0000-4000-8000-0000001000' || lpad(n::text, 2, '0'))::uuid, '00000000-0000-4000-8000-0000000d0001',
  '00000000-0000-4000-8000-00000000b001', 'start',
  private.demo_day(8) + interval '9 hours' + (n - 1) * interval '30 minutes',
  private.demo_day(8) + interval '9 hours 30 minutes' + (n - 1) * interval '30 minutes'
from generate_series(1, 6) n
on conflict (id) do nothing;

insert into public.threads (id, kind, team_id, citizen_id, title) values
  ('00000000-0000-4000-8000-000000110001', 'care', '00000000-0000-4000-8000-0000000d0001',
   '00000000-0000-4000-8000-00000000a001', 'Spørgsmål om måling')
on conflict (id) do nothing;
insert into public.thread_members (thread_id, profile_id, last_read_at) values
  ('00000000-0000-4000-8000-000000110001', '00000000-0000-4000-8000-00000000a001', now())
on conflict do nothing;
insert into public.inbox_state (thread_id) values ('00000000-0000-4000-8000-000000110001') on conflict do nothing;
insert into public.messages (thread_id, sender_id, body)
select '00000000-0000-4000-8000-000000110001', '00000000-0000-4000-8000-00000000a001',
  'Hej. Skal jeg måle mit blodsukker før eller efter morgenmaden?'
where not exists (select 1 from public.messages where thread_id = '00000000-0000-4000-8000-000000110001');
