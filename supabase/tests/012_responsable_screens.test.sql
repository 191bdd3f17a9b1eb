-- pgTAP: the responsable's screens — the team (invitation checks, roles, deactivation), the
-- UDAP's contact details, the reply templates — and the redirection of a request to another
-- UDAP, which moves it. Each statement runs as the agent (authenticated + JWT claims).
begin;
create extension if not exists pgtap;
\ir helpers/pgtap-helpers.sql
select no_plan();

update public.udaps set active = code in ('69', '13') where code in ('69', '13', '2A');
update public.udaps set email = 'udap.13@example.fr' where code = '13';
insert into auth.users (id, email) values
  ('11111111-1111-4111-8111-111111111111', 'responsable.69@example.fr'),
  ('33333333-3333-4333-8333-333333333333', 'agent.69@example.fr'),
  ('22222222-2222-4222-8222-222222222222', 'agent.13@example.fr'),
  ('66666666-6666-4666-8666-666666666666', 'nouvelle.69@example.fr');
insert into public.agents (user_id, udap_code, display_name, role, active) values
  ('11111111-1111-4111-8111-111111111111', '69', 'Responsable du Rhône', 'responsable', true),
  ('33333333-3333-4333-8333-333333333333', '69', 'Agent du Rhône', 'agent', true),
  ('22222222-2222-4222-8222-222222222222', '13', 'Agent des Bouches-du-Rhône', 'agent', true);
create temp table lyon as select pg_temp.submit() as id;
create temp table refs as select (select reference from public.consultations where id = (select id from lyon)) as lyon;
grant select on lyon, refs to anon, authenticated, service_role;

-- The team.
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333', $$select public.agent_team()$$),
  'ERROR 42501', 'an agent cannot list the team');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333',
  $$select public.agent_check_invitation('x@example.fr', 'Xavier', 'agent')$$), 'ERROR 42501', 'an agent cannot invite');
select is(pg_temp.run_as('authenticated', '11111111-1111-4111-8111-111111111111',
  $$select public.agent_check_invitation('agent.13@example.fr', 'Xavier', 'agent')$$), 'ERROR 23505',
  'an agent of another UDAP cannot be invited again');
select is(pg_temp.run_as('authenticated', '11111111-1111-4111-8111-111111111111',
  $$select public.agent_check_invitation('x@example.fr', 'Xavier', 'chef')$$), 'ERROR 22023', 'an unknown role is refused');
select is(pg_temp.run_as('authenticated', '11111111-1111-4111-8111-111111111111',
  $$select public.agent_add_invited('66666666-6666-4666-8666-666666666666', 'autre@example.fr', 'Nouvelle', 'agent')$$),
  'ERROR 22023', 'the account must be the invited address');
select is(pg_temp.run_as('authenticated', '11111111-1111-4111-8111-111111111111',
  $$select jsonb_array_length(public.agent_add_invited('66666666-6666-4666-8666-666666666666', 'nouvelle.69@example.fr', 'Nouvelle', 'agent'))::text$$),
  '3', 'the responsable adds the invited account to the Rhône');
select is((select udap_code || ' ' || (invited_by = '11111111-1111-4111-8111-111111111111')::text from public.agents
  where user_id = '66666666-6666-4666-8666-666666666666'), '69 true', 'in their UDAP, invited by them');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333',
  $$update public.agents set role = 'responsable' where user_id = '33333333-3333-4333-8333-333333333333' returning 'changed'$$),
  null, 'an agent cannot promote themselves (the policy hides the row)');
select is(pg_temp.run_as('authenticated', '11111111-1111-4111-8111-111111111111',
  $$select public.agent_update_member('11111111-1111-4111-8111-111111111111', '{"active":false}')$$), 'ERROR 42501',
  'a responsable cannot deactivate themselves');
select is(pg_temp.run_as('authenticated', '11111111-1111-4111-8111-111111111111',
  $$select public.agent_update_member('22222222-2222-4222-8222-222222222222', '{"active":false}') is null$$), 'true',
  'nor reach another UDAP''s agent');
select is(pg_temp.run_as('authenticated', '11111111-1111-4111-8111-111111111111',
  $$select public.agent_update_member('33333333-3333-4333-8333-333333333333', '{"active":false}') is not null$$), 'true',
  'the responsable deactivates an agent of the Rhône');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333', $$select public.agent_me() is null$$),
  'true', 'who loses access at once');
select is(pg_temp.run_as('authenticated', '11111111-1111-4111-8111-111111111111',
  $$update public.agents set udap_code = '13' where user_id = '33333333-3333-4333-8333-333333333333' returning 'moved'$$),
  'ERROR 42501', 'nobody moves an agent to another UDAP');

-- The UDAP's contact details.
select is(pg_temp.run_as('authenticated', '22222222-2222-4222-8222-222222222222',
  $$select public.agent_update_udap_contact('{"phone":"04 00 00 00 00"}')$$), 'ERROR 42501', 'an agent cannot publish them');
select is(pg_temp.run_as('authenticated', '11111111-1111-4111-8111-111111111111',
  $$select public.agent_update_udap_contact('{"phone":"04 72 00 00 00","email":"udap.69@example.fr","opening":"Lundi"}') ->> 'phone'$$),
  '04 72 00 00 00', 'the responsable publishes them');
select is(pg_temp.run_as('service_role', null, $$select (public.published_udap_contacts() -> 0 ->> 'code') || ' ' ||
  ((public.published_udap_contacts() -> 0 ->> 'published_at') is not null)::text$$), '69 true', 'dated, for the public page (through the functions)');
select is(pg_temp.run_as('anon', null, $$select public.published_udap_contacts()$$), 'ERROR 42501',
  'anon goes through the functions, not the database');
select is(pg_temp.run_as('authenticated', '11111111-1111-4111-8111-111111111111',
  $$select public.agent_update_udap_contact('{"phone":"pas un numéro"}')$$), 'ERROR 23514', 'the table''s checks hold');

-- Reply templates.
select is(pg_temp.run_as('authenticated', '66666666-6666-4666-8666-666666666666',
  $$select public.agent_save_template(null, 'Mon modèle', 'Bonjour')$$), 'ERROR 42501', 'an agent cannot write a template');
select is(pg_temp.run_as('authenticated', '11111111-1111-4111-8111-111111111111',
  $$select public.agent_save_template(null, 'Mon modèle', 'Bonjour') -> 0 ->> 'title'$$), 'Mon modèle', 'the responsable can');
select is(pg_temp.run_as('authenticated', '22222222-2222-4222-8222-222222222222',
  $$select jsonb_array_length(public.agent_templates())::text$$), '0', 'another UDAP does not see it');

-- Redirection: the request moves, the journal and the applicant are told.
select is(pg_temp.run_as('authenticated', '22222222-2222-4222-8222-222222222222',
  $$select public.agent_redirect_consultation((select lyon from refs), '13', 'Pas chez nous') is null$$), 'true',
  'Marseille cannot redirect the Rhône''s request');
select is(pg_temp.run_as('authenticated', '66666666-6666-4666-8666-666666666666',
  $$select public.agent_redirect_consultation((select lyon from refs), '13', ' ')$$), 'ERROR 22023', 'the reason is required');
select is(pg_temp.run_as('authenticated', '66666666-6666-4666-8666-666666666666',
  $$select public.agent_redirect_consultation((select lyon from refs), '2A', 'Corse')$$), 'ERROR 22023',
  'a UDAP that takes no online request is refused');
select is(pg_temp.run_as('authenticated', '66666666-6666-4666-8666-666666666666',
  $$update public.consultations set status = 'en_cours', assignee = '66666666-6666-4666-8666-666666666666' where reference = (select lyon from refs) returning 'taken'$$),
  'taken', 'the Rhône takes the request');
select is(pg_temp.run_as('authenticated', '66666666-6666-4666-8666-666666666666',
  $$select public.agent_redirect_consultation((select lyon from refs), '13', 'Le projet est à Marseille.') ->> 'udap_code'$$),
  '13', 'then redirects it to the Bouches-du-Rhône');
select is(pg_temp.run_as('authenticated', '66666666-6666-4666-8666-666666666666',
  $$select public.agent_consultation((select lyon from refs)) is null$$), 'true', 'the Rhône no longer sees it');
select is(pg_temp.run_as('authenticated', '22222222-2222-4222-8222-222222222222',
  $$select (public.agent_consultation((select lyon from refs)) -> 'consultation' ->> 'status') || ' ' ||
    coalesce(public.agent_consultation((select lyon from refs)) -> 'consultation' ->> 'assignee', 'personne')$$),
  'nouvelle personne', 'Marseille sees it, new and unassigned');
select is((select e.actor_id::text || ' ' || e.to_status || ' ' || (e.details ->> 'to_udap')
  from public.consultation_events e where e.consultation_id = (select id from lyon) and e.to_status = 'reorientee'),
  '66666666-6666-4666-8666-666666666666 reorientee 13', 'journalled with the agent''s id');
select is((select count(*)::text from public.outbox o where o.consultation_id = (select id from lyon)
  and o.payload ->> 'status' = 'reorientee' and o.payload ->> 'motivation' like '%Bouches-du-Rhône%Le projet est à Marseille.'),
  '1', 'the applicant is emailed the reason and the new UDAP');
select is((select count(*)::text from public.outbox o where o.consultation_id = (select id from lyon)
  and o.kind = 'nouvelle_demande_udap' and o.recipient = 'udap.13@example.fr'), '1', 'the receiving UDAP is emailed');
select is((select c.reference from public.consultations c where c.id = (select id from lyon)) = (select lyon from refs), true,
  'the reference keeps its format and value');
select is(pg_temp.run_as('authenticated', '22222222-2222-4222-8222-222222222222',
  $$update public.consultations set udap_code = '69' where reference = (select lyon from refs) returning 'moved'$$),
  'ERROR 42501', 'the UDAP is not a column an agent writes');
select throws_ok($$update public.consultations set udap_code = '69', redirected_from = '13' where id = (select id from lyon)$$,
  '42501', null, 'even an administrator moves a request only as a dated redirection');

select * from finish();
rollback;
