-- ───────────────────────── no CPR numbers in accounts ─────────────────────────
--
-- Citizens may sign in with MitID through NemLog-in and a broker the municipality runs (README,
-- "MitID"). NemLog-in can release the CPR number; this platform keeps none. The broker is set up not
-- to release it. Should a claim slip through anyway, Supabase Auth would copy it into the account's
-- metadata, so the database strips it before it is stored: every key that names a CPR number, and
-- every value shaped like one (ddmmyy-xxxx, with or without the dash). Metadata is never trusted for
-- anything else (roles and municipalities live in profiles).

create function private.without_cpr(metadata jsonb) returns jsonb
language sql immutable set search_path = ''
as $$
  select coalesce(jsonb_object_agg(key, value), '{}'::jsonb)
  from jsonb_each(coalesce(metadata, '{}'::jsonb))
  where key !~* 'cpr'
    and not (jsonb_typeof(value) in ('string', 'number')
             and value #>> '{}' ~ '^\s*[0-3][0-9][01][0-9][0-9]{2}-?[0-9]{4}\s*$')
$$;
comment on function private.without_cpr(jsonb) is
  'Account metadata without CPR numbers: keys that name one, and values shaped like one.';

create function private.strip_cpr_from_account() returns trigger
language plpgsql set search_path = ''
as $$
begin
  new.raw_user_meta_data := private.without_cpr(new.raw_user_meta_data);
  return new;
end;
$$;

create trigger strip_cpr before insert or update of raw_user_meta_data on auth.users
for each row execute function private.strip_cpr_from_account();

revoke all on function private.without_cpr(jsonb), private.strip_cpr_from_account() from public;
