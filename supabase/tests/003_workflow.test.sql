-- pgTAP: every status transition, the motif and answer rules, and the append-only journal.
begin;
create extension if not exists pgtap;
\ir helpers/pgtap-helpers.sql
select no_plan();

-- Every pair of distinct statuses, tried on a real request; the expected list is the lifecycle.
select is(pg_temp.move(pg_temp.request_in(f), t),
  (f::text, t::text) in (
    ('nouvelle', 'en_cours'), ('nouvelle', 'classee_sans_suite'), ('nouvelle', 'reorientee'),
    ('en_cours', 'complement_demande'), ('en_cours', 'repondue'), ('en_cours', 'classee_sans_suite'),
    ('en_cours', 'reorientee'), ('complement_demande', 'en_cours'), ('complement_demande', 'classee_sans_suite')),
  format('%s → %s', f, t))
from unnest(enum_range(null::public.consultation_status)) f, unnest(enum_range(null::public.consultation_status)) t
where f <> t;

create temp table r as select pg_temp.request_in('en_cours') as id;
select throws_ok(format($$update public.consultations set status = 'complement_demande' where id = %L$$, (select id from r)),
  '23514', 'Indiquez d''abord le motif (colonne status_motivation) avant de passer la demande à « complement_demande ».',
  'asking for more needs a motif');
select throws_ok(format($$update public.consultations set status = 'repondue' where id = %L$$, (select id from r)),
  '23514', 'Écrivez d''abord la réponse (colonne answer_text) avant de passer la demande à « repondue ».',
  'answering needs an answer');
select throws_ok(format($$update public.consultations set status = 'nouvelle' where id = %L$$, (select id from r)),
  '23514', 'Changement de statut impossible : de « en_cours » à « nouvelle ».', 'a refused transition says which one');

update public.consultations set status_motivation = 'Merci d''envoyer une photo de la façade.' where id = (select id from r);
update public.consultations set status = 'complement_demande' where id = (select id from r);
select is((select motivation from public.consultation_events where consultation_id = (select id from r) and to_status = 'complement_demande'),
  'Merci d''envoyer une photo de la façade.', 'the motif goes to the journal');
select is((select status_motivation from public.consultations where id = (select id from r)), null, '… and the column is emptied for the next change');
select is((select payload ->> 'motivation' from public.outbox where consultation_id = (select id from r) and kind = 'changement_statut'
    and payload ->> 'status' = 'complement_demande'),
  'Merci d''envoyer une photo de la façade.', 'the applicant is told what is missing');

update public.consultations set status = 'en_cours' where id = (select id from r);
update public.consultations set answer_text = 'Votre projet est compatible ; préférez le bois peint.' where id = (select id from r);
update public.consultations set status = 'repondue' where id = (select id from r);
select ok((select answered_at is not null and closed_at is not null from public.consultations where id = (select id from r)),
  'answering dates the answer and closes the request');
select ok((select purge_after <= now() + interval '12 months' from public.consultations where id = (select id from r)),
  'personal data is kept 12 months after closing');
select is((select payload ->> 'answer' from public.outbox where consultation_id = (select id from r) and kind = 'reponse'),
  'Votre projet est compatible ; préférez le bois peint.', 'the answer is emailed');
select throws_ok(format($$update public.consultations set answer_text = 'autre' where id = %L$$, (select id from r)),
  '23514', 'La réponse a déjà été envoyée : elle ne peut plus être modifiée.', 'a sent answer cannot change');

-- What must never change or disappear.
select throws_ok(format($$update public.consultations set reference = '69-2000-00001' where id = %L$$, (select id from r)),
  '42501', null, 'the reference cannot change');
select throws_ok(format($$delete from public.consultations where id = %L$$, (select id from r)),
  '42501', 'Une demande ne peut pas être supprimée : classez-la sans suite. Ses données personnelles seront effacées à la date prévue (purge_after).',
  'a request cannot be deleted, even in Studio');
select throws_ok($$update public.consultation_events set motivation = 'réécrit'$$, '42501',
  'Le journal des demandes ne peut être ni modifié ni effacé.', 'the journal cannot be rewritten');
select throws_ok($$delete from public.consultation_events$$, '42501', null, 'the journal cannot be erased');
select is((select array_agg(coalesce(to_status::text, kind::text) order by id) from public.consultation_events where consultation_id = (select id from r)),
  array['nouvelle', 'en_cours', 'complement_demande', 'en_cours', 'repondue'], 'the journal holds the whole story');
select is((select actor_role from public.consultation_events where consultation_id = (select id from r) order by id desc limit 1),
  session_user::text, 'a change made in Studio is journaled with the database role');

-- Assignment only to an agent of the request's UDAP.
insert into auth.users (id, email) values ('11111111-1111-4111-8111-111111111111', 'agent.69@example.fr'),
  ('22222222-2222-4222-8222-222222222222', 'agent.13@example.fr');
insert into public.agents (user_id, udap_code, display_name) values
  ('11111111-1111-4111-8111-111111111111', '69', 'Agent du Rhône'), ('22222222-2222-4222-8222-222222222222', '13', 'Agent des Bouches-du-Rhône');
create temp table r2 as select pg_temp.submit() as id;
select lives_ok(format($$update public.consultations set assignee = '11111111-1111-4111-8111-111111111111' where id = %L$$, (select id from r2)),
  'a request can be assigned to an agent of its UDAP');
select is((select kind::text from public.consultation_events where consultation_id = (select id from r2) order by id desc limit 1),
  'assignation', '… which is journaled');
select throws_ok(format($$update public.consultations set assignee = '22222222-2222-4222-8222-222222222222' where id = %L$$, (select id from r2)),
  '23514', 'Cet agent n''appartient pas à l''UDAP de la demande.', 'not to an agent of another UDAP');

select * from finish();
rollback;
