-- pgTAP: the applicant's tracking view, document limits, the outbox and the RGPD purge.
begin;
create extension if not exists pgtap;
\ir helpers/pgtap-helpers.sql
select no_plan();

create temp table r as select public.submit_consultation(pg_temp.payload(), sha256('jeton-de-suivi'::bytea), 'http://localhost/suivi/#j') ->> 'reference' as reference;

-- Tracking: what the applicant may see, nothing else.
select is(public.consultation_tracking(sha256('jeton-de-suivi'::bytea)) ->> 'reference', (select reference from r), 'the token finds the request');
select is(public.consultation_tracking(sha256('mauvais-jeton'::bytea)), null, 'a wrong token finds nothing');
select is(
  (select array_agg(k order by k) from jsonb_object_keys(public.consultation_tracking(sha256('jeton-de-suivi'::bytea))) k),
  array['answer', 'answered_at', 'attachments', 'created_at', 'reference', 'status', 'timeline', 'udap', 'updated_at'],
  'the tracking view holds no personal data of the request');
select is(public.consultation_tracking(sha256('jeton-de-suivi'::bytea)) -> 'timeline' -> 0 ->> 'kind', 'creation', 'the timeline starts with the creation');

-- Documents: 10 at most, 10 MB each, 30 MB in all, photos and PDF only.
-- The API reserves each upload before issuing its URL: a path not reserved is refused.
create function pg_temp.reserved(p_token bytea, p_extension text, p_size integer) returns text
language sql as $$
  insert into public.attachment_uploads (storage_path, consultation_id, size_bytes, expires_at)
  select format('%s/%s.%s', c.id, gen_random_uuid(), p_extension), c.id, least(p_size, 10485760), now() + interval '1 hour'
  from public.consultations c where c.tracking_token_hash = p_token
  returning storage_path
$$;
create function pg_temp.attach(p_size integer, p_mime text default 'image/jpeg') returns text
language plpgsql as $$
begin
  perform public.record_attachment(sha256('jeton-de-suivi'::bytea),
    pg_temp.reserved(sha256('jeton-de-suivi'::bytea), 'jpg', p_size), 'photo.jpg', p_size, p_mime);
  return 'ok';
exception when others then
  return sqlerrm;
end
$$;
create function pg_temp.attach_unreserved() returns text
language plpgsql as $$
begin
  perform public.record_attachment(sha256('jeton-de-suivi'::bytea),
    format('%s/%s.jpg', (select id from public.consultations where reference = (select reference from r)), gen_random_uuid()),
    'photo.jpg', 1, 'image/jpeg');
  return 'ok';
exception when others then
  return sqlerrm;
end
$$;
select is(pg_temp.attach(10485760), 'ok', 'a 10 MB photo is accepted');
select is(pg_temp.attach_unreserved(), 'confirm: Ce document n''appartient pas à cette demande.', 'a path never reserved is refused');
select is(pg_temp.attach(10485761), 'new row for relation "attachments" violates check constraint "attachments_size_bytes_check"',
  'an 11 MB file is refused');
select is(pg_temp.attach(1000, 'application/zip'), 'new row for relation "attachments" violates check constraint "attachments_mime_type_check"',
  'a ZIP file is refused');
select is(pg_temp.attach(10485760), 'ok', 'a second 10 MB photo is accepted');
select is(pg_temp.attach(10485760), 'ok', 'a third one reaches 30 MB');
select is(pg_temp.attach(1), 'file: 30 Mo au plus pour l''ensemble des documents', 'nothing more past 30 MB');
select is((select count(*)::int from public.consultation_events e join public.consultations c on c.id = e.consultation_id
  where c.reference = (select reference from r) and e.kind = 'piece_ajoutee'), 3, 'each document is journaled');
create temp table r2 as select public.submit_consultation(pg_temp.payload(), sha256('second'::bytea)) ->> 'reference' as reference;
select is((select count(*)::int from generate_series(1, 11) i
  where public.record_attachment(sha256('second'::bytea), pg_temp.reserved(sha256('second'::bytea), 'pdf', 100),
    'plan.pdf', 100, 'application/pdf')
  is not null and i <= 10), 10, 'ten documents fit');
select throws_ok($$select public.record_attachment(sha256('second'::bytea), 'x', 'plan.pdf', 100, 'application/pdf')$$,
  '22023', 'file: 10 documents au plus par demande', 'the eleventh is refused');

-- Outbox: claimed, retried later on failure, secrets dropped once sent.
create temp table claimed as select * from public.outbox_claim(100);
select ok((select count(*) from claimed) >= 2, 'pending emails are claimed');
select is((select count(*)::int from public.outbox_claim(100)), 0, 'a claimed email waits before being claimed again');
select public.outbox_mark_failed((select min(id) from claimed), 'SMTP 451 try again later');
select is((select last_error from public.outbox where id = (select min(id) from claimed)), 'SMTP 451 try again later', 'a failure is recorded');
select public.outbox_mark_sent((select min(id) from claimed));
select ok((select sent_at is not null and not payload ? 'tracking_url' from public.outbox where id = (select min(id) from claimed)),
  'once sent, the tracking link leaves the outbox');
select is((select array_agg(kind::text order by id) from public.consultation_events where kind in ('email_envoye', 'email_echec')),
  array['email_echec', 'email_envoye'], 'sending and failures are journaled');

-- Purge: personal data goes, statistics stay, files are listed for deletion.
update public.consultations set purge_after = now() - interval '1 day' where reference = (select reference from r);
create temp table purged as select * from public.purge_expired_personal_data() as path;
select is((select count(*)::int from purged), 3, 'the purge returns the stored files to delete');
select is(
  (select row(first_name, last_name, email, phone, address, description)::text from public.consultations where reference = (select reference from r)),
  '(,,,,,)', 'the applicant''s personal data is gone');
select ok((select purged_at is not null and commune = 'Lyon' and works_types = '{menuiseries}' from public.consultations
  where reference = (select reference from r)), 'what statistics need stays');
select is((select count(*)::int from public.attachments a join public.consultations c on c.id = a.consultation_id
  where c.reference = (select reference from r)), 0, 'the documents'' rows are removed');
select is(public.consultation_tracking(sha256('jeton-de-suivi'::bytea)), null, 'the tracking link stops working');
select is((select count(*)::int from public.purge_expired_personal_data()), 0, 'a second purge finds nothing');
select is((select kind::text from public.consultation_events e join public.consultations c on c.id = e.consultation_id
  where c.reference = (select reference from r) order by e.id desc limit 1), 'purge', 'the purge is journaled');

select * from finish();
rollback;
