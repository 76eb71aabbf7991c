-- ───────────────────────── no CPR numbers in accounts, at any depth ─────────────────────────
--
-- A review of 20261127160000_no_cpr_in_accounts.sql found three gaps, closed here: Supabase Auth
-- files OIDC claims it does not know under `custom_claims` (a nested object, which the first version
-- did not look into), keeps each sign-in's claims in auth.identities too, and writes accounts as its
-- own role, which cannot reach `private` (the trigger function must be security definer, or every
-- sign-up fails). Every key that names a CPR number, and every value shaped like one (ddmmyy-xxxx,
-- with or without the dash, also as a number that lost its leading zero), is stripped at any depth.

create or replace function private.without_cpr(metadata jsonb) returns jsonb
language plpgsql immutable set search_path = ''
as $$
declare
  cpr_shaped constant text := '^\s*[0-3]?[0-9][01][0-9][0-9]{2}-?[0-9]{4}\s*$';
begin
  case jsonb_typeof(metadata)
    when 'object' then
      return coalesce((
        select jsonb_object_agg(key, private.without_cpr(value))
        from jsonb_each(metadata)
        where key !~* 'cpr'
          and not (jsonb_typeof(value) in ('string', 'number') and value #>> '{}' ~ cpr_shaped)
      ), '{}'::jsonb);
    when 'array' then
      return coalesce((
        select jsonb_agg(private.without_cpr(value) order by position)
        from jsonb_array_elements(metadata) with ordinality as element (value, position)
        where not (jsonb_typeof(value) in ('string', 'number') and value #>> '{}' ~ cpr_shaped)
      ), '[]'::jsonb);
    else
      return metadata;
  end case;
end;
$$;
comment on function private.without_cpr(jsonb) is
  'Account metadata without CPR numbers, at any depth: keys that name one, and values shaped like one.';

-- Security definer: Supabase Auth writes accounts as its own role, which has no access to `private`.
create or replace function private.strip_cpr_from_account() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  new.raw_user_meta_data := private.without_cpr(new.raw_user_meta_data);
  return new;
end;
$$;

create function private.strip_cpr_from_identity() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  new.identity_data := private.without_cpr(new.identity_data);
  return new;
end;
$$;

-- A real project keeps each sign-in method's claims in auth.identities too (the local shim has no
-- such table). Should the project not let migrations add triggers there, say so and go on: the
-- broker's attribute release (README, "MitID") is then the only guard, as it is meant to be first.
do $$
begin
  if to_regclass('auth.identities') is not null then
    create trigger strip_cpr before insert or update of identity_data on auth.identities
    for each row execute function private.strip_cpr_from_identity();
  end if;
exception when insufficient_privilege then
  raise warning 'No trigger on auth.identities (not permitted here); the MitID broker must release no CPR number.';
end;
$$;

revoke all on function private.without_cpr(jsonb), private.strip_cpr_from_account(), private.strip_cpr_from_identity()
  from public;
