-- ───────────────────────── my account ─────────────────────────
--
-- "Min konto" hands the reader all the platform keeps about them. Since export_my_data was written,
-- the platform has begun to keep e-mail choices, a calendar link (only when it was made: the
-- secret is never stored) and reports of group-chat messages: they join the export.

create or replace function public.export_my_data() returns jsonb
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
    'email_choices', (
      select jsonb_build_object('webinars', coalesce(c.webinars, true), 'messages', coalesce(c.messages, true))
      from (select 1) one left join public.notification_choices c on c.profile_id = me
    ),
    'calendar_link_made_at', (select f.created_at from public.calendar_feeds f where f.profile_id = me),
    'message_reports', coalesce((
      select jsonb_agg(jsonb_build_object('message_id', r.message_id, 'reason', r.reason, 'at', r.created_at) order by r.created_at)
      from public.message_reports r where r.reporter_id = me
    ), '[]'),
    'reads_of_my_data', coalesce((
      select jsonb_agg(jsonb_build_object('at', r.at, 'action', r.action, 'by', r.by_name, 'role', r.by_role) order by r.at)
      from public.reads_of_my_data() r
    ), '[]')
  );
end;
$$;
