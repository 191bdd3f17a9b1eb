-- The agents' workspace (/espace-agent/): every read and write runs as the agent (role
-- authenticated, the agent's JWT claims), so these policies, column grants, triggers and
-- functions are the only authority. Nothing here relies on default privileges: each role gets
-- exactly what it uses.

-- New kinds of journal entries and emails (used only by function bodies below, at run time).
alter type public.consultation_event_kind add value if not exists 'qualification';
alter type public.consultation_event_kind add value if not exists 'complement_recu';
alter type public.outbox_kind add value if not exists 'complement_recu_agent';

-- Agents: an active flag (a deactivated agent loses access at their next call) and their visits.
alter table public.agents
  add column active boolean not null default true,
  add column last_visit_at timestamptz,
  add column previous_visit_at timestamptz;
comment on column public.agents.active is 'Faux si le responsable a désactivé l''agent : il n''a plus accès à rien.';
comment on column public.agents.last_visit_at is 'Début de la dernière session de l''agent.';
comment on column public.agents.previous_visit_at is 'Début de la session précédente : les demandes reçues depuis sont marquées « nouvelles ».';

-- Only an active agent has a UDAP: every policy built on this function closes at once.
create or replace function public.current_agent_udap() returns text
language sql stable security definer
set search_path = ''
as $$
  select a.udap_code from public.agents a where a.user_id = (select auth.uid()) and a.active
$$;
comment on function public.current_agent_udap() is 'UDAP de l''agent connecté et actif (null pour tout autre rôle).';
revoke all on function public.current_agent_udap() from public, anon;
grant execute on function public.current_agent_udap() to authenticated;

create function public.current_agent_is_responsable() returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (select 1 from public.agents a
    where a.user_id = (select auth.uid()) and a.active and a.role = 'responsable')
$$;
comment on function public.current_agent_is_responsable() is 'Vrai si l''agent connecté est responsable actif de son UDAP.';
revoke all on function public.current_agent_is_responsable() from public, anon, authenticated;
grant execute on function public.current_agent_is_responsable() to authenticated;

-- The responsable manages their UDAP's agents: invites (a row for an existing account), sets the
-- role, deactivates. Nobody changes their own row's UDAP or reaches another UDAP's agents.
grant insert (user_id, udap_code, display_name, role) on public.agents to authenticated;
grant update (display_name, role, active) on public.agents to authenticated;
create policy "agents: a responsable adds agents to their UDAP" on public.agents
  for insert to authenticated
  with check (udap_code = (select public.current_agent_udap()) and (select public.current_agent_is_responsable()));
create policy "agents: a responsable manages their UDAP's agents" on public.agents
  for update to authenticated
  using (udap_code = (select public.current_agent_udap()) and (select public.current_agent_is_responsable()))
  with check (udap_code = (select public.current_agent_udap()) and (select public.current_agent_is_responsable()));

-- A session's start: the previous one marks the requests received since.
create function public.agent_begin_visit() returns timestamptz
language sql volatile security definer
set search_path = ''
as $$
  update public.agents a set previous_visit_at = a.last_visit_at, last_visit_at = now()
  where a.user_id = (select auth.uid()) and a.active
  returning a.previous_visit_at
$$;
comment on function public.agent_begin_visit() is 'Début de session de l''agent connecté ; renvoie le début de la précédente.';
revoke all on function public.agent_begin_visit() from public, anon, authenticated;
grant execute on function public.agent_begin_visit() to authenticated;

-- The signed-in agent (null when the account is not an active agent).
create function public.agent_me() returns jsonb
language sql stable security invoker
set search_path = ''
as $$
  select jsonb_build_object('user_id', a.user_id, 'display_name', a.display_name, 'role', a.role,
    'udap_code', a.udap_code, 'udap_name', d.name, 'previous_visit_at', a.previous_visit_at)
  from public.agents a join public.udaps d on d.code = a.udap_code
  where a.user_id = (select auth.uid()) and a.active
$$;
comment on function public.agent_me() is 'L''agent connecté, son rôle et son UDAP.';
revoke all on function public.agent_me() from public, anon, authenticated;
grant execute on function public.agent_me() to authenticated;

-- Reply templates, per UDAP: every agent reads them, the responsable writes them.
create table public.reply_templates (
  id uuid primary key default gen_random_uuid(),
  udap_code text not null references public.udaps (code),
  title text not null check (char_length(btrim(title)) between 2 and 120),
  body text not null check (char_length(btrim(body)) between 1 and 20000),
  updated_at timestamptz not null default now(),
  unique (udap_code, title)
);
comment on table public.reply_templates is 'Modèles de réponse de chaque UDAP, écrits par son responsable.';
alter table public.reply_templates enable row level security;
revoke all on public.reply_templates from anon, authenticated, service_role;
grant select, insert, update, delete on public.reply_templates to service_role;
grant select, delete on public.reply_templates to authenticated;
grant insert (udap_code, title, body) on public.reply_templates to authenticated;
grant update (title, body) on public.reply_templates to authenticated;
create policy "reply_templates: agents read their UDAP's" on public.reply_templates
  for select to authenticated using (udap_code = (select public.current_agent_udap()));
create policy "reply_templates: a responsable adds" on public.reply_templates
  for insert to authenticated
  with check (udap_code = (select public.current_agent_udap()) and (select public.current_agent_is_responsable()));
create policy "reply_templates: a responsable edits" on public.reply_templates
  for update to authenticated
  using (udap_code = (select public.current_agent_udap()) and (select public.current_agent_is_responsable()))
  with check (udap_code = (select public.current_agent_udap()) and (select public.current_agent_is_responsable()));
create policy "reply_templates: a responsable deletes" on public.reply_templates
  for delete to authenticated
  using (udap_code = (select public.current_agent_udap()) and (select public.current_agent_is_responsable()));

-- Qualification changes go to the journal too, with the agent who made them (auth.uid()).
create function public.consultations_after_update_qualification() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  -- The RGPD purge empties the labels: that is no agent's qualification, and the journal keeps no trace of them.
  if old.purged_at is null and new.purged_at is not null then
    return null;
  end if;
  if new.priority is distinct from old.priority or new.labels is distinct from old.labels
     or new.confirmed_protections is distinct from old.confirmed_protections
     or new.internal_note is distinct from old.internal_note then
    perform public.record_consultation_event(new.id, 'qualification', false, p_details => jsonb_strip_nulls(jsonb_build_object(
      'priority', case when new.priority is distinct from old.priority then new.priority end,
      'labels', case when new.labels is distinct from old.labels then to_jsonb(new.labels) end,
      'confirmed_protections', case when new.confirmed_protections is distinct from old.confirmed_protections
        then to_jsonb(new.confirmed_protections) end,
      'internal_note', case when new.internal_note is distinct from old.internal_note then true end)));
  end if;
  return null;
end
$$;
revoke all on function public.consultations_after_update_qualification() from public, anon, authenticated;
create trigger consultations_after_update_qualification after update on public.consultations
  for each row execute function public.consultations_after_update_qualification();

-- The inbox of the signed-in agent's UDAP: one page of a tab, the counts of every tab, with the
-- same filters. Security invoker: row-level security decides what is seen.
create function public.agent_inbox(tab text default 'a_traiter', filters jsonb default '{}'::jsonb, page integer default 1)
returns jsonb
language plpgsql stable security invoker
set search_path = ''
as $$
declare
  v_page_size constant integer := 25;
  v_statuses text[];
  v_seen timestamptz;
  v_search text := nullif(btrim(filters ->> 'search'), '');
  v_udap text;
  v_counts jsonb;
  v_commune text := nullif(btrim(filters ->> 'commune'), '');
  v_result jsonb;
begin
  v_statuses := case tab
    when 'a_traiter' then array['nouvelle', 'en_cours']
    when 'en_attente' then array['complement_demande']
    when 'traitees' then array['repondue', 'classee_sans_suite', 'reorientee']
    when 'toutes' then null
    else array['?'] end;
  if v_statuses = array['?'] then
    raise exception 'Onglet inconnu : « % ».', tab using errcode = '22023';
  end if;
  if page < 1 then
    raise exception 'Numéro de page invalide : %.', page using errcode = '22023';
  end if;
  v_udap := public.current_agent_udap();
  if v_udap is null then
    return null;
  end if;
  select a.previous_visit_at into v_seen from public.agents a where a.user_id = (select auth.uid());
  v_search := replace(replace(replace(v_search, '\', '\\'), '%', '\%'), '_', '\_');
  v_commune := replace(replace(replace(v_commune, '\', '\\'), '%', '\%'), '_', '\_');

  -- Two queries with the same filters: the counts per status (an index-only scan without
  -- filters), and one page read in the order of the (udap_code, priority, created_at) index.
  select jsonb_build_object(
      'a_traiter', coalesce(sum(n) filter (where status in ('nouvelle', 'en_cours')), 0),
      'en_attente', coalesce(sum(n) filter (where status = 'complement_demande'), 0),
      'traitees', coalesce(sum(n) filter (where status in ('repondue', 'classee_sans_suite', 'reorientee')), 0),
      'toutes', coalesce(sum(n), 0))
    into v_counts
    from (select c.status, count(*) as n from public.consultations c
      where c.udap_code = v_udap and
      (filters ->> 'status' is null or c.status = (filters ->> 'status')::public.consultation_status)
      and (coalesce((filters ->> 'mine')::boolean, false) = false or c.assignee = (select auth.uid()))
      and (v_commune is null or c.commune ilike '%' || v_commune || '%')
      and (filters ->> 'works_type' is null or (filters ->> 'works_type')::public.works_type = any (c.works_types))
      and (filters ->> 'protection' is null
        or c.declared_protection = (filters ->> 'protection')::public.protection_kind
        or (filters ->> 'protection')::public.protection_kind = any (c.confirmed_protections))
      and (filters ->> 'from' is null or c.created_at >= (filters ->> 'from')::date)
      and (filters ->> 'to' is null or c.created_at < (filters ->> 'to')::date + 1)
      and (v_search is null or c.reference ilike v_search || '%' or c.last_name ilike '%' || v_search || '%'
        or c.first_name ilike '%' || v_search || '%' or c.commune ilike '%' || v_search || '%')
      group by c.status) per_status;

  with shown as (
    select c.reference, c.status, c.priority, c.created_at, c.commune, c.first_name, c.last_name,
      c.works_types, c.declared_protection, c.confirmed_protections, c.assignee, c.labels
    from public.consultations c
    where c.udap_code = v_udap and (v_statuses is null or c.status::text = any (v_statuses)) and
      (filters ->> 'status' is null or c.status = (filters ->> 'status')::public.consultation_status)
      and (coalesce((filters ->> 'mine')::boolean, false) = false or c.assignee = (select auth.uid()))
      and (v_commune is null or c.commune ilike '%' || v_commune || '%')
      and (filters ->> 'works_type' is null or (filters ->> 'works_type')::public.works_type = any (c.works_types))
      and (filters ->> 'protection' is null
        or c.declared_protection = (filters ->> 'protection')::public.protection_kind
        or (filters ->> 'protection')::public.protection_kind = any (c.confirmed_protections))
      and (filters ->> 'from' is null or c.created_at >= (filters ->> 'from')::date)
      and (filters ->> 'to' is null or c.created_at < (filters ->> 'to')::date + 1)
      and (v_search is null or c.reference ilike v_search || '%' or c.last_name ilike '%' || v_search || '%'
        or c.first_name ilike '%' || v_search || '%' or c.commune ilike '%' || v_search || '%')
    order by c.priority desc, c.created_at, c.reference
    limit v_page_size offset (page - 1) * v_page_size
  )
  select jsonb_build_object(
    'counts', v_counts,
    'page', page,
    'page_size', v_page_size,
    'previous_visit_at', v_seen,
    'rows', coalesce((select jsonb_agg(jsonb_build_object(
        'reference', s.reference, 'status', s.status, 'priority', s.priority, 'created_at', s.created_at,
        'commune', s.commune, 'applicant', nullif(concat_ws(' ', s.first_name, s.last_name), ''),
        'works_types', to_jsonb(s.works_types), 'declared_protection', s.declared_protection,
        'confirmed_protections', to_jsonb(s.confirmed_protections), 'labels', to_jsonb(s.labels),
        'assignee_name', ag.display_name, 'assigned_to_me', s.assignee = (select auth.uid()),
        'is_new', v_seen is not null and s.created_at > v_seen)
      order by s.priority desc, s.created_at, s.reference)
      from shown s left join public.agents ag on ag.user_id = s.assignee), '[]'::jsonb)
  ) into v_result;
  return v_result;
end
$$;
comment on function public.agent_inbox(text, jsonb, integer) is
  'Boîte de réception de l''UDAP de l''agent connecté : une page d''un onglet et le nombre de demandes de chaque onglet.';
revoke all on function public.agent_inbox(text, jsonb, integer) from public, anon, authenticated;
grant execute on function public.agent_inbox(text, jsonb, integer) to authenticated;

-- One request, as the agent sees it (null when row-level security hides it).
create function public.agent_consultation(reference text) returns jsonb
language sql stable security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'consultation', to_jsonb(c) - 'tracking_token_hash' - 'request_hash' - 'idempotency_key',
    'assignee_name', ag.display_name,
    'attachments', coalesce((select jsonb_agg(jsonb_build_object('id', a.id, 'file_name', a.file_name,
        'size_bytes', a.size_bytes, 'mime_type', a.mime_type, 'uploaded_at', a.uploaded_at) order by a.uploaded_at, a.id)
      from public.attachments a where a.consultation_id = c.id), '[]'::jsonb),
    'events', coalesce((select jsonb_agg(jsonb_build_object('id', e.id, 'kind', e.kind, 'from_status', e.from_status,
        'to_status', e.to_status, 'motivation', e.motivation, 'details', e.details,
        'visible_to_applicant', e.visible_to_applicant, 'actor_id', e.actor_id, 'actor_name', ea.display_name,
        'actor_role', e.actor_role, 'created_at', e.created_at) order by e.created_at, e.id)
      from public.consultation_events e left join public.agents ea on ea.user_id = e.actor_id
      where e.consultation_id = c.id), '[]'::jsonb),
    'colleagues', coalesce((select jsonb_agg(jsonb_build_object('user_id', o.user_id, 'display_name', o.display_name)
        order by o.display_name)
      from public.agents o where o.udap_code = c.udap_code and o.active), '[]'::jsonb),
    'templates', coalesce((select jsonb_agg(jsonb_build_object('id', t.id, 'title', t.title, 'body', t.body) order by t.title)
      from public.reply_templates t where t.udap_code = c.udap_code), '[]'::jsonb)
  )
  from public.consultations c
  left join public.agents ag on ag.user_id = c.assignee
  where c.reference = agent_consultation.reference
$$;
comment on function public.agent_consultation(text) is 'Une demande de l''UDAP de l''agent connecté, avec ses documents et son journal.';
revoke all on function public.agent_consultation(text) from public, anon, authenticated;
grant execute on function public.agent_consultation(text) to authenticated;

-- The agent's actions, as one update under their row-level security, column grants and the
-- status trigger (which refuses impossible transitions with its own message). Null: not theirs.
create function public.agent_update_consultation(reference text, changes jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  v_id uuid;
begin
  update public.consultations c set
    assignee = case when changes ? 'assignee' then (changes ->> 'assignee')::uuid else c.assignee end,
    priority = case when changes ? 'priority' then (changes ->> 'priority')::public.consultation_priority else c.priority end,
    labels = case when changes ? 'labels'
      then array(select jsonb_array_elements_text(changes -> 'labels')) else c.labels end,
    confirmed_protections = case when changes ? 'confirmed_protections'
      then array(select jsonb_array_elements_text(changes -> 'confirmed_protections'))::public.protection_kind[]
      else c.confirmed_protections end,
    internal_note = case when changes ? 'internal_note' then changes ->> 'internal_note' else c.internal_note end,
    answer_text = case when changes ? 'answer_text' then changes ->> 'answer_text' else c.answer_text end,
    status_motivation = case when changes ? 'motivation' then changes ->> 'motivation' else c.status_motivation end,
    status = case when changes ? 'status' then (changes ->> 'status')::public.consultation_status else c.status end
  where c.reference = agent_update_consultation.reference
  returning c.id into v_id;
  if v_id is null then
    return null;
  end if;
  return public.agent_consultation(reference);
end
$$;
comment on function public.agent_update_consultation(text, jsonb) is
  'Action d''un agent sur une demande de son UDAP (prise en charge, priorité, étiquettes, protections, note, statut).';
revoke all on function public.agent_update_consultation(text, jsonb) from public, anon, authenticated;
grant execute on function public.agent_update_consultation(text, jsonb) to authenticated;

-- A document, only if the agent may see its request: the server signs a short-lived URL after.
create function public.agent_attachment(attachment_id uuid) returns jsonb
language sql stable security invoker
set search_path = ''
as $$
  select jsonb_build_object('storage_path', a.storage_path, 'file_name', a.file_name, 'mime_type', a.mime_type)
  from public.attachments a where a.id = agent_attachment.attachment_id
$$;
comment on function public.agent_attachment(uuid) is 'Chemin d''un document, si l''agent connecté peut voir sa demande.';
revoke all on function public.agent_attachment(uuid) from public, anon, authenticated;
grant execute on function public.agent_attachment(uuid) to authenticated;

-- The applicant answers a complement request (through the functions, as service_role): the
-- answer goes to the journal (shown on both sides), the request goes back to en_cours, and the
-- assigned agent (else the UDAP's address) is told.
create function public.answer_complement(tracking_token_hash bytea, message text) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_row public.consultations;
  v_message text := btrim(answer_complement.message);
  v_recipient text;
begin
  select * into v_row from public.consultations c
    where c.tracking_token_hash = answer_complement.tracking_token_hash and c.purged_at is null
    for update;
  if not found then
    return null;
  end if;
  if v_row.status <> 'complement_demande' then
    return jsonb_build_object('accepted', false, 'status', v_row.status);
  end if;
  if v_message is null or char_length(v_message) not between 1 and 5000 then
    raise exception 'Le message doit compter de 1 à 5 000 caractères.' using errcode = '22023';
  end if;
  perform public.record_consultation_event(v_row.id, 'complement_recu', true,
    p_details => jsonb_build_object('message', v_message));
  update public.consultations set status = 'en_cours' where id = v_row.id;
  select coalesce(
    (select u.email from public.agents a join auth.users u on u.id = a.user_id
      where a.user_id = v_row.assignee and a.active),
    (select d.email from public.udaps d where d.code = v_row.udap_code)) into v_recipient;
  if v_recipient is not null then
    insert into public.outbox (consultation_id, kind, recipient, payload)
    values (v_row.id, 'complement_recu_agent', v_recipient,
      jsonb_build_object('reference', v_row.reference, 'commune', v_row.commune));
  end if;
  return jsonb_build_object('accepted', true, 'status', 'en_cours', 'reference', v_row.reference);
end
$$;
comment on function public.answer_complement(bytea, text) is
  'Réponse du demandeur à une demande de complément : journal, retour à « en_cours », e-mail à l''agent chargé.';
revoke all on function public.answer_complement(bytea, text) from public, anon, authenticated;
grant execute on function public.answer_complement(bytea, text) to service_role;

-- The local sign-in (npm start, never Supabase): the account of an active agent, by email.
create function public.local_agent_account(email text) returns uuid
language sql stable security definer
set search_path = ''
as $$
  select u.id from auth.users u join public.agents a on a.user_id = u.id
  where lower(u.email) = lower(btrim(local_agent_account.email)) and a.active
$$;
comment on function public.local_agent_account(text) is 'Compte d''un agent actif, par son e-mail (connexion locale uniquement).';
revoke all on function public.local_agent_account(text) from public, anon, authenticated;
grant execute on function public.local_agent_account(text) to service_role;

-- The indexes of the inbox: a UDAP's requests by priority and age.
create index consultations_udap_priority_idx on public.consultations (udap_code, priority desc, created_at);

-- The responsable's export of their UDAP's requests for a period (no documents): rows for a CSV.
create function public.agent_export(from_date date, to_date date) returns jsonb
language plpgsql stable security invoker
set search_path = ''
as $$
begin
  if not public.current_agent_is_responsable() then
    raise exception 'Seul le responsable de l''UDAP peut exporter ses demandes.' using errcode = '42501';
  end if;
  if to_date < from_date or to_date - from_date > 3700 then
    raise exception 'Période invalide : du % au %.', from_date, to_date using errcode = '22023';
  end if;
  return coalesce((
    select jsonb_agg(jsonb_build_object(
      'reference', c.reference, 'created_at', c.created_at, 'status', c.status, 'priority', c.priority,
      'applicant_kind', c.applicant_kind, 'first_name', c.first_name, 'last_name', c.last_name,
      'email', c.email, 'phone', c.phone, 'address', c.address, 'postcode', c.postcode, 'commune', c.commune,
      'works_types', array_to_string(c.works_types::text[], ', '), 'declared_protection', c.declared_protection,
      'confirmed_protections', array_to_string(c.confirmed_protections::text[], ', '),
      'labels', array_to_string(c.labels, ', '), 'assignee', ag.display_name, 'description', c.description,
      'answered_at', c.answered_at, 'closed_at', c.closed_at) order by c.created_at, c.reference)
    from public.consultations c left join public.agents ag on ag.user_id = c.assignee
    where c.udap_code = public.current_agent_udap()
      and c.created_at >= from_date and c.created_at < to_date + 1), '[]'::jsonb);
end
$$;
comment on function public.agent_export(date, date) is 'Demandes de l''UDAP du responsable connecté reçues sur une période, pour l''export CSV.';
revoke all on function public.agent_export(date, date) from public, anon, authenticated;
grant execute on function public.agent_export(date, date) to authenticated;
