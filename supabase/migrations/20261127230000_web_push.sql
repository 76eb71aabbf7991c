-- ───────────────────────── web push ─────────────────────────
--
-- The same notices as the e-mails, as push messages to the browsers a person has turned them on
-- in: the scheduled function (functions/send-notifications.ts) sends them with the service role,
-- saying only that there is something new (no title, no time, no text). A subscription is the
-- browser's: its endpoint is the push service's address for it, with the keys that encrypt for it.
-- The kinds a person chose for e-mail hold for push too; push needs no confirmed address.

create table public.push_subscriptions (
  endpoint text primary key check (endpoint ~ '^https?://' and length(endpoint) <= 1000),
  profile_id uuid not null references public.profiles (id) on delete cascade,
  -- The browser's public key (P-256, base64url) and authentication secret (16 bytes, base64url).
  p256dh text not null check (p256dh ~ '^[A-Za-z0-9_-]{80,100}=*$'),
  auth text not null check (auth ~ '^[A-Za-z0-9_-]{16,32}=*$'),
  created_at timestamptz not null default now()
);
comment on table public.push_subscriptions is
  'Browsers a person turned push notices on in. Written by save_push_subscription; read by the notice function.';
create index push_subscriptions_profile on public.push_subscriptions (profile_id);
alter table public.push_subscriptions enable row level security;
create policy "People see the browsers they turned push on in" on public.push_subscriptions
for select to authenticated using (profile_id = (select auth.uid()));
grant select on public.push_subscriptions to authenticated;

-- This browser, for the signed-in person. A browser used by someone else before (a shared
-- computer) now belongs to whoever turned push on last. Browsers' push services are https.
create function public.save_push_subscription(endpoint text, p256dh text, auth text) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in();
begin
  if endpoint is null or endpoint !~ '^https://' or length(endpoint) > 1000 then
    raise exception 'endpoint must be an https address of at most 1000 characters.' using errcode = '22023';
  end if;
  if p256dh is null or p256dh !~ '^[A-Za-z0-9_-]{80,100}=*$' or auth is null or auth !~ '^[A-Za-z0-9_-]{16,32}=*$' then
    raise exception 'p256dh and auth must be the browser''s keys, base64url.' using errcode = '22023';
  end if;
  -- At most 10 browsers a person: the oldest goes first.
  delete from public.push_subscriptions s
  where s.profile_id = me and s.endpoint <> save_push_subscription.endpoint and s.endpoint in (
    select old.endpoint from public.push_subscriptions old where old.profile_id = me
    order by old.created_at desc offset 9
  );
  insert into public.push_subscriptions as s (endpoint, profile_id, p256dh, auth)
  values (save_push_subscription.endpoint, me, save_push_subscription.p256dh, save_push_subscription.auth)
  on conflict on constraint push_subscriptions_pkey do update
    set profile_id = excluded.profile_id, p256dh = excluded.p256dh, auth = excluded.auth, created_at = now();
end;
$$;

create function public.remove_push_subscription(endpoint text) returns void
language sql volatile security definer set search_path = ''
as $$
  delete from public.push_subscriptions s
  where s.endpoint = remove_push_subscription.endpoint and s.profile_id = private.signed_in()
$$;

-- Whether a person still wants a notice: its kind is among their choices, and a message notice
-- is not about a conversation they have read on the site since it was queued. One rule for the
-- e-mail and the push.
create function private.notice_wanted(person uuid, notice_kind text, thread uuid, queued_at timestamptz)
returns boolean
language sql stable security definer set search_path = ''
as $$
  select coalesce((
      select case when notice_kind = 'new_message' then c.messages else c.webinars end
      from public.notification_choices c where c.profile_id = person
    ), true)
    and not exists (
      select 1 from public.thread_members tm
      where notice_kind = 'new_message' and tm.thread_id = thread and tm.profile_id = person
        and tm.last_read_at > queued_at
    )
$$;

-- For the notice function: where to push the notices just claimed, for the kinds each person wants.
create function public.push_targets(notices bigint[])
returns table (notice_id bigint, kind text, endpoint text, p256dh text, auth text)
language sql stable security definer set search_path = ''
as $$
  select n.id, n.kind, s.endpoint, s.p256dh, s.auth
  from public.notifications n
  join public.push_subscriptions s on s.profile_id = n.profile_id
  where n.id = any(notices) and private.notice_wanted(n.profile_id, n.kind, n.thread_id, n.created_at)
  order by n.id, s.endpoint
$$;

-- A push service answered that the browser's subscription is gone (404/410).
create function public.forget_push_subscription(endpoint text) returns void
language sql volatile security definer set search_path = ''
as $$ delete from public.push_subscriptions s where s.endpoint = forget_push_subscription.endpoint $$;

-- The notice claim returns every handled notice a person wants, with the address only where it is
-- confirmed: e-mail goes to those, push to the person's browsers either way.
drop function public.claim_notifications(integer);
create function public.claim_notifications(batch integer default 50)
returns table (id bigint, kind text, email text)
language plpgsql volatile security definer set search_path = ''
as $$
begin
  if batch is null or batch not between 1 and 500 then
    raise exception 'batch must be between 1 and 500' using errcode = '22023';
  end if;
  return query
  with next as (
    select n.id from public.notifications n
    where n.sent_at is null
    order by n.created_at, n.id
    limit batch
    for update skip locked
  ), handled as (
    update public.notifications n set sent_at = now()
    from next where n.id = next.id
    returning n.id, n.kind, n.profile_id, n.thread_id, n.created_at
  )
  select h.id, h.kind, case when u.email_confirmed_at is not null then u.email::text end
  from handled h
  join auth.users u on u.id = h.profile_id
  where private.notice_wanted(h.profile_id, h.kind, h.thread_id, h.created_at)
    and (u.email_confirmed_at is not null or exists (select 1 from public.push_subscriptions s where s.profile_id = h.profile_id));
end;
$$;
comment on function public.claim_notifications(integer) is
  'Marks the next notices handled and returns those wanted, with the address where confirmed. Service role only.';

revoke all on function private.notice_wanted(uuid, text, uuid, timestamptz) from public;
revoke all on function public.save_push_subscription(text, text, text), public.remove_push_subscription(text)
  from public, anon;
grant execute on function public.save_push_subscription(text, text, text), public.remove_push_subscription(text)
  to authenticated;
revoke all on function public.push_targets(bigint[]), public.forget_push_subscription(text),
  public.claim_notifications(integer) from public, anon, authenticated;
grant execute on function public.push_targets(bigint[]), public.forget_push_subscription(text),
  public.claim_notifications(integer) to service_role;
