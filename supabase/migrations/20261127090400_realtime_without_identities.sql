-- Supabase Realtime cannot apply row-level security to DELETE events (the old row holds only its
-- key), so every subscriber of a published table receives the key of every deleted row. A
-- registration's key was (webinar, citizen): erasing a citizen told every subscriber who they
-- were. Published tables now have keys that identify no person: registrations get a random id,
-- and one registration per citizen and webinar is an ordinary unique constraint.

alter table public.registrations drop constraint registrations_pkey;
alter table public.registrations add column id uuid not null default gen_random_uuid();
alter table public.registrations add constraint registrations_pkey primary key (id);
alter table public.registrations add constraint registrations_one_per_citizen unique (session_id, citizen_id);
