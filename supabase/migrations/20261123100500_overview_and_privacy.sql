-- What staff see of a cohort's progress (every read logged), and the citizen's GDPR rights:
-- a copy of their data (article 15) and erasure (article 17).

-- A citizen is at risk when the cohort has started, they have not finished, and they have not
-- been active for this long.
create function private.stalled_after() returns interval
language sql immutable set search_path = ''
as $$ select interval '14 days' $$;

create function public.cohort_overview(cohort uuid)
returns table (
  citizen_id uuid,
  display_name text,
  lessons_done integer,
  lessons_total integer,
  last_activity timestamptz,
  at_risk boolean
)
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in();
  run public.cohorts;
begin
  select * into run from public.cohorts c where c.id = cohort;
  if not found or not private.runs_team(run.team_id) then
    raise exception 'No such cohort in your teams.' using errcode = 'P0002';
  end if;
  -- Staff reading a citizen's progress is logged, one row per citizen shown.
  insert into public.audit_log (actor_id, subject_id, action, detail)
  select me, e.citizen_id, 'cohort_overview', jsonb_build_object('cohort', cohort)
  from public.enrollments e where e.cohort_id = cohort;

  return query
  with lessons as (select l.id from public.lessons l where l.program = run.program),
  per_citizen as (
    select e.citizen_id,
      count(p.lesson_id) filter (where p.status = 'completed')::integer as done,
      max(p.updated_at) as last_seen
    from public.enrollments e
    left join public.progress p on p.user_id = e.citizen_id and p.lesson_id in (select id from lessons)
    where e.cohort_id = cohort
    group by e.citizen_id
  )
  select pc.citizen_id, pr.display_name, pc.done, (select count(*)::integer from lessons), pc.last_seen,
    run.starts_on <= current_date
      and pc.done < (select count(*) from lessons)
      and coalesce(pc.last_seen, run.starts_on::timestamptz) < now() - private.stalled_after()
  from per_citizen pc join public.profiles pr on pr.id = pc.citizen_id
  order by pr.display_name, pc.citizen_id;
end;
$$;

create function public.export_my_data() returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in();
begin
  return jsonb_build_object(
    'exported_at', now(),
    'profile', (select to_jsonb(p) || jsonb_build_object('email', u.email) from public.profiles p join auth.users u on u.id = p.id where p.id = me),
    'enrollments', coalesce((select jsonb_agg(to_jsonb(e)) from public.enrollments e where e.citizen_id = me), '[]'),
    'registrations', coalesce((select jsonb_agg(to_jsonb(r)) from public.registrations r where r.citizen_id = me), '[]'),
    'appointments', coalesce((
      select jsonb_agg(to_jsonb(a) || jsonb_build_object('kind', s.kind))
      from public.appointments a join public.appointment_slots s on s.id = a.slot_id
      where me in (a.citizen_id, a.professional_id)
    ), '[]'),
    'threads', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', t.id, 'kind', t.kind, 'title', t.title, 'created_at', t.created_at, 'last_read_at', tm.last_read_at,
        'messages', coalesce((
          select jsonb_agg(jsonb_build_object('sent_at', m.created_at, 'from_me', m.sender_id = me, 'body', m.body)
            order by m.created_at, m.id)
          from public.messages m where m.thread_id = t.id
        ), '[]')
      ))
      from public.threads t
      left join public.thread_members tm on tm.thread_id = t.id and tm.profile_id = me
      where t.citizen_id = me or (t.kind = 'cohort' and private.is_enrolled(t.cohort_id))
    ), '[]'),
    'progress', coalesce((select jsonb_agg(to_jsonb(p) order by p.lesson_id) from public.progress p where p.user_id = me), '[]'),
    'reads_of_my_data', coalesce((
      select jsonb_agg(jsonb_build_object('at', l.at, 'action', l.action, 'by', pr.display_name) order by l.at)
      from public.audit_log l left join public.profiles pr on pr.id = l.actor_id
      where l.subject_id = me
    ), '[]')
  );
end;
$$;

-- For citizens. Staff accounts are closed by an administrator, so the log of who read whose data
-- keeps its actors and citizens' appointments are moved rather than deleted.
create function public.delete_my_account() returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in_citizen();
  seat record;
begin
  -- Seats held go to the waitlist first.
  for seat in select r.session_id from public.registrations r where r.citizen_id = me and r.status in ('registered', 'waiting') loop
    perform public.cancel_registration(seat.session_id);
  end loop;
  -- Their words go with them: messages in group chats here, care threads (with the team's replies
  -- and the titles they wrote) by cascade with the login.
  delete from public.messages where sender_id = me;
  delete from auth.users where id = me;
end;
$$;

revoke all on function public.cohort_overview(uuid), public.export_my_data(), public.delete_my_account() from public, anon;
grant execute on function public.cohort_overview(uuid), public.export_my_data(), public.delete_my_account() to authenticated;
revoke all on function private.stalled_after() from public;
grant execute on function private.stalled_after() to authenticated;
