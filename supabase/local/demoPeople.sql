-- Demo people for the local backend (`npm start`), never for a real project: two citizens in two
-- municipalities, two professionals in one team that serves both, an administrator, a cohort, an
-- open and a cohort webinar, start-session slots and a care thread. The cohort began three weeks
-- ago with six more citizens (who do not sign in), so its dashboard and the evaluation have
-- something to show: one stalled, one who missed a start-session, a webinar the team has marked.
-- Fixed ids, so loading it again changes nothing. Times (Danish local time) are set when the local
-- database is first made.

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
   'kolding', 'Diabetesholdet, Kolding', current_date - 21)
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

-- ───────────────────────── the cohort under way ─────────────────────────

-- Six more members of the demo cohort, enrolled when it began. Their addresses are not for signing in.
insert into auth.users (id, email, raw_user_meta_data) values
  ('00000000-0000-4000-8000-00000000a003', 'mette@hold.eksempel.invalid', '{"display_name": "Mette Sørensen"}'),
  ('00000000-0000-4000-8000-00000000a004', 'jens@hold.eksempel.invalid', '{"display_name": "Jens Nielsen"}'),
  ('00000000-0000-4000-8000-00000000a005', 'lone@hold.eksempel.invalid', '{"display_name": "Lone Madsen"}'),
  ('00000000-0000-4000-8000-00000000a006', 'per@hold.eksempel.invalid', '{"display_name": "Per Jørgensen"}'),
  ('00000000-0000-4000-8000-00000000a007', 'hanne@hold.eksempel.invalid', '{"display_name": "Hanne Pedersen"}'),
  ('00000000-0000-4000-8000-00000000a008', 'soeren@hold.eksempel.invalid', '{"display_name": "Søren Larsen"}')
on conflict (id) do nothing;
update public.profiles set municipality = 'kolding'
where id in (
  '00000000-0000-4000-8000-00000000a003', '00000000-0000-4000-8000-00000000a004', '00000000-0000-4000-8000-00000000a005',
  '00000000-0000-4000-8000-00000000a006', '00000000-0000-4000-8000-00000000a007', '00000000-0000-4000-8000-00000000a008'
);
insert into public.enrollments (cohort_id, citizen_id, enrolled_at)
select '00000000-0000-4000-8000-0000000e0001', id, private.demo_day(-21) + interval '10 hours'
from auth.users where email like '%@hold.eksempel.invalid'
on conflict do nothing;

-- Lessons read: Jens has finished; Lone stopped 18 days ago (at risk); the others are under way.
insert into public.progress (user_id, lesson_id, status, updated_at)
select demo.citizen::uuid, demo.lesson, demo.status::public.lesson_status, private.demo_day(-demo.days_ago) + interval '19 hours'
from (values
  ('00000000-0000-4000-8000-00000000a003', 'hvad-er-type-2-diabetes', 'completed', 12),
  ('00000000-0000-4000-8000-00000000a003', 'maal-dit-blodsukker', 'completed', 9),
  ('00000000-0000-4000-8000-00000000a003', 'mad-der-holder-blodsukkeret-stabilt', 'completed', 5),
  ('00000000-0000-4000-8000-00000000a003', 'kom-i-gang-med-bevaegelse', 'incomplete', 2),
  ('00000000-0000-4000-8000-00000000a004', 'hvad-er-type-2-diabetes', 'completed', 20),
  ('00000000-0000-4000-8000-00000000a004', 'maal-dit-blodsukker', 'completed', 17),
  ('00000000-0000-4000-8000-00000000a004', 'mad-der-holder-blodsukkeret-stabilt', 'completed', 12),
  ('00000000-0000-4000-8000-00000000a004', 'kom-i-gang-med-bevaegelse', 'completed', 9),
  ('00000000-0000-4000-8000-00000000a004', 'foedderne-og-diabetes', 'completed', 5),
  ('00000000-0000-4000-8000-00000000a004', 'naar-motivationen-svinger', 'completed', 1),
  ('00000000-0000-4000-8000-00000000a005', 'hvad-er-type-2-diabetes', 'incomplete', 18),
  ('00000000-0000-4000-8000-00000000a006', 'hvad-er-type-2-diabetes', 'completed', 10),
  ('00000000-0000-4000-8000-00000000a006', 'maal-dit-blodsukker', 'completed', 3),
  ('00000000-0000-4000-8000-00000000a007', 'hvad-er-type-2-diabetes', 'completed', 8),
  ('00000000-0000-4000-8000-00000000a007', 'maal-dit-blodsukker', 'completed', 4),
  ('00000000-0000-4000-8000-00000000a007', 'mad-der-holder-blodsukkeret-stabilt', 'incomplete', 1),
  ('00000000-0000-4000-8000-00000000a008', 'hvad-er-type-2-diabetes', 'completed', 6)
) as demo (citizen, lesson, status, days_ago)
on conflict do nothing;

-- The cohort's first webinar, two weeks ago: five had seats and came, as the team marked.
insert into public.webinar_sessions (id, team_id, cohort_id, title, starts_at, ends_at, capacity) values
  ('00000000-0000-4000-8000-0000000f0003', '00000000-0000-4000-8000-0000000d0001', '00000000-0000-4000-8000-0000000e0001',
   'Velkommen til holdet', private.demo_day(-14) + interval '17 hours', private.demo_day(-14) + interval '18 hours', 12)
on conflict (id) do nothing;
insert into public.registrations (session_id, citizen_id, status, attended)
select '00000000-0000-4000-8000-0000000f0003', id, 'registered', true
from auth.users where email like '%@hold.eksempel.invalid' and email <> 'lone@hold.eksempel.invalid'
on conflict do nothing;

-- Start-sessions: Jens's was held; Per did not come to his (so he is at risk).
insert into public.appointment_slots (id, team_id, professional_id, kind, starts_at, ends_at) values
  ('00000000-0000-4000-8000-000000100101', '00000000-0000-4000-8000-0000000d0001', '00000000-0000-4000-8000-00000000b001',
   'start', private.demo_day(-19) + interval '10 hours', private.demo_day(-19) + interval '10 hours 30 minutes'),
  ('00000000-0000-4000-8000-000000100102', '00000000-0000-4000-8000-0000000d0001', '00000000-0000-4000-8000-00000000b001',
   'start', private.demo_day(-7) + interval '10 hours', private.demo_day(-7) + interval '10 hours 30 minutes')
on conflict (id) do nothing;
insert into public.appointments (id, slot_id, citizen_id, professional_id, starts_at, ends_at, outcome)
select demo.id::uuid, s.id, demo.citizen::uuid, s.professional_id, s.starts_at, s.ends_at, demo.outcome::public.appointment_outcome
from (values
  ('00000000-0000-4000-8000-000000120001', '00000000-0000-4000-8000-000000100101', '00000000-0000-4000-8000-00000000a004', 'held'),
  ('00000000-0000-4000-8000-000000120002', '00000000-0000-4000-8000-000000100102', '00000000-0000-4000-8000-00000000a006', 'missed')
) as demo (id, slot, citizen, outcome)
join public.appointment_slots s on s.id = demo.slot::uuid
on conflict (id) do nothing;

-- The team inbox: Per wrote five days ago and waits (past the two working days the team answers
-- within); Mette's question was answered by Ole, who has it.
insert into public.threads (id, kind, team_id, citizen_id, title, created_at) values
  ('00000000-0000-4000-8000-000000110002', 'care', '00000000-0000-4000-8000-0000000d0001',
   '00000000-0000-4000-8000-00000000a006', 'Ny tid til startsamtale', private.demo_day(-5) + interval '8 hours'),
  ('00000000-0000-4000-8000-000000110003', 'care', '00000000-0000-4000-8000-0000000d0001',
   '00000000-0000-4000-8000-00000000a003', 'Kulhydrater om aftenen', private.demo_day(-2) + interval '20 hours')
on conflict (id) do nothing;
insert into public.thread_members (thread_id, profile_id, last_read_at) values
  ('00000000-0000-4000-8000-000000110002', '00000000-0000-4000-8000-00000000a006', now()),
  ('00000000-0000-4000-8000-000000110003', '00000000-0000-4000-8000-00000000a003', now())
on conflict do nothing;
insert into public.inbox_state (thread_id, assignee_id) values
  ('00000000-0000-4000-8000-000000110002', null),
  ('00000000-0000-4000-8000-000000110003', '00000000-0000-4000-8000-00000000b002')
on conflict do nothing;
insert into public.messages (thread_id, sender_id, body, created_at)
select demo.thread::uuid, demo.sender::uuid, demo.body, private.demo_day(demo.day) + demo.at::interval
from (values
  ('00000000-0000-4000-8000-000000110002', '00000000-0000-4000-8000-00000000a006',
   'Jeg kunne ikke komme til min startsamtale. Kan jeg få en ny tid?', -5, '8 hours'),
  ('00000000-0000-4000-8000-000000110003', '00000000-0000-4000-8000-00000000a003',
   'Er det bedre at spise kulhydrater til frokost end om aftenen?', -2, '20 hours'),
  ('00000000-0000-4000-8000-000000110003', '00000000-0000-4000-8000-00000000b002',
   'Det vigtigste er at fordele dem over dagen. Vi kan tale om det til næste webinar.', -1, '9 hours')
) as demo (thread, sender, body, day, at)
where not exists (select 1 from public.messages m where m.thread_id = demo.thread::uuid)
order by demo.day;
