-- Agents' workflow: status transitions enforced here (Studio's table editor included), an
-- append-only journal written by triggers, and emails queued to keep the applicant informed.

create type public.consultation_event_kind as enum
  ('creation', 'changement_statut', 'assignation', 'piece_ajoutee', 'email_envoye', 'email_echec', 'purge');
comment on type public.consultation_event_kind is 'Nature d''un événement du journal.';

create table public.consultation_events (
  id bigint generated always as identity primary key,
  consultation_id uuid not null references public.consultations (id),
  kind public.consultation_event_kind not null,
  from_status public.consultation_status,
  to_status public.consultation_status,
  motivation text,
  details jsonb not null default '{}'::jsonb,
  visible_to_applicant boolean not null default false,
  actor_id uuid,
  actor_role text not null,
  created_at timestamptz not null default now()
);
create index consultation_events_consultation_idx on public.consultation_events (consultation_id, created_at);
comment on table public.consultation_events is 'Journal des demandes, écrit automatiquement ; il ne peut être ni modifié ni effacé.';
comment on column public.consultation_events.kind is 'Création, changement de statut, assignation, pièce ajoutée, e-mail, purge.';
comment on column public.consultation_events.motivation is 'Motif saisi par l''agent lors du changement de statut.';
comment on column public.consultation_events.visible_to_applicant is 'Vrai si l''événement apparaît sur la page de suivi du demandeur.';
comment on column public.consultation_events.actor_id is 'Compte de l''agent, s''il y en a un.';
comment on column public.consultation_events.actor_role is 'Rôle de base de données ou de l''API à l''origine de l''événement.';

-- Who acts: the agent's account when the API carries one, else the database role (Studio: postgres).
create function public.record_consultation_event(
  p_consultation_id uuid, p_kind public.consultation_event_kind, p_visible boolean,
  p_from public.consultation_status default null, p_to public.consultation_status default null,
  p_motivation text default null, p_details jsonb default '{}'::jsonb
) returns void
language sql volatile security definer
set search_path = ''
as $$
  insert into public.consultation_events
    (consultation_id, kind, visible_to_applicant, from_status, to_status, motivation, details, actor_id, actor_role)
  values (p_consultation_id, p_kind, p_visible, p_from, p_to, p_motivation, p_details,
    auth.uid(), coalesce(nullif(auth.jwt() ->> 'role', ''), session_user));
$$;

create function public.consultation_transition_allowed(p_from public.consultation_status, p_to public.consultation_status)
returns boolean
language sql immutable
set search_path = ''
as $$
  select (p_from::text, p_to::text) in (
    ('nouvelle', 'en_cours'), ('nouvelle', 'classee_sans_suite'), ('nouvelle', 'reorientee'),
    ('en_cours', 'complement_demande'), ('en_cours', 'repondue'), ('en_cours', 'classee_sans_suite'), ('en_cours', 'reorientee'),
    ('complement_demande', 'en_cours'), ('complement_demande', 'classee_sans_suite')
  )
$$;
comment on function public.consultation_transition_allowed(public.consultation_status, public.consultation_status) is
  'Changements de statut permis : nouvelle → en_cours (ou classement, réorientation) ; en_cours ↔ complement_demande ; en_cours → repondue, classee_sans_suite, reorientee.';

create function public.consultations_before_update() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  v_next text;
begin
  if new.reference is distinct from old.reference or new.tracking_token_hash is distinct from old.tracking_token_hash
     or new.created_at is distinct from old.created_at or new.consented_at is distinct from old.consented_at
     or new.udap_code is distinct from old.udap_code then
    raise exception 'La référence, l''UDAP, le lien de suivi et les dates de création et de consentement ne peuvent pas être modifiés.'
      using errcode = '42501';
  end if;
  new.updated_at := now();

  if new.assignee is distinct from old.assignee and new.assignee is not null
     and not exists (select 1 from public.agents a where a.user_id = new.assignee and a.udap_code = new.udap_code) then
    raise exception 'Cet agent n''appartient pas à l''UDAP de la demande.' using errcode = '23514';
  end if;

  if new.status is distinct from old.status then
    if not public.consultation_transition_allowed(old.status, new.status) then
      select string_agg(s::text, ', ') into v_next
        from unnest(enum_range(null::public.consultation_status)) as s
        where public.consultation_transition_allowed(old.status, s);
      raise exception 'Changement de statut impossible : de « % » à « % ».', old.status, new.status
        using errcode = '23514',
              hint = coalesce('Statuts possibles depuis « ' || old.status || ' » : ' || v_next || '.', 'Cette demande est close.');
    end if;
    if new.status in ('complement_demande', 'classee_sans_suite', 'reorientee') and nullif(btrim(new.status_motivation), '') is null then
      raise exception 'Indiquez d''abord le motif (colonne status_motivation) avant de passer la demande à « % ».', new.status
        using errcode = '23514';
    end if;
    if new.status = 'repondue' and nullif(btrim(new.answer_text), '') is null then
      raise exception 'Écrivez d''abord la réponse (colonne answer_text) avant de passer la demande à « repondue ».'
        using errcode = '23514';
    end if;
    if new.status in ('repondue', 'classee_sans_suite', 'reorientee') then
      new.closed_at := now();
      new.purge_after := least(old.purge_after, now() + interval '12 months');
    end if;
    if new.status = 'repondue' then
      new.answered_at := now();
    end if;
    perform public.record_consultation_event(new.id, 'changement_statut', true, old.status, new.status,
      nullif(btrim(new.status_motivation), ''));
    if new.email is not null then
      insert into public.outbox (consultation_id, kind, recipient, payload)
      values (new.id, case when new.status = 'repondue' then 'reponse' else 'changement_statut' end::public.outbox_kind,
        new.email, jsonb_build_object('reference', new.reference, 'status', new.status,
          'motivation', nullif(btrim(new.status_motivation), ''), 'answer', new.answer_text));
    end if;
    new.status_motivation := null;
  elsif new.answer_text is distinct from old.answer_text and old.status = 'repondue' then
    raise exception 'La réponse a déjà été envoyée : elle ne peut plus être modifiée.' using errcode = '23514';
  end if;

  if new.assignee is distinct from old.assignee then
    perform public.record_consultation_event(new.id, 'assignation', false,
      p_details => jsonb_build_object('from', old.assignee, 'to', new.assignee));
  end if;
  return new;
end
$$;
create trigger consultations_before_update before update on public.consultations
  for each row execute function public.consultations_before_update();

create function public.consultations_after_insert() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  perform public.record_consultation_event(new.id, 'creation', true, p_to => new.status,
    p_details => jsonb_build_object('source', new.source));
  return null;
end
$$;
create trigger consultations_after_insert after insert on public.consultations
  for each row execute function public.consultations_after_insert();

create function public.refuse_delete_consultation() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception 'Une demande ne peut pas être supprimée : classez-la sans suite. Ses données personnelles seront effacées à la date prévue (purge_after).'
    using errcode = '42501';
end
$$;
create trigger consultations_no_delete before delete on public.consultations
  for each row execute function public.refuse_delete_consultation();

create function public.refuse_journal_change() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception 'Le journal des demandes ne peut être ni modifié ni effacé.' using errcode = '42501';
end
$$;
create trigger consultation_events_append_only before update or delete on public.consultation_events
  for each row execute function public.refuse_journal_change();
create trigger consultation_events_no_truncate before truncate on public.consultation_events
  for each statement execute function public.refuse_journal_change();

create function public.attachments_after_insert() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  perform public.record_consultation_event(new.consultation_id, 'piece_ajoutee', true,
    p_details => jsonb_build_object('file_name', new.file_name, 'size_bytes', new.size_bytes));
  return null;
end
$$;
create trigger attachments_after_insert after insert on public.attachments
  for each row execute function public.attachments_after_insert();

revoke execute on function public.record_consultation_event(uuid, public.consultation_event_kind, boolean,
  public.consultation_status, public.consultation_status, text, jsonb) from public, anon, authenticated;
