-- ───────────────────────── what each team decides for itself ─────────────────────────
--
-- The limits a team works to: how many working days a citizen may wait for an answer before the
-- inbox highlights the conversation, and how many days without activity make a cohort member "at
-- risk" on the dashboard. One row per team, made with the team; anyone who runs the team (its
-- members, and administrators of its municipality) may change them.

create table public.team_settings (
  team_id uuid primary key references public.teams (id) on delete cascade,
  answer_within_working_days integer not null default 2 check (answer_within_working_days between 1 and 20),
  inactive_after_days integer not null default 14 check (inactive_after_days between 3 and 90),
  updated_at timestamptz not null default now()
);
comment on table public.team_settings is
  'A team''s own limits: answer time in the inbox (working days) and inactivity before "at risk" (days).';
alter table public.team_settings enable row level security;
create policy "Who runs a team sees its settings" on public.team_settings
for select to authenticated using (private.runs_team(team_id));
grant select on public.team_settings to authenticated;

insert into public.team_settings (team_id) select id from public.teams;

create function private.give_team_settings() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.team_settings (team_id) values (new.id) on conflict do nothing;
  return new;
end;
$$;
create trigger give_team_settings after insert on public.teams
for each row execute function private.give_team_settings();
revoke all on function private.give_team_settings() from public;

-- Both limits at once, each checked with a message that names it.
create function public.set_team_settings(team uuid, answer_within_working_days integer, inactive_after_days integer)
returns public.team_settings
language plpgsql volatile security definer set search_path = ''
as $$
declare
  saved public.team_settings;
begin
  perform private.signed_in();
  if team is null or not private.runs_team(team) then
    raise exception 'No such team of yours.' using errcode = 'P0002';
  end if;
  if answer_within_working_days is null or answer_within_working_days not between 1 and 20 then
    raise exception 'answer_within_working_days must be a whole number from 1 to 20.' using errcode = '22023';
  end if;
  if inactive_after_days is null or inactive_after_days not between 3 and 90 then
    raise exception 'inactive_after_days must be a whole number from 3 to 90.' using errcode = '22023';
  end if;
  update public.team_settings s
  set answer_within_working_days = set_team_settings.answer_within_working_days,
      inactive_after_days = set_team_settings.inactive_after_days,
      updated_at = now()
  where s.team_id = team
  returning * into saved;
  return saved;
end;
$$;
revoke all on function public.set_team_settings(uuid, integer, integer) from public, anon;
grant execute on function public.set_team_settings(uuid, integer, integer) to authenticated;
