-- pgTAP: the agents' workspace — each action as the agent (authenticated + JWT claims), isolated
-- per UDAP, journalled with the agent's id; deactivation, responsable-only management, the
-- applicant's complement answer.
begin;
create extension if not exists pgtap;
\ir helpers/pgtap-helpers.sql
select no_plan();

insert into auth.users (id, email) values
  ('11111111-1111-4111-8111-111111111111', 'responsable.69@example.fr'),
  ('33333333-3333-4333-8333-333333333333', 'agent.69@example.fr'),
  ('22222222-2222-4222-8222-222222222222', 'agent.13@example.fr'),
  ('44444444-4444-4444-8444-444444444444', 'ancien.69@example.fr'),
  ('55555555-5555-4555-8555-555555555555', 'inconnu@example.fr');
insert into public.agents (user_id, udap_code, display_name, role, active) values
  ('11111111-1111-4111-8111-111111111111', '69', 'Responsable du Rhône', 'responsable', true),
  ('33333333-3333-4333-8333-333333333333', '69', 'Agent du Rhône', 'agent', true),
  ('22222222-2222-4222-8222-222222222222', '13', 'Agent des Bouches-du-Rhône', 'agent', true),
  ('44444444-4444-4444-8444-444444444444', '69', 'Ancien agent', 'agent', false);
create temp table lyon as select pg_temp.submit() as id;
create temp table marseille as select pg_temp.submit('{"postcode":"13001","insee_code":"13201","commune":"Marseille"}') as id;
create temp table refs as select
  (select reference from public.consultations where id = (select id from lyon)) as lyon,
  (select reference from public.consultations where id = (select id from marseille)) as marseille;
grant select on lyon, marseille, refs to anon, authenticated, service_role;

-- Who may call what.
select is(pg_temp.run_as('anon', null, $$select public.agent_inbox()$$), 'ERROR 42501', 'anon cannot open an inbox');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333',
  $$select public.answer_complement(sha256('x'::bytea), 'x')$$), 'ERROR 42501', 'an agent cannot answer in the applicant''s place');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333',
  $$select public.local_agent_account('agent.69@example.fr')$$), 'ERROR 42501', 'an agent cannot look accounts up');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333', $$select count(*) from public.outbox$$),
  'ERROR 42501', 'an agent cannot read the outbox');

-- The inbox: only the agent's UDAP, counted per tab.
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333',
  $$select (public.agent_inbox('toutes') -> 'rows' -> 0 ->> 'reference') = (select lyon from refs)
    and (public.agent_inbox('toutes') -> 'counts' ->> 'toutes') = '1'$$), 'true',
  'an agent of the Rhône sees the Rhône''s request, and only it');
select is(pg_temp.run_as('authenticated', '22222222-2222-4222-8222-222222222222',
  $$select string_agg(r ->> 'reference', ',') = (select marseille from refs) from jsonb_array_elements(public.agent_inbox('toutes') -> 'rows') r$$),
  'true', 'an agent of the Bouches-du-Rhône sees only theirs');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333', $$select public.agent_inbox('corbeille')$$),
  'ERROR 22023', 'an unknown tab is refused');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333',
  $$select public.agent_inbox('toutes', '{"search":"Mart%"}') -> 'counts' ->> 'toutes'$$), '0',
  'search wildcards are taken literally');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333',
  $$select public.agent_inbox('toutes', '{"search":"mart"}') -> 'counts' ->> 'toutes'$$), '1',
  'search finds the applicant''s name, whatever the case');

-- Another UDAP's request: invisible and untouchable.
select is(pg_temp.run_as('authenticated', '22222222-2222-4222-8222-222222222222',
  $$select public.agent_consultation((select lyon from refs)) is null$$), 'true', 'the Rhône''s request does not exist for Marseille');
select is(pg_temp.run_as('authenticated', '22222222-2222-4222-8222-222222222222',
  $$select public.agent_update_consultation((select lyon from refs), '{"priority":"haute"}') is null$$), 'true',
  'Marseille cannot change it');
select is((select priority::text from public.consultations where id = (select id from lyon)), 'normale', 'and it is unchanged');

-- Actions, journalled with the agent's id.
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333',
  $$select public.agent_update_consultation((select lyon from refs),
    '{"assignee":"33333333-3333-4333-8333-333333333333","status":"en_cours","priority":"haute","labels":["façade"]}') -> 'consultation' ->> 'status'$$),
  'en_cours', 'the agent takes the request');
select is((select count(*)::int from public.consultation_events where consultation_id = (select id from lyon)
  and kind::text in ('changement_statut', 'assignation', 'qualification')
  and actor_id = '33333333-3333-4333-8333-333333333333'), 3, 'each of their changes is journalled with their id');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333',
  $$select public.agent_update_consultation((select lyon from refs), '{"status":"nouvelle"}')$$), 'ERROR 23514',
  'an impossible transition is refused by the database');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333',
  $$select public.agent_update_consultation((select lyon from refs), '{"assignee":"22222222-2222-4222-8222-222222222222"}')$$),
  'ERROR 23514', 'a request cannot be given to another UDAP''s agent');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333',
  $$select public.agent_update_consultation((select lyon from refs),
    '{"status":"complement_demande","motivation":"Merci d''envoyer une photo de la façade."}') -> 'consultation' ->> 'status'$$),
  'complement_demande', 'the agent asks for a complement');

-- The applicant answers (through the functions, as service_role).
select is(pg_temp.run_as('service_role', null, format($$select public.answer_complement(%L::bytea, '  Voici la photo.  ') ->> 'status'$$,
  (select tracking_token_hash from public.consultations where id = (select id from lyon)))), 'en_cours',
  'the applicant''s answer sends the request back to en_cours');
select is((select details ->> 'message' from public.consultation_events where consultation_id = (select id from lyon)
  and kind::text = 'complement_recu'), 'Voici la photo.', 'the answer is in the journal');
select is((select recipient from public.outbox where consultation_id = (select id from lyon) and kind::text = 'complement_recu_agent'),
  'agent.69@example.fr', 'the assigned agent is told by email');
select is(pg_temp.run_as('service_role', null, format($$select public.answer_complement(%L::bytea, 'Encore') ->> 'accepted'$$,
  (select tracking_token_hash from public.consultations where id = (select id from lyon)))), 'false',
  'no answer when no complement is awaited');

-- Deactivated agents and accounts that are not agents see nothing.
select is(pg_temp.run_as('authenticated', '44444444-4444-4444-8444-444444444444',
  $$select coalesce(public.agent_inbox()::text, 'null') || (select count(*) from public.consultations)$$), 'null0',
  'a deactivated agent sees nothing');
select is(pg_temp.run_as('authenticated', '55555555-5555-4555-8555-555555555555',
  $$select coalesce(public.agent_inbox()::text, 'null') || (select count(*) from public.consultations) || (select count(*) from public.agents)$$),
  'null00', 'an account that is not an agent sees nothing');

-- Reply templates: the responsable writes them, agents read them, other UDAPs do not see them.
select is(pg_temp.run_as('authenticated', '11111111-1111-4111-8111-111111111111',
  $$with i as (insert into public.reply_templates (udap_code, title, body) values ('69', 'Avis favorable', 'Votre projet peut être déposé.') returning 1) select count(*) from i$$),
  '1', 'the responsable adds a reply template');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333',
  $$insert into public.reply_templates (udap_code, title, body) values ('69', 'Autre', 'Texte')$$), 'ERROR 42501',
  'an agent cannot add one');
select is(pg_temp.run_as('authenticated', '11111111-1111-4111-8111-111111111111',
  $$insert into public.reply_templates (udap_code, title, body) values ('13', 'Intrus', 'Texte')$$), 'ERROR 42501',
  'a responsable cannot write another UDAP''s templates');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333',
  $$select jsonb_array_length(public.agent_consultation((select lyon from refs)) -> 'templates')$$), '1',
  'agents read their UDAP''s templates');
select is(pg_temp.run_as('authenticated', '22222222-2222-4222-8222-222222222222', $$select count(*) from public.reply_templates$$),
  '0', 'other UDAPs do not');

-- Managing agents: the responsable only, in their UDAP only.
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333',
  $$with u as (update public.agents set role = 'responsable' where user_id = '33333333-3333-4333-8333-333333333333' returning 1) select count(*) from u$$),
  '0', 'an agent cannot make themselves responsable');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333',
  $$update public.agents set udap_code = '13' where user_id = '33333333-3333-4333-8333-333333333333'$$), 'ERROR 42501',
  'nobody moves an agent to another UDAP');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333',
  $$insert into public.agents (user_id, udap_code, display_name) values ('55555555-5555-4555-8555-555555555555', '69', 'Invité')$$),
  'ERROR 42501', 'an agent cannot invite');
select is(pg_temp.run_as('authenticated', '11111111-1111-4111-8111-111111111111',
  $$insert into public.agents (user_id, udap_code, display_name) values ('55555555-5555-4555-8555-555555555555', '13', 'Invité')$$),
  'ERROR 42501', 'a responsable cannot add an agent to another UDAP');
select is(pg_temp.run_as('authenticated', '11111111-1111-4111-8111-111111111111',
  $$with u as (update public.agents set active = false where user_id = '33333333-3333-4333-8333-333333333333' returning 1) select count(*) from u$$),
  '1', 'the responsable deactivates an agent');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333', $$select count(*) from public.consultations$$),
  '0', 'who loses access at once');
select is(pg_temp.run_as('authenticated', '11111111-1111-4111-8111-111111111111',
  $$with u as (update public.agents set active = true where user_id = '22222222-2222-4222-8222-222222222222' returning 1) select count(*) from u$$),
  '0', 'a responsable cannot touch another UDAP''s agents');

-- The CSV export: the responsable's, of their UDAP only.
select is(pg_temp.run_as('authenticated', '22222222-2222-4222-8222-222222222222',
  $$select public.agent_export('2020-01-01', '2100-01-01')$$), 'ERROR 42501', 'an agent cannot export');
select is(pg_temp.run_as('authenticated', '11111111-1111-4111-8111-111111111111',
  $$select string_agg(r ->> 'reference', ',') = (select lyon from refs) from jsonb_array_elements(public.agent_export('2020-01-01', '2030-01-01')) r$$),
  'true', 'the responsable exports their UDAP''s requests only');

select * from finish();
rollback;
