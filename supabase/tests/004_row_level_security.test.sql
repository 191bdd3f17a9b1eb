-- pgTAP: what anon, an agent of the right UDAP, an agent of another UDAP and the service role can do.
begin;
create extension if not exists pgtap;
\ir helpers/pgtap-helpers.sql
select no_plan();

insert into auth.users (id, email) values
  ('11111111-1111-4111-8111-111111111111', 'agent.69@example.fr'),
  ('22222222-2222-4222-8222-222222222222', 'agent.13@example.fr');
insert into public.agents (user_id, udap_code, display_name, role) values
  ('11111111-1111-4111-8111-111111111111', '69', 'Agent du Rhône', 'responsable'),
  ('22222222-2222-4222-8222-222222222222', '13', 'Agent des Bouches-du-Rhône', 'agent');
create temp table lyon as select pg_temp.submit() as id;
create temp table marseille as select pg_temp.submit('{"postcode":"13001","insee_code":"13201","commune":"Marseille"}') as id;
-- A document is recorded only once its upload was reserved (as the API does before issuing its URL).
insert into public.attachment_uploads (storage_path, consultation_id, size_bytes, expires_at)
  select format('%s/0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9.jpg', id), id, 1000, now() + interval '1 hour' from lyon;
select public.record_attachment(c.tracking_token_hash, format('%s/0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9.jpg', c.id), 'facade.jpg', 1000, 'image/jpeg')
  from public.consultations c where c.id = (select id from lyon);
grant select on lyon, marseille to anon, authenticated, service_role;

-- anon: nothing at all.
select is(pg_temp.run_as('anon', null, format('select count(*) from public.%I', t)), 'ERROR 42501', format('anon cannot read %s', t))
  from unnest(array['consultations', 'udaps', 'agents', 'attachments', 'outbox', 'consultation_events', 'reference_counters',
    'demandes_a_traiter', 'demandes_en_attente_du_demandeur', 'synthese_mensuelle']) t;
select is(pg_temp.run_as('anon', null, $$select public.submit_consultation('{}', sha256('x'::bytea))$$), 'ERROR 42501',
  'anon cannot call submit_consultation');
select is(pg_temp.run_as('anon', null, $$select public.consultation_tracking(sha256('x'::bytea))$$), 'ERROR 42501',
  'anon cannot call consultation_tracking');
select is(pg_temp.run_as('anon', null, $$with d as (delete from public.consultations returning 1) select count(*) from d$$), 'ERROR 42501',
  'anon cannot delete');

-- An agent of the Rhône: their UDAP's requests only.
create temp table rhone as select '11111111-1111-4111-8111-111111111111'::uuid as uid;
select is(pg_temp.run_as('authenticated', (select uid from rhone), 'select string_agg(udap_code, '','') from public.consultations'), '69',
  'an agent reads the requests of their UDAP, and only those');
select is(pg_temp.run_as('authenticated', (select uid from rhone), 'select count(*) from public.demandes_a_traiter'), '1',
  'the Studio views show them only their UDAP''s requests');
select is(pg_temp.run_as('authenticated', (select uid from rhone), 'select count(*) from public.attachments'), '1',
  'they read their UDAP''s documents');
select is(pg_temp.run_as('authenticated', (select uid from rhone), 'select count(distinct consultation_id) from public.consultation_events'), '1',
  'they read their UDAP''s journal only');
select is(pg_temp.run_as('authenticated', (select uid from rhone), 'select string_agg(display_name, '','') from public.agents'), 'Agent du Rhône',
  'they see the agents of their UDAP only');
select is(pg_temp.run_as('authenticated', (select uid from rhone),
  $$with u as (update public.consultations set status = 'en_cours' where id = (select id from lyon) returning 1) select count(*) from u$$), '1',
  'they change the status of their UDAP''s request');
select is(pg_temp.run_as('authenticated', (select uid from rhone),
  $$with u as (update public.consultations set labels = '{urgent}' where id = (select id from marseille) returning 1) select count(*) from u$$), '0',
  'they cannot touch another UDAP''s request');
select is(pg_temp.run_as('authenticated', (select uid from rhone),
  $$update public.consultations set email = 'autre@example.fr' where id = (select id from lyon)$$), 'ERROR 42501',
  'they cannot rewrite the applicant''s data');
select is(pg_temp.run_as('authenticated', (select uid from rhone),
  $$with d as (delete from public.consultations where id = (select id from lyon) returning 1) select count(*) from d$$), 'ERROR 42501',
  'they cannot delete a request');
select is(pg_temp.run_as('authenticated', (select uid from rhone), 'select count(*) from public.outbox'), 'ERROR 42501',
  'they cannot read the outbox');
select is(pg_temp.run_as('authenticated', (select uid from rhone),
  $$update public.consultation_events set motivation = 'x'$$), 'ERROR 42501', 'they cannot rewrite the journal');
select is(pg_temp.run_as('authenticated', (select uid from rhone),
  $$with u as (update public.udaps set phone = '04 00 00 00 00' where code = '69' returning 1) select count(*) from u$$), '1',
  'a responsable updates their UDAP''s contact details');
select is(pg_temp.run_as('authenticated', (select uid from rhone),
  $$with u as (update public.udaps set phone = '04 00 00 00 00' where code = '13' returning 1) select count(*) from u$$), '0',
  'but not another UDAP''s');

-- An agent of the Bouches-du-Rhône sees nothing of the Rhône.
create temp table provence as select '22222222-2222-4222-8222-222222222222'::uuid as uid;
select is(pg_temp.run_as('authenticated', (select uid from provence), 'select string_agg(udap_code, '','') from public.consultations'), '13',
  'an agent of another UDAP reads only their own requests');
select is(pg_temp.run_as('authenticated', (select uid from provence), 'select count(*) from public.attachments'), '0',
  'nor the Rhône''s documents');
select is(pg_temp.run_as('authenticated', (select uid from provence),
  $$with u as (update public.consultations set status_motivation = 'x' where id = (select id from lyon) returning 1) select count(*) from u$$), '0',
  'nor can they update a Rhône request');
select is(pg_temp.run_as('authenticated', (select uid from provence),
  $$with u as (update public.udaps set phone = '04 00 00 00 00' where code = '13' returning 1) select count(*) from u$$), '0',
  'an agent who is not responsable cannot change the UDAP''s details');

-- A signed-in user who is not an agent sees nothing.
select is(pg_temp.run_as('authenticated', gen_random_uuid(), 'select count(*) from public.consultations'), '0',
  'a user who is no agent reads no request');

-- The service role (the Netlify Functions) does its work.
select is(pg_temp.run_as('service_role', null, 'select count(*) from public.consultations'), '2', 'the service role reads every request');
select is(pg_temp.run_as('service_role', null,
  $$select public.submit_consultation(pg_temp.payload(), sha256('svc'::bytea)) ->> 'created'$$), 'true',
  'the service role submits');

select * from finish();
rollback;
