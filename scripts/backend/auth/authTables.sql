-- The sign-in stand-in's own state, beside the shim's auth.users (supabase/local/supabaseShim.sql),
-- in the spirit of Supabase Auth's tables of the same names. Idempotent: run at every start.
alter table auth.users
  add column if not exists raw_app_meta_data jsonb not null default '{"provider": "email", "providers": ["email"]}'::jsonb,
  add column if not exists email_confirmed_at timestamptz,
  add column if not exists confirmation_sent_at timestamptz,
  add column if not exists recovery_sent_at timestamptz,
  add column if not exists last_sign_in_at timestamptz,
  add column if not exists updated_at timestamptz not null default now();

-- One live code per person; a new request replaces it (only the latest code works).
create table if not exists auth.one_time_tokens (
  user_id uuid primary key references auth.users (id) on delete cascade,
  kind text not null check (kind in ('confirmation', 'magic_link')),
  -- sha256 of address and code, never the code itself
  token_hash text not null,
  created_at timestamptz not null default now(),
  failed_attempts int not null default 0
);

create table if not exists auth.sessions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  created_at timestamptz not null default now(),
  refreshed_at timestamptz
);

create table if not exists auth.refresh_tokens (
  token text primary key,
  session_id uuid not null references auth.sessions (id) on delete cascade,
  parent text,
  revoked_at timestamptz,
  created_at timestamptz not null default now()
);
create index if not exists refresh_tokens_session on auth.refresh_tokens (session_id);

revoke all on auth.one_time_tokens, auth.sessions, auth.refresh_tokens from anon, authenticated;
