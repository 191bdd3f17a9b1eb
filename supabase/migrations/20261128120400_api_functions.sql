-- The functions the Netlify Functions call (as service_role): the only public write path.

-- Submission: routes, numbers, stores, journals and queues the emails in one transaction.
-- Idempotent: the same idempotency key with the same request answers the first reference (even
-- when both arrive at once); with another request it is refused (SQLSTATE DK409).
create function public.submit_consultation(
  payload jsonb, tracking_token_hash bytea, tracking_url text default null,
  idempotency_key text default null, request_hash bytea default null
) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  v_udap public.udaps;
  v_year integer := extract(year from now() at time zone 'Europe/Paris')::integer;
  v_number integer;
  v_row public.consultations;
begin
  select * into v_udap from public.udaps
    where code = public.route_to_udap(payload ->> 'insee_code', payload ->> 'postcode');
  if not found then
    raise exception using errcode = '22023', message = 'postcode: code postal ou commune hors des départements couverts';
  end if;
  if (payload ->> 'consent')::boolean is distinct from true then
    raise exception using errcode = '22023', message = 'consent: consentement manquant';
  end if;

  begin
    insert into public.reference_counters as c (udap_code, year, last_value)
    values (v_udap.code, v_year, 1)
    on conflict (udap_code, year) do update set last_value = c.last_value + 1
    returning c.last_value into v_number;

    insert into public.consultations (
      reference, udap_code, applicant_kind, first_name, last_name, email, phone,
      address, postcode, commune, insee_code, cadastral_reference, declared_protection, works_types,
      description, project_stage, answer_kind, consented_at, source, idempotency_key, request_hash, tracking_token_hash
    ) values (
      format('%s-%s-%s', v_udap.code, v_year, lpad(v_number::text, 5, '0')), v_udap.code,
      (payload ->> 'applicant_kind')::public.applicant_kind,
      payload ->> 'first_name', payload ->> 'last_name', payload ->> 'email', payload ->> 'phone',
      payload ->> 'address', payload ->> 'postcode', payload ->> 'commune', payload ->> 'insee_code',
      payload ->> 'cadastral_reference',
      coalesce(payload ->> 'declared_protection', 'je_ne_sais_pas')::public.protection_kind,
      array(select jsonb_array_elements_text(payload -> 'works_types'))::public.works_type[],
      payload ->> 'description', (payload ->> 'project_stage')::public.project_stage,
      coalesce(payload ->> 'answer_kind', 'ecrite')::public.answer_kind,
      now(), coalesce(payload ->> 'source', 'site'), submit_consultation.idempotency_key,
      submit_consultation.request_hash, submit_consultation.tracking_token_hash
    ) returning * into v_row;
  exception when unique_violation then
    -- The key was used first (perhaps by a concurrent twin, now committed): answer that request.
    select * into v_row from public.consultations c where c.idempotency_key = submit_consultation.idempotency_key;
    if not found then
      raise;
    end if;
    if v_row.request_hash is distinct from submit_consultation.request_hash then
      raise exception using errcode = 'DK409', message = 'cette clé d''idempotence a déjà servi pour une autre demande';
    end if;
    return jsonb_build_object('reference', v_row.reference, 'udap_code', v_row.udap_code, 'created', false);
  end;

  insert into public.outbox (consultation_id, kind, recipient, payload)
  values (v_row.id, 'accuse_reception', v_row.email, jsonb_build_object(
    'reference', v_row.reference, 'udap_name', v_udap.name, 'tracking_url', tracking_url,
    'answers', payload - 'consent' - 'source'));
  if v_udap.email is not null then
    insert into public.outbox (consultation_id, kind, recipient, payload)
    values (v_row.id, 'nouvelle_demande_udap', v_udap.email, jsonb_build_object(
      'reference', v_row.reference, 'commune', v_row.commune, 'works_types', v_row.works_types));
  end if;

  return jsonb_build_object('reference', v_row.reference, 'udap_code', v_row.udap_code, 'created', true);
end
$$;
comment on function public.submit_consultation(jsonb, bytea, text, text, bytea) is
  'Enregistre une demande : routage vers l''UDAP, numérotation, journal, e-mails à envoyer. Réservé au service_role.';

-- What the applicant may see through the tracking link: nothing personal beyond their own answer.
create function public.consultation_tracking(tracking_token_hash bytea) returns jsonb
language sql stable security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'reference', c.reference,
    'status', c.status,
    'created_at', c.created_at,
    'updated_at', c.updated_at,
    'answered_at', c.answered_at,
    'answer', case when c.status = 'repondue' then c.answer_text end,
    'udap', jsonb_build_object('name', u.name, 'email', u.email, 'phone', u.phone),
    'attachments', (select count(*) from public.attachments a where a.consultation_id = c.id),
    'timeline', coalesce((
      select jsonb_agg(jsonb_build_object('kind', e.kind, 'status', e.to_status, 'at', e.created_at,
        'motivation', case when e.to_status in ('complement_demande', 'reorientee', 'classee_sans_suite') then e.motivation end)
        order by e.created_at, e.id)
      from public.consultation_events e
      where e.consultation_id = c.id and e.visible_to_applicant), '[]'::jsonb)
  )
  from public.consultations c
  join public.udaps u on u.code = c.udap_code
  where c.tracking_token_hash = consultation_tracking.tracking_token_hash and c.purged_at is null
$$;
comment on function public.consultation_tracking(bytea) is 'Page de suivi du demandeur, par l''empreinte de son lien. Réservé au service_role.';

-- Before an upload: which request the token opens, and how much room is left in it.
create function public.attachment_target(tracking_token_hash bytea) returns jsonb
language sql stable security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'consultation_id', c.id,
    'closed', c.status in ('repondue', 'classee_sans_suite', 'reorientee'),
    'count', (select count(*) from public.attachments a where a.consultation_id = c.id),
    'total_bytes', (select coalesce(sum(a.size_bytes), 0) from public.attachments a where a.consultation_id = c.id))
  from public.consultations c
  where c.tracking_token_hash = attachment_target.tracking_token_hash and c.purged_at is null
$$;
comment on function public.attachment_target(bytea) is 'Demande ouverte par un lien de suivi, et place restante pour des documents. Réservé au service_role.';

-- Records a file already checked and stored; the limits are enforced here too.
create function public.record_attachment(
  tracking_token_hash bytea, storage_path text, file_name text, size_bytes integer, mime_type text
) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  v_consultation public.consultations;
  v_count integer;
  v_total bigint;
  v_id uuid;
begin
  select * into v_consultation from public.consultations c
    where c.tracking_token_hash = record_attachment.tracking_token_hash and c.purged_at is null
    for update;
  if not found then
    raise exception using errcode = 'P0002', message = 'demande introuvable';
  end if;
  if v_consultation.status in ('repondue', 'classee_sans_suite', 'reorientee') then
    raise exception using errcode = '22023', message = 'la demande est close : elle ne reçoit plus de documents';
  end if;
  select count(*), coalesce(sum(a.size_bytes), 0) into v_count, v_total
    from public.attachments a where a.consultation_id = v_consultation.id;
  if v_count >= 10 then
    raise exception using errcode = '22023', message = 'file: 10 documents au plus par demande';
  end if;
  if v_total + record_attachment.size_bytes > 31457280 then
    raise exception using errcode = '22023', message = 'file: 30 Mo au plus pour l''ensemble des documents';
  end if;
  insert into public.attachments (consultation_id, storage_path, file_name, size_bytes, mime_type)
  values (v_consultation.id, record_attachment.storage_path, record_attachment.file_name,
    record_attachment.size_bytes, record_attachment.mime_type)
  returning id into v_id;
  return jsonb_build_object('id', v_id, 'count', v_count + 1, 'total_bytes', v_total + record_attachment.size_bytes);
end
$$;
comment on function public.record_attachment(bytea, text, text, integer, text) is
  'Enregistre un document reçu (10 au plus, 30 Mo en tout). Réservé au service_role.';

-- RGPD: empties the personal data of requests past their date, keeps the anonymous rest for
-- statistics, and returns the storage paths of the files to delete.
create function public.purge_expired_personal_data() returns table (storage_path text)
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  v_id uuid;
begin
  for v_id in
    select c.id from public.consultations c where c.purge_after <= now() and c.purged_at is null for update
  loop
    return query delete from public.attachments a where a.consultation_id = v_id returning a.storage_path::text;
    delete from public.outbox o where o.consultation_id = v_id;
    update public.consultations c set
      first_name = null, last_name = null, email = null, phone = null, address = null,
      cadastral_reference = null, description = null, answer_text = null, internal_note = null,
      status_motivation = null, purged_at = now()
    where c.id = v_id;
    perform public.record_consultation_event(v_id, 'purge', false);
  end loop;
end
$$;
comment on function public.purge_expired_personal_data() is
  'Efface les données personnelles des demandes arrivées à leur date de purge ; renvoie les fichiers à supprimer.';

-- The sender's side of the outbox.
create function public.outbox_claim(max_rows integer default 20) returns setof public.outbox
language sql volatile security invoker
set search_path = ''
as $$
  update public.outbox o set attempts = o.attempts + 1,
    next_attempt_at = now() + least(interval '1 minute' * power(2, o.attempts), interval '1 day')
  where o.id in (
    select id from public.outbox where sent_at is null and next_attempt_at <= now()
    order by next_attempt_at limit max_rows for update skip locked)
  returning o.*
$$;
comment on function public.outbox_claim(integer) is 'Réserve des e-mails à envoyer (nouvel essai plus tard en cas d''échec).';

create function public.outbox_mark_sent(outbox_id bigint) returns void
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  v_row public.outbox;
begin
  -- The tracking link is a secret and the answers personal: they leave the database once sent.
  update public.outbox set sent_at = now(), last_error = null, payload = jsonb_build_object('reference', payload -> 'reference')
    where id = outbox_id returning * into v_row;
  if v_row.consultation_id is not null then
    perform public.record_consultation_event(v_row.consultation_id, 'email_envoye', false,
      p_details => jsonb_build_object('kind', v_row.kind));
  end if;
end
$$;

create function public.outbox_mark_failed(outbox_id bigint, error text) returns void
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  v_row public.outbox;
begin
  update public.outbox set last_error = left(error, 2000) where id = outbox_id returning * into v_row;
  if v_row.consultation_id is not null then
    perform public.record_consultation_event(v_row.consultation_id, 'email_echec', false,
      p_details => jsonb_build_object('kind', v_row.kind, 'attempts', v_row.attempts, 'error', left(error, 200)));
  end if;
end
$$;

-- What /api/health reports: the store answers, how many requests it holds, whether mail flows.
create function public.store_health() returns jsonb
language sql stable security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'consultations', (select count(*) from public.consultations),
    'pending_emails', (select count(*) from public.outbox where sent_at is null),
    'oldest_pending_email_minutes',
      (select floor(extract(epoch from now() - min(created_at)) / 60)::integer from public.outbox where sent_at is null))
$$;

revoke execute on function
  public.submit_consultation(jsonb, bytea, text, text, bytea), public.consultation_tracking(bytea),
  public.attachment_target(bytea), public.record_attachment(bytea, text, text, integer, text), public.purge_expired_personal_data(),
  public.outbox_claim(integer), public.outbox_mark_sent(bigint), public.outbox_mark_failed(bigint, text),
  public.store_health()
from public, anon, authenticated;
grant execute on function
  public.submit_consultation(jsonb, bytea, text, text, bytea), public.consultation_tracking(bytea),
  public.attachment_target(bytea), public.record_attachment(bytea, text, text, integer, text), public.purge_expired_personal_data(),
  public.outbox_claim(integer), public.outbox_mark_sent(bigint), public.outbox_mark_failed(bigint, text),
  public.store_health()
to service_role;
grant execute on function public.record_consultation_event(uuid, public.consultation_event_kind, boolean,
  public.consultation_status, public.consultation_status, text, jsonb) to service_role;
