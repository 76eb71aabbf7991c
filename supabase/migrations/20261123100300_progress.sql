-- Progress from the site's outbox, merged with what the server has by the same rule as the site's
-- `mergeProgress` (site/src/progress/merge.ts): completion never goes back, the best score wins, the
-- latest location and answers win (at the same instant, the larger text, so order never matters).
-- A device clock ahead of the server's is taken as now, so one wrong clock cannot win for ever.

create function public.upsert_progress(
  lesson text,
  status text,
  location text,
  suspend_data text,
  score numeric,
  updated_at timestamptz
) returns public.progress
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in();
  incoming public.progress;
  kept public.progress;
  incoming_wins boolean;
begin
  if lesson is null or not exists (select 1 from public.lessons l where l.id = lesson) then
    raise exception 'Unknown lesson: %.', coalesce(lesson, 'null') using errcode = '22023';
  end if;
  if status is null or status not in ('not attempted', 'incomplete', 'completed') then
    raise exception 'status must be not attempted, incomplete or completed, not %.', coalesce(status, 'null')
      using errcode = '22023';
  end if;
  if location is null or length(location) > 255 then
    raise exception 'location must be text of at most 255 characters.' using errcode = '22023';
  end if;
  if suspend_data is null or length(suspend_data) > 4096 then
    raise exception 'suspend_data is % characters; at most 4096 are kept.', coalesce(length(suspend_data), 0)
      using errcode = '22001';
  end if;
  if score is not null and (score < 0 or score > 100) then
    raise exception 'score must be between 0 and 100, not %.', score using errcode = '22023';
  end if;
  if updated_at is null then
    raise exception 'updated_at is required.' using errcode = '22023';
  end if;

  incoming := row(me, lesson, status::public.lesson_status, location, suspend_data, score, least(updated_at, now()));
  -- One merge per person and lesson at a time: two devices syncing at once both count, also the
  -- first time (the insert makes the row the second call then waits for).
  insert into public.progress values (incoming.*) on conflict (user_id, lesson_id) do nothing returning * into kept;
  if kept.user_id is not null then
    return kept;
  end if;
  select * into kept from public.progress p where p.user_id = me and p.lesson_id = lesson for update;

  incoming_wins := incoming.updated_at > kept.updated_at
    or (incoming.updated_at = kept.updated_at
        and (incoming.location collate "C", incoming.suspend_data collate "C")
          >= (kept.location collate "C", kept.suspend_data collate "C"));
  update public.progress p set
    status = greatest(kept.status, incoming.status),
    score = greatest(kept.score, incoming.score),
    location = case when incoming_wins then incoming.location else kept.location end,
    suspend_data = case when incoming_wins then incoming.suspend_data else kept.suspend_data end,
    updated_at = greatest(kept.updated_at, incoming.updated_at)
  where p.user_id = me and p.lesson_id = lesson
  returning * into kept;
  return kept;
end;
$$;

revoke all on function public.upsert_progress(text, text, text, text, numeric, timestamptz) from public, anon;
grant execute on function public.upsert_progress(text, text, text, text, numeric, timestamptz) to authenticated;
