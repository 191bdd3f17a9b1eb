-- pgTAP: the full privilege table of the API roles (anon, authenticated, service_role) on every
-- table, view, sequence and function of public, and on the storage tables; every table has RLS
-- and its grants are stated here. A new object gets one row below.
begin;
create extension if not exists pgtap;
\ir helpers/pgtap-helpers.sql
select no_plan();

-- One row per object. Tables and views: table privileges, and a column grant as
-- 'UPDATE (column, …)'. Sequences: SELECT, UPDATE, USAGE. Functions: EXECUTE. '{}': nothing.
create temp table expected_privileges (
  object text primary key,
  anon text[] not null,
  authenticated text[] not null,
  service_role text[] not null
);
insert into expected_privileges (object, anon, authenticated, service_role) values
  -- tables
  ('public.udaps', '{}', array['SELECT', 'UPDATE (email, phone, address, opening, active)'], '{SELECT}'),
  ('public.agents', '{}', array['SELECT', 'INSERT (user_id, udap_code, display_name, role)',
    'UPDATE (display_name, role, active)'], '{}'),
  ('public.reference_counters', '{}', '{}', '{SELECT,INSERT,UPDATE}'),
  ('public.consultations', '{}', array['SELECT', 'UPDATE (status, status_motivation, confirmed_protections, labels, '
    'priority, assignee, answer_text, internal_note)'], '{SELECT,INSERT,UPDATE}'),
  ('public.attachments', '{}', '{SELECT}', '{SELECT,INSERT,DELETE}'),
  ('public.outbox', '{}', '{}', '{SELECT,INSERT,UPDATE,DELETE}'),
  ('public.consultation_events', '{}', '{SELECT}', array['SELECT', 'UPDATE (motivation, details)']),
  ('public.rate_limits', '{}', '{}', '{SELECT,INSERT,UPDATE,DELETE}'),
  ('public.page_feedback', '{}', '{SELECT}', '{SELECT,INSERT,UPDATE}'),
  ('public.demo_data', '{}', '{}', '{}'),
  -- views (security_invoker: the tables' policies apply)
  ('public.demandes_a_traiter', '{}', '{SELECT}', '{}'),
  ('public.demandes_en_attente_du_demandeur', '{}', '{SELECT}', '{}'),
  ('public.synthese_mensuelle', '{}', '{SELECT}', '{}'),
  ('public.avis_par_page', '{}', '{SELECT}', '{}'),
  -- sequences (identity columns need none)
  ('public.consultation_events_id_seq', '{}', '{}', '{}'),
  ('public.outbox_id_seq', '{}', '{}', '{}'),
  ('public.page_feedback_id_seq', '{}', '{}', '{}'),
  -- functions
  ('public.departement_from_postcode(text)', '{}', '{EXECUTE}', '{EXECUTE}'),
  ('public.departement_from_insee(text)', '{}', '{EXECUTE}', '{EXECUTE}'),
  ('public.route_to_udap(text, text)', '{}', '{EXECUTE}', '{EXECUTE}'),
  ('public.record_consultation_event(uuid, public.consultation_event_kind, boolean, public.consultation_status, '
    'public.consultation_status, text, jsonb)', '{}', '{}', '{EXECUTE}'),
  ('public.consultation_transition_allowed(public.consultation_status, public.consultation_status)', '{}', '{}', '{}'),
  ('public.consultations_before_update()', '{}', '{}', '{}'),
  ('public.consultations_after_insert()', '{}', '{}', '{}'),
  ('public.refuse_delete_consultation()', '{}', '{}', '{}'),
  ('public.refuse_journal_change()', '{}', '{}', '{}'),
  ('public.consultation_events_before_update()', '{}', '{}', '{}'),
  ('public.journal_details_after_purge(jsonb)', '{}', '{}', '{EXECUTE}'),
  ('public.attachments_after_insert()', '{}', '{}', '{}'),
  ('public.submit_consultation(jsonb, bytea, text, text, bytea)', '{}', '{}', '{EXECUTE}'),
  ('public.consultation_tracking(bytea)', '{}', '{}', '{EXECUTE}'),
  ('public.attachment_target(bytea)', '{}', '{}', '{EXECUTE}'),
  ('public.record_attachment(bytea, text, text, integer, text)', '{}', '{}', '{EXECUTE}'),
  ('public.purge_expired_personal_data()', '{}', '{}', '{EXECUTE}'),
  ('public.outbox_claim(integer)', '{}', '{}', '{EXECUTE}'),
  ('public.outbox_mark_sent(bigint)', '{}', '{}', '{EXECUTE}'),
  ('public.outbox_mark_failed(bigint, text)', '{}', '{}', '{EXECUTE}'),
  ('public.store_health()', '{}', '{}', '{EXECUTE}'),
  ('public.current_agent_udap()', '{}', '{EXECUTE}', '{}'),
  ('public.hit_rate_limit(text, bytea, integer, integer)', '{}', '{}', '{EXECUTE}'),
  ('public.record_page_feedback(text, boolean, text)', '{}', '{}', '{EXECUTE}'),
  ('public.comment_page_feedback(bigint, text, text)', '{}', '{}', '{EXECUTE}'),
  ('public.statistics_count(bigint)', '{}', '{}', '{}'),
  ('public.statistics_share(bigint, bigint)', '{}', '{}', '{}'),
  ('public.public_statistics()', '{EXECUTE}', '{EXECUTE}', '{EXECUTE}'),
  -- single-use anti-spam tokens, upload reservations, storage deletions, UDAP contact
  ('public.spent_antispam_tokens', '{}', '{}', '{SELECT,INSERT,DELETE}'),
  ('public.attachment_uploads', '{}', '{}', '{SELECT,INSERT,DELETE}'),
  ('public.storage_deletions', '{}', '{}', '{SELECT,INSERT,DELETE}'),
  ('public.spend_antispam_token(bytea, timestamp with time zone)', '{}', '{}', '{EXECUTE}'),
  ('public.reserve_attachment_upload(bytea, text, integer, timestamp with time zone)', '{}', '{}', '{EXECUTE}'),
  ('public.pending_storage_deletions(integer)', '{}', '{}', '{EXECUTE}'),
  ('public.confirm_storage_deletions(text[])', '{}', '{}', '{EXECUTE}'),
  ('public.queue_attachment_file_deletion()', '{}', '{}', '{}'),
  ('public.udap_contact(text)', '{}', '{}', '{EXECUTE}'),
  -- the agents' workspace
  ('public.reply_templates', '{}', array['SELECT', 'DELETE', 'INSERT (udap_code, title, body)', 'UPDATE (title, body)'],
    '{SELECT,INSERT,UPDATE,DELETE}'),
  ('public.current_agent_is_responsable()', '{}', '{EXECUTE}', '{}'),
  ('public.agent_me()', '{}', '{EXECUTE}', '{}'),
  ('public.agent_begin_visit()', '{}', '{EXECUTE}', '{}'),
  ('public.agent_inbox(text, jsonb, integer)', '{}', '{EXECUTE}', '{}'),
  ('public.agent_consultation(text)', '{}', '{EXECUTE}', '{}'),
  ('public.agent_update_consultation(text, jsonb)', '{}', '{EXECUTE}', '{}'),
  ('public.agent_attachment(uuid)', '{}', '{EXECUTE}', '{}'),
  ('public.agent_export(date, date)', '{}', '{EXECUTE}', '{}'),
  ('public.answer_complement(bytea, text)', '{}', '{}', '{EXECUTE}'),
  ('public.local_agent_account(text)', '{}', '{}', '{EXECUTE}'),
  ('public.consultations_after_update_qualification()', '{}', '{}', '{}'),
  -- the responsable's screens (team, UDAP contact details, templates) and the redirection
  ('public.agents_before_update()', '{}', '{}', '{}'),
  ('public.agent_team()', '{}', '{EXECUTE}', '{}'),
  ('public.agent_check_invitation(text, text, text)', '{}', '{EXECUTE}', '{}'),
  ('public.agent_add_invited(uuid, text, text, text)', '{}', '{EXECUTE}', '{}'),
  ('public.agent_update_member(uuid, jsonb)', '{}', '{EXECUTE}', '{}'),
  ('public.local_invite_account(text)', '{}', '{}', '{EXECUTE}'),
  ('public.udaps_before_update()', '{}', '{}', '{}'),
  ('public.agent_udap()', '{}', '{EXECUTE}', '{}'),
  ('public.agent_update_udap_contact(jsonb)', '{}', '{EXECUTE}', '{}'),
  ('public.published_udap_contacts()', '{}', '{}', '{EXECUTE}'),
  ('public.agent_templates()', '{}', '{EXECUTE}', '{}'),
  ('public.agent_save_template(uuid, text, text)', '{}', '{EXECUTE}', '{}'),
  ('public.agent_delete_template(uuid)', '{}', '{EXECUTE}', '{}'),
  ('public.reply_templates_before_update()', '{}', '{}', '{}'),
  ('public.agent_redirect_consultation(text, text, text)', '{}', '{EXECUTE}', '{}'),
  ('public.agent_redirect_targets()', '{}', '{EXECUTE}', '{}'),
  -- storage, as Supabase has it: every API role granted all, RLS with no policy holds them back
  ('storage.buckets', '{SELECT,INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER}',
    '{SELECT,INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER}', '{SELECT,INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER}'),
  ('storage.objects', '{SELECT,INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER}',
    '{SELECT,INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER}', '{SELECT,INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER}');

-- Each row, one role at a time, resolved against the catalog.
create temp view expected as
select e.object, r.role, r.privileges,
  case when e.object not like '%(%)' then to_regclass(e.object) end as rel,
  case when e.object like '%(%)' then to_regprocedure(e.object) end as func
from expected_privileges e
cross join lateral (values ('anon', e.anon), ('authenticated', e.authenticated), ('service_role', e.service_role))
  as r(role, privileges);

select is((select array_agg(distinct object) from expected where rel is null and func is null), null,
  'every row of the privilege table names an existing object');

-- Tables, views and sequences.
select case when c.relkind = 'S'
    then sequence_privs_are(n.nspname, c.relname, x.role, x.privileges::name[])
    else table_privs_are(n.nspname, c.relname, x.role,
      array(select p from unnest(x.privileges) p where p !~ '\(')::name[])
  end
from expected x join pg_class c on c.oid = x.rel join pg_namespace n on n.oid = c.relnamespace
order by x.object, x.role;

-- Columns: the table's privileges plus the column grants.
select column_privs_are(n.nspname, c.relname, a.attname, x.role, array(
    select p from unnest(x.privileges) p where p in ('SELECT', 'INSERT', 'UPDATE', 'REFERENCES')
    union
    select substring(g from '^(\w+)') from unnest(x.privileges) g
    where g ~ '\(' and a.attname::text = any (regexp_split_to_array(substring(g from '\((.*)\)'), '\s*,\s*'))
  )::name[])
from expected x join pg_class c on c.oid = x.rel and c.relkind in ('r', 'v')
join pg_namespace n on n.oid = c.relnamespace
join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
order by x.object, a.attnum, x.role;

-- Functions.
select function_privs_are(n.nspname, p.proname,
  coalesce(nullif(string_to_array(oidvectortypes(p.proargtypes), ', '), '{""}'), '{}')::name[], x.role, x.privileges::name[])
from expected x join pg_proc p on p.oid = x.func join pg_namespace n on n.oid = p.pronamespace
order by x.object, x.role;

-- Nothing in public escapes the table: every object not from an extension has its row.
select is(
  (select array_agg(o.oid::text order by 1) from (
      select c.oid::regclass::text as oid, c.oid as id from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
      union all
      select p.oid::regprocedure::text, p.oid from pg_proc p where p.pronamespace = 'public'::regnamespace
    ) o
    where not exists (select 1 from pg_depend d where d.objid = o.id and d.deptype = 'e')
      and o.id not in (select coalesce(rel::oid, func::oid) from expected)),
  null, 'every table, view, sequence and function of public has its row in the privilege table');

-- Every table has RLS, and a grant to an API role unless its row says it has none.
select is(
  (select array_agg(c.relname::text order by 1) from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relrowsecurity),
  null, 'row-level security is on for every table of public');
select is(
  (select array_agg(c.relname::text order by 1) from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
      and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
      and not exists (select 1 from information_schema.role_table_grants g
        where g.table_schema = 'public' and g.table_name = c.relname
          and g.grantee in ('anon', 'authenticated', 'service_role'))
      and not exists (select 1 from information_schema.role_column_grants g
        where g.table_schema = 'public' and g.table_name = c.relname
          and g.grantee in ('anon', 'authenticated', 'service_role'))
      and not exists (select 1 from expected e where e.rel = c.oid
        group by e.rel having bool_and(e.privileges = '{}'))),
  null, 'every table of public is explicitly granted to an API role, or stated closed to all three');

-- Storage: RLS on, and only the agents' read policy on their UDAP's documents (011 tests it), so
-- the API roles reach no bucket and no other file directly.
select ok((select bool_and(relrowsecurity) from pg_class where oid in ('storage.buckets'::regclass, 'storage.objects'::regclass)),
  'row-level security is on for storage.buckets and storage.objects');
select policies_are('storage', 'objects', array['consultation-attachments: agents read their UDAP''s documents'],
  'only the agents'' read policy opens storage.objects');
select policies_are('storage', 'buckets', '{}', 'no policy opens storage.buckets');
select is(pg_temp.run_as('anon', null, 'select count(*) from storage.buckets'), '0', 'anon sees no bucket');
select is(pg_temp.run_as('authenticated', gen_random_uuid(), 'select count(*) from storage.buckets'), '0',
  'a signed-in user sees no bucket');

-- The leftovers the security review found.
select is(pg_temp.run_as('anon', null, $$select setval('public.outbox_id_seq', 1)$$), 'ERROR 42501',
  'anon cannot move the outbox numbering');
select is(pg_temp.run_as('authenticated', gen_random_uuid(), $$select nextval('public.page_feedback_id_seq')$$), 'ERROR 42501',
  'a signed-in user cannot draw numbers either');
select is(pg_temp.run_as('anon', null, 'select public.statistics_count(3)'), 'ERROR 42501',
  'anon cannot call the small-group helpers directly');

-- A signed-in user who is no agent reads nothing, not even the UDAPs or the visitors' votes.
select public.record_page_feedback('/a/', false, 'Rien trouvé');
create temp table non_agent as select gen_random_uuid() as uid;
select is(pg_temp.run_as('authenticated', (select uid from non_agent), 'select count(*) from public.udaps'), '0',
  'a user who is no agent reads no UDAP');
select is(pg_temp.run_as('authenticated', (select uid from non_agent), 'select count(*) from public.page_feedback'), '0',
  'nor the page votes');
select is(pg_temp.run_as('authenticated', (select uid from non_agent), 'select count(*) from public.avis_par_page'), '0',
  'nor their summary');
insert into auth.users (id, email) values ('33333333-3333-4333-8333-333333333333', 'agent.75@example.fr');
insert into public.agents (user_id, udap_code, display_name) values ('33333333-3333-4333-8333-333333333333', '75', 'Agent de Paris');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333', 'select count(*) from public.udaps'), '101',
  'an agent reads every UDAP');
select is(pg_temp.run_as('authenticated', '33333333-3333-4333-8333-333333333333',
  $$select count(*) from public.avis_par_page where page = '/a/'$$), '1', 'and the votes per page');

select * from finish();
rollback;
