-- pgTAP: after the RGPD purge, nothing personal stays in the journal or the outbox (a file
-- name, an SMTP error quoting the address, an agent's motivation with a name and a phone), and
-- the journal still refuses every other change.
begin;
create extension if not exists pgtap;
\ir helpers/pgtap-helpers.sql
select no_plan();

create temp table r as select pg_temp.submit('{"first_name":"Jean","last_name":"Dupont","email":"jean.dupont@example.fr"}') as id;
-- The API reserves each upload before issuing its URL, then records it.
with reserved as (
  insert into public.attachment_uploads (storage_path, consultation_id, size_bytes, expires_at)
  select format('%s/%s.pdf', c.id, gen_random_uuid()), c.id, 1000, now() + interval '1 hour'
  from public.consultations c where c.id = (select id from r)
  returning storage_path, consultation_id
)
select public.record_attachment(c.tracking_token_hash, reserved.storage_path,
  'passeport-jean-dupont.pdf', 1000, 'application/pdf')
  from reserved join public.consultations c on c.id = reserved.consultation_id;
select public.outbox_mark_failed(o.id, '550 5.1.1 <jean.dupont@example.fr>: Recipient address rejected')
  from public.outbox_claim(100) o where o.consultation_id = (select id from r);
update public.consultations set status = 'en_cours' where id = (select id from r);
update public.consultations set status_motivation = 'Rappeler M. Jean Dupont au 06 12 34 56 78 pour le plan', labels = '{dupont}'
  where id = (select id from r);
update public.consultations set status = 'complement_demande' where id = (select id from r);

create function pg_temp.personal(p_text text) returns boolean language sql as $$
  select p_text ~* 'dupont|jean\.|06 12 34 56 78'
$$;
select ok((select count(*) from public.consultation_events e where e.consultation_id = (select id from r)
  and pg_temp.personal(concat(e.motivation, e.details::text))) >= 3, 'before the purge, the journal holds the personal details');

create temp table kinds_before as select kind, count(*) from public.consultation_events
  where consultation_id = (select id from r) group by kind;
update public.consultations set purge_after = now() - interval '1 day' where id = (select id from r);
set local role service_role;
select set_config('request.jwt.claims', '{"role":"service_role"}', true);
create temp table purged as select * from public.purge_expired_personal_data();
reset role;

select is((select array_agg(e.kind::text order by e.id) from public.consultation_events e
    where e.consultation_id = (select id from r) and pg_temp.personal(concat(e.motivation, e.details::text))),
  null, 'after the purge, no event of the request holds a file name, an address, a name or a phone');
select is((select count(*)::int from public.consultation_events e where e.consultation_id = (select id from r) and e.motivation is not null),
  0, 'no free text stays in the journal');
select is((select count(*)::int from public.outbox o where o.consultation_id = (select id from r)
    or pg_temp.personal(concat(o.recipient, o.payload::text, o.last_error))),
  0, 'nothing of the request stays in the outbox');
select ok((select labels = '{}' from public.consultations where id = (select id from r)), 'the free labels are emptied too');
select set_eq($$select kind, count(*) from public.consultation_events where consultation_id = (select id from r) and kind <> 'purge' group by kind$$,
  $$select * from kinds_before$$, 'every event stays, for the statistics and the record');
select is((select details ->> 'size_bytes' from public.consultation_events where consultation_id = (select id from r) and kind = 'piece_ajoutee'),
  '1000', 'what is not personal stays');

-- The journal still refuses everything else.
create temp table live as select pg_temp.submit() as id;
update public.consultations set status_motivation = 'Motif', status = 'classee_sans_suite' where id = (select id from live);
select throws_ok($$update public.consultation_events set motivation = null where consultation_id = (select id from live)$$,
  '42501', null, 'the journal of a request not purged cannot be emptied');
select throws_ok($$update public.consultation_events set to_status = 'repondue' where consultation_id = (select id from r)$$,
  '42501', null, 'a purged request''s journal cannot be rewritten');
select throws_ok($$delete from public.consultation_events where consultation_id = (select id from r)$$,
  '42501', null, 'nor deleted');

select * from finish();
rollback;
