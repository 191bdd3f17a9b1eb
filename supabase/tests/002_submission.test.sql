-- pgTAP: routing, numbering, idempotency, journal and emails of a submission.
begin;
create extension if not exists pgtap;
\ir helpers/pgtap-helpers.sql
select no_plan();

-- Routing: the INSEE code decides, else the postcode; Corsica and overseas keep their codes.
select is(public.route_to_udap('69385', '69005'), '69', 'Lyon 5e → UDAP 69');
select is(public.route_to_udap(null, '20000'), '2A', 'postcode 20000 → Corse-du-Sud');
select is(public.route_to_udap(null, '20200'), '2B', 'postcode 20200 → Haute-Corse');
select is(public.route_to_udap('2B033', '20200'), '2B', 'Bastia by INSEE code');
select is(public.route_to_udap(null, '97600'), '976', 'Mayotte');
select is(public.route_to_udap('05077', '04200'), '05', 'the INSEE code wins over a postcode of another département');
select is(public.route_to_udap(null, '98000'), null, 'Monaco has no UDAP');

-- Numbering per UDAP and year, without gaps.
create function pg_temp.reference_of_new(overrides jsonb default '{}'::jsonb) returns text
language sql as $$
  select public.submit_consultation(pg_temp.payload(overrides), sha256(convert_to(gen_random_uuid()::text, 'UTF8'))) ->> 'reference'
$$;
create temp table year_now as select extract(year from now() at time zone 'Europe/Paris')::int as y;
select is(pg_temp.reference_of_new(), format('69-%s-00001', (select y from year_now)), 'first request of the year in the Rhône');
select is(pg_temp.reference_of_new(), format('69-%s-00002', (select y from year_now)), 'second one');
select is(pg_temp.reference_of_new('{"postcode":"20090","insee_code":"2A004","commune":"Ajaccio"}'),
  format('2A-%s-00001', (select y from year_now)), 'each UDAP has its own sequence');
select is(pg_temp.reference_of_new('{"insee_code":null,"postcode":"20200","commune":"Bastia"}'),
  format('2B-%s-00001', (select y from year_now)), 'a request without INSEE code is routed by its postcode');
select throws_ok($$select pg_temp.submit('{"description":"trop court"}')$$, '23514', null,
  'a description under 20 characters is refused by the table');
select is(pg_temp.reference_of_new(), format('69-%s-00003', (select y from year_now)), 'a refused submission gives its number back');
select throws_ok($$select pg_temp.submit('{"postcode":"98000","insee_code":null}')$$, '22023',
  'postcode: code postal ou commune hors des départements couverts', 'a place outside the départements is refused');
select throws_ok($$select pg_temp.submit('{"consent":false}')$$, '22023', 'consent: consentement manquant',
  'no consent, no request');

-- Idempotency: the same key and request answer the first reference; another request is refused.
create temp table first_try as select public.submit_consultation(pg_temp.payload(), sha256('a'::bytea),
  'http://localhost/suivi/#a', 'cle-1', sha256('requete-1'::bytea)) as r;
create temp table second_try as select public.submit_consultation(pg_temp.payload(), sha256('b'::bytea),
  'http://localhost/suivi/#b', 'cle-1', sha256('requete-1'::bytea)) as r;
select is((select r ->> 'reference' from second_try), (select r ->> 'reference' from first_try), 'a resent request answers the first reference');
select is((select (r ->> 'created')::boolean from second_try), false, '… and says it was not created again');
select is((select count(*)::int from public.consultations where idempotency_key = 'cle-1'), 1, '… and stores one row');
select is((select count(*)::int from public.outbox o join public.consultations c on c.id = o.consultation_id
  where c.idempotency_key = 'cle-1'), 1, '… and queues one acknowledgement');
select throws_ok($$select public.submit_consultation(pg_temp.payload('{"first_name":"Autre"}'), sha256('c'::bytea),
  null, 'cle-1', sha256('requete-2'::bytea))$$, 'DK409', null, 'the same key with another request is refused');

-- Journal and emails, in the same transaction.
create temp table sample as select pg_temp.submit() as id;
select is((select kind::text from public.consultation_events where consultation_id = (select id from sample)), 'creation',
  'the creation is journaled');
select is((select visible_to_applicant from public.consultation_events where consultation_id = (select id from sample)), true,
  '… and shown to the applicant');
select is((select recipient || ' ' || (payload ->> 'tracking_url') from public.outbox
  where consultation_id = (select id from sample) and kind = 'accuse_reception'),
  'camille@example.fr http://localhost/suivi/#jeton', 'an acknowledgement with the tracking link is queued');
select is((select count(*)::int from public.outbox where consultation_id = (select id from sample) and kind = 'nouvelle_demande_udap'), 0,
  'no notification to a UDAP without an email address');
update public.udaps set email = 'udap.test@example.fr' where code = '69';
create temp table notified as select pg_temp.submit() as id;
select is((select recipient from public.outbox where consultation_id = (select id from notified) and kind = 'nouvelle_demande_udap'),
  'udap.test@example.fr', 'the UDAP is notified once it has an address');

select * from finish();
rollback;
