-- pgTAP: the Supabase-compatibility bootstrap and the first migration, as agents and the API see them.
begin;
create extension if not exists pgtap;
select plan(18);

-- Bootstrap: what Supabase provides.
select has_role('anon');
select has_role('authenticated');
select has_role('service_role');
select has_function('auth', 'uid', array[]::text[], 'auth.uid() exists');
select has_function('auth', 'jwt', array[]::text[], 'auth.jwt() exists');
select is(
  (select auth.uid() from (select set_config('request.jwt.claims',
    '{"sub":"0b6d4f1e-7c59-4a3b-9d2e-5a8f1c3e7b90","role":"authenticated"}', true)) as claims),
  '0b6d4f1e-7c59-4a3b-9d2e-5a8f1c3e7b90'::uuid, 'auth.uid() reads the sub claim'
);

-- Schema.
select has_table('public', 'consultations', 'consultations table exists');
select ok((select relrowsecurity from pg_class where oid = 'public.consultations'::regclass), 'RLS is on for consultations');
select enum_has_labels('public', 'applicant_kind', array['particulier', 'professionnel', 'collectivite']);
select is(public.departement_from_postcode('20090'), '2A', 'Ajaccio is in Corse-du-Sud');
select is(public.departement_from_postcode('97600'), '976', 'Mayotte keeps its three-digit code');

-- The write path.
select matches(
  public.submit_consultation('{"applicant_kind":"particulier","first_name":"Camille","last_name":"Martin",
    "email":"camille@example.fr","address":"12 rue Saint-Jean","postcode":"69005","commune":"Lyon",
    "description":"Remplacement des fenêtres de la façade sur rue.","consent":true}'),
  '^69-\d{4}-\d{5}$',
  'submit_consultation answers a reference: département-année-numéro'
);
select is(
  (select commune from public.consultations where reference = (select max(reference) from public.consultations where departement = '69')),
  'Lyon',
  'the request is stored under that reference'
);
select throws_ok(
  $$select public.submit_consultation('{"applicant_kind":"particulier","first_name":"A","last_name":"B","email":"a@b.fr",
    "address":"1 rue","postcode":"98000","commune":"Monaco","description":"Une description assez longue.","consent":true}')$$,
  '22023', 'postcode: code postal invalide', 'a postcode outside the départements is refused'
);
select throws_ok(
  $$insert into public.consultations (reference, departement, applicant_kind, first_name, last_name, email, address,
      postcode, commune, description, consented_at)
    values ('69-2026-99999', '69', 'particulier', 'A', 'B', 'a@b.fr', '1 rue', '69001', 'Lyon', 'court', now())$$,
  '23514', null, 'the table itself refuses a description under 20 characters'
);

-- The public API roles see nothing and cannot write directly.
set local role anon;
select throws_ok('select * from public.consultations', '42501', null, 'anon cannot read requests');
select throws_ok($$select public.submit_consultation('{}')$$, '42501', null, 'anon cannot call submit_consultation');
reset role;
set local role authenticated;
select throws_ok('select count(*) from public.consultations', '42501', null, 'authenticated cannot read requests (yet)');
reset role;

select * from finish();
rollback;
