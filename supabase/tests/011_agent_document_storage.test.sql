-- pgTAP: the agents' documents in Storage — an agent reads (so Storage signs a URL for) a file
-- of the attachments bucket only if it is a document of a request of their own, active UDAP.
begin;
create extension if not exists pgtap;
\ir helpers/pgtap-helpers.sql
select no_plan();

insert into auth.users (id, email) values
  ('33333333-3333-4333-8333-333333333333', 'agent.69@example.fr'),
  ('22222222-2222-4222-8222-222222222222', 'agent.13@example.fr'),
  ('44444444-4444-4444-8444-444444444444', 'ancien.69@example.fr');
insert into public.agents (user_id, udap_code, display_name, role, active) values
  ('33333333-3333-4333-8333-333333333333', '69', 'Agent du Rhône', 'agent', true),
  ('22222222-2222-4222-8222-222222222222', '13', 'Agent des Bouches-du-Rhône', 'agent', true),
  ('44444444-4444-4444-8444-444444444444', '69', 'Ancien agent', 'agent', false);
create temp table lyon as select pg_temp.submit() as id;
create temp table files as select format('%s/0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9.pdf', id) as lyon_plan,
  format('%s/1b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9.jpg', id) as stray from lyon;
insert into public.attachment_uploads (storage_path, consultation_id, size_bytes, expires_at)
  select lyon_plan, (select id from lyon), 1000, now() + interval '1 hour' from files;
select public.record_attachment(c.tracking_token_hash, (select lyon_plan from files), 'plan.pdf', 1000, 'application/pdf')
  from public.consultations c where c.id = (select id from lyon);
-- The files as Storage has them: the document, and a file no attachment row names (an upload never recorded).
insert into storage.objects (bucket_id, name) select 'consultation-attachments', lyon_plan from files
  union all select 'consultation-attachments', stray from files;
grant select on files to authenticated;

select policies_are('storage', 'objects', array['consultation-attachments: agents read their UDAP''s documents'],
  'one policy opens storage.objects: agents read their UDAP''s documents');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333',
  $$select string_agg(name, ',') = (select lyon_plan from files) from storage.objects$$), 'true',
  'an agent of the Rhône reads the Rhône''s document in Storage, and no file no attachment names');
select is(pg_temp.run_as('authenticated', '22222222-2222-4222-8222-222222222222',
  $$select count(*) from storage.objects$$), '0', 'an agent of another UDAP reads none');
select is(pg_temp.run_as('authenticated', '44444444-4444-4444-8444-444444444444',
  $$select count(*) from storage.objects$$), '0', 'a deactivated agent reads none');
select is(pg_temp.run_as('authenticated', gen_random_uuid(), $$select count(*) from storage.objects$$), '0',
  'a signed-in user who is no agent reads none');
select is(pg_temp.run_as('anon', null, $$select count(*) from storage.objects$$), '0', 'anon reads none');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333',
  $$with d as (delete from storage.objects returning 1) select count(*) from d$$), '0',
  'an agent deletes nothing in Storage');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333',
  $$select (public.agent_attachment(a.id) ->> 'storage_path') = (select lyon_plan from files) from public.attachments a$$), 'true',
  'the database check the workspace makes first agrees');

select * from finish();
rollback;
