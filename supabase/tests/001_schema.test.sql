-- pgTAP: the bootstrap (outside Supabase) and the shape agents see in Studio.
begin;
create extension if not exists pgtap;
select no_plan();

select has_role('anon');
select has_role('authenticated');
select has_role('service_role');
select has_function('auth', 'uid', array[]::text[], 'auth.uid() exists');
select is(
  (select auth.uid() from (select set_config('request.jwt.claims',
    '{"sub":"0b6d4f1e-7c59-4a3b-9d2e-5a8f1c3e7b90","role":"authenticated"}', true)) as claims),
  '0b6d4f1e-7c59-4a3b-9d2e-5a8f1c3e7b90'::uuid, 'auth.uid() reads the sub claim'
);

select tables_are('public',
  array['udaps', 'agents', 'reference_counters', 'consultations', 'attachments', 'outbox', 'consultation_events',
    'rate_limits', 'page_feedback', 'demo_data', 'reply_templates',
    'spent_antispam_tokens', 'attachment_uploads', 'storage_deletions'],
  'exactly the expected tables');
select is(
  (select array_agg(c.relname::text order by c.relname) from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and not c.relrowsecurity),
  null, 'row-level security is on for every table');
select is(
  (select count(*)::int from public.udaps), 101, 'one UDAP per département, overseas included');
select is(
  (select array_agg(code order by code) from public.udaps where code in ('2A', '2B', '971', '972', '973', '974', '976')),
  array['2A', '2B', '971', '972', '973', '974', '976'], 'Corsica and the overseas départements have their UDAP');

-- Studio shows comments as column descriptions: every column agents work with has one.
select is(
  (select array_agg(format('%s.%s', c.relname, a.attname) order by 1)
    from pg_attribute a join pg_class c on c.oid = a.attrelid
    where c.relnamespace = 'public'::regnamespace and c.relname in ('consultations', 'udaps', 'agents', 'attachments')
      and a.attnum > 0 and not a.attisdropped and a.attname <> 'id'
      and col_description(c.oid, a.attnum) is null),
  null, 'every column of the agents'' tables has a French comment');
select is(
  (select array_agg(c.relname::text) from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'v') and obj_description(c.oid) is null
      and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')),
  null, 'every table and view has a French comment');

select enum_has_labels('public', 'consultation_status',
  array['nouvelle', 'en_cours', 'complement_demande', 'repondue', 'classee_sans_suite', 'reorientee']);
select has_view('public', 'demandes_a_traiter', 'view of requests to handle');
select has_view('public', 'demandes_en_attente_du_demandeur', 'view of requests waiting for the applicant');
select has_view('public', 'synthese_mensuelle', 'monthly summary view');
select is(
  (select file_size_limit from storage.buckets where id = 'consultation-attachments'), 10485760::bigint,
  'the attachments bucket is limited to 10 MB a file');
select ok(
  not (select public from storage.buckets where id = 'consultation-attachments'), 'the attachments bucket is private');

select * from finish();
rollback;
