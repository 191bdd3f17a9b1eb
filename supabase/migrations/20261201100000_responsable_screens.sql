-- The responsable's screens of the agents' workspace: the team (invitations, roles,
-- deactivation), the UDAP's public contact details, the reply templates; and the redirection of
-- a request to another UDAP, which now moves it. As in 20261130130000, every call runs as the
-- agent (role authenticated, their JWT claims): these functions, policies and triggers decide.

-- 1. The team ---------------------------------------------------------------------------------

alter table public.agents
  add column invited_at timestamptz,
  add column invited_by uuid references auth.users (id) on delete set null;
comment on column public.agents.invited_at is 'Date de l''invitation envoyée par le responsable (null pour un agent ajouté autrement).';
comment on column public.agents.invited_by is 'Responsable qui a invité l''agent.';

-- A responsable manages their UDAP's agents, never their own row: a UDAP keeps the responsable
-- who acts, and nobody locks themselves out or promotes themselves. (The policies of
-- 20261130130000 already keep each responsable inside their own UDAP.)
create function public.agents_before_update() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if new.user_id is distinct from old.user_id or new.udap_code is distinct from old.udap_code then
    raise exception 'Le compte et l''UDAP d''un agent ne peuvent pas être modifiés.' using errcode = '42501';
  end if;
  if (select auth.uid()) = old.user_id
     and (new.role is distinct from old.role or new.active is distinct from old.active) then
    raise exception 'Vous ne pouvez pas changer votre propre rôle ni désactiver votre propre compte : demandez-le à un autre responsable ou à l''équipe nationale.'
      using errcode = '42501';
  end if;
  return new;
end
$$;
comment on function public.agents_before_update() is 'Refuse qu''un agent change son propre rôle ou se désactive, et tout changement de compte ou d''UDAP.';
revoke all on function public.agents_before_update() from public, anon, authenticated, service_role;
create trigger agents_before_update before update on public.agents
  for each row execute function public.agents_before_update();

-- The responsable's view of the team: names, emails (from auth.users), roles, state.
create function public.agent_team() returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
  v_udap text := public.current_agent_udap();
begin
  if v_udap is null or not public.current_agent_is_responsable() then
    raise exception 'Seul le responsable de l''UDAP peut gérer son équipe.' using errcode = '42501';
  end if;
  return coalesce((
    select jsonb_agg(jsonb_build_object('user_id', a.user_id, 'display_name', a.display_name, 'email', u.email,
        'role', a.role, 'active', a.active, 'invited_at', a.invited_at, 'last_visit_at', a.last_visit_at,
        'is_me', a.user_id = (select auth.uid()))
      order by a.active desc, a.display_name)
    from public.agents a join auth.users u on u.id = a.user_id
    where a.udap_code = v_udap), '[]'::jsonb);
end
$$;
comment on function public.agent_team() is 'Agents de l''UDAP du responsable connecté, avec leur adresse e-mail.';
revoke all on function public.agent_team() from public, anon, authenticated, service_role;
grant execute on function public.agent_team() to authenticated;

-- Before an invitation is sent (Supabase Auth's admin invite, or the local issuer): the database
-- says whether the caller may invite this person. Nothing is written yet.
create function public.agent_check_invitation(email text, display_name text, role text) returns text
language plpgsql stable security definer
set search_path = ''
as $$
declare
  v_udap text := public.current_agent_udap();
  v_existing text;
begin
  if v_udap is null or not public.current_agent_is_responsable() then
    raise exception 'Seul le responsable de l''UDAP peut inviter des agents.' using errcode = '42501';
  end if;
  if char_length(btrim(coalesce(agent_check_invitation.display_name, ''))) not between 2 and 100 then
    raise exception 'Nom : de 2 à 100 caractères.' using errcode = '22023';
  end if;
  if coalesce(agent_check_invitation.role, '') not in ('agent', 'responsable') then
    raise exception 'Rôle : « agent » ou « responsable ».' using errcode = '22023';
  end if;
  if coalesce(agent_check_invitation.email, '') !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'
     or char_length(agent_check_invitation.email) > 254 then
    raise exception 'Adresse e-mail : indiquez une adresse valide.' using errcode = '22023';
  end if;
  select a.udap_code into v_existing from public.agents a join auth.users u on u.id = a.user_id
    where lower(u.email) = lower(btrim(agent_check_invitation.email));
  if v_existing is not null then
    raise exception 'Adresse e-mail : cette personne est déjà agent %.',
      case when v_existing = v_udap then 'de votre UDAP' else 'd''une autre UDAP' end
      using errcode = '23505';
  end if;
  return v_udap;
end
$$;
comment on function public.agent_check_invitation(text, text, text) is
  'Vérifie, avant l''envoi d''une invitation, que l''agent connecté est responsable et que l''adresse n''est pas déjà celle d''un agent.';
revoke all on function public.agent_check_invitation(text, text, text) from public, anon, authenticated, service_role;
grant execute on function public.agent_check_invitation(text, text, text) to authenticated;

-- After the invitation: the account Auth created (or the local account) becomes an agent of the
-- responsable's UDAP. The same checks again, and the account must be the invited address.
create function public.agent_add_invited(user_id uuid, email text, display_name text, role text) returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_udap text := public.agent_check_invitation(email, display_name, role);
begin
  if not exists (select 1 from auth.users u where u.id = agent_add_invited.user_id
                 and lower(u.email) = lower(btrim(agent_add_invited.email))) then
    raise exception 'Ce compte ne correspond pas à l''adresse invitée.' using errcode = '22023';
  end if;
  insert into public.agents (user_id, udap_code, display_name, role, invited_at, invited_by)
  values (agent_add_invited.user_id, v_udap, btrim(agent_add_invited.display_name), agent_add_invited.role::public.agent_role,
    now(), (select auth.uid()));
  return public.agent_team();
end
$$;
comment on function public.agent_add_invited(uuid, text, text, text) is
  'Ajoute à l''UDAP du responsable connecté le compte qui vient d''être invité.';
revoke all on function public.agent_add_invited(uuid, text, text, text) from public, anon, authenticated, service_role;
grant execute on function public.agent_add_invited(uuid, text, text, text) to authenticated;

-- A role or the active flag, under the agents' policies (responsable, same UDAP) and the trigger.
create function public.agent_update_member(member uuid, changes jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  v_found uuid;
begin
  if not public.current_agent_is_responsable() then
    raise exception 'Seul le responsable de l''UDAP peut gérer son équipe.' using errcode = '42501';
  end if;
  if changes ? 'role' and coalesce(changes ->> 'role', '') not in ('agent', 'responsable') then
    raise exception 'Rôle : « agent » ou « responsable ».' using errcode = '22023';
  end if;
  update public.agents a set
    role = case when changes ? 'role' then (changes ->> 'role')::public.agent_role else a.role end,
    active = case when changes ? 'active' then (changes ->> 'active')::boolean else a.active end
  where a.user_id = agent_update_member.member
  returning a.user_id into v_found;
  if v_found is null then
    return null;
  end if;
  return public.agent_team();
end
$$;
comment on function public.agent_update_member(uuid, jsonb) is 'Change le rôle d''un agent de l''UDAP, le désactive ou le réactive (responsable seulement).';
revoke all on function public.agent_update_member(uuid, jsonb) from public, anon, authenticated, service_role;
grant execute on function public.agent_update_member(uuid, jsonb) to authenticated;

-- The policies of 20261130130000 test current_agent_is_responsable() already; the UDAP update
-- policy of 20261128120500 did not require an active responsable: it does now.
drop policy "udaps: a responsable updates their UDAP" on public.udaps;
create policy "udaps: a responsable updates their UDAP" on public.udaps
  for update to authenticated
  using (code = (select public.current_agent_udap()) and (select public.current_agent_is_responsable()))
  with check (code = (select public.current_agent_udap()) and (select public.current_agent_is_responsable()));

-- Locally only (npm start, tests: never with Supabase Auth): the account an invitation creates.
create function public.local_invite_account(email text) returns uuid
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_id uuid;
begin
  select u.id into v_id from auth.users u where lower(u.email) = lower(btrim(local_invite_account.email));
  if v_id is null then
    insert into auth.users (email) values (lower(btrim(local_invite_account.email))) returning id into v_id;
  end if;
  return v_id;
end
$$;
comment on function public.local_invite_account(text) is 'Compte local d''une adresse invitée (connexion locale uniquement, jamais avec Supabase Auth).';
revoke all on function public.local_invite_account(text) from public, anon, authenticated, service_role;
grant execute on function public.local_invite_account(text) to service_role;

-- 2. The UDAP's public contact details ---------------------------------------------------------

alter table public.udaps add column contact_published_at timestamptz;
comment on column public.udaps.contact_published_at is
  'Date à laquelle le responsable de l''UDAP a publié ses coordonnées depuis l''espace agent (null : jamais).';

-- A change of the contact details made by an agent (the responsable) is dated as published by
-- the UDAP; the national team's changes (Studio, migrations) are not.
create function public.udaps_before_update() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if (new.email, new.phone, new.address, new.opening) is distinct from (old.email, old.phone, old.address, old.opening) then
    new.updated_at := now();
    if (select auth.uid()) is not null then
      new.contact_published_at := now();
    end if;
  end if;
  return new;
end
$$;
revoke all on function public.udaps_before_update() from public, anon, authenticated, service_role;
create trigger udaps_before_update before update on public.udaps
  for each row execute function public.udaps_before_update();

-- The UDAP of the signed-in agent, with its contact details (every agent reads them).
create function public.agent_udap() returns jsonb
language sql stable security invoker
set search_path = ''
as $$
  select jsonb_build_object('code', u.code, 'name', u.name, 'email', u.email, 'phone', u.phone,
    'address', u.address, 'opening', u.opening, 'active', u.active, 'contact_published_at', u.contact_published_at)
  from public.udaps u where u.code = (select public.current_agent_udap())
$$;
comment on function public.agent_udap() is 'UDAP de l''agent connecté et ses coordonnées publiques.';
revoke all on function public.agent_udap() from public, anon, authenticated, service_role;
grant execute on function public.agent_udap() to authenticated;

-- The responsable publishes the contact details: an update under the UDAP's policy and the
-- table's checks; an empty field is cleared.
create function public.agent_update_udap_contact(contact jsonb) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  v_code text;
begin
  if not public.current_agent_is_responsable() then
    raise exception 'Seul le responsable de l''UDAP peut modifier ses coordonnées.' using errcode = '42501';
  end if;
  update public.udaps u set
    email = nullif(btrim(contact ->> 'email'), ''),
    phone = nullif(btrim(contact ->> 'phone'), ''),
    address = nullif(btrim(contact ->> 'address'), ''),
    opening = nullif(btrim(contact ->> 'opening'), '')
  where u.code = (select public.current_agent_udap())
  returning u.code into v_code;
  if v_code is null then
    return null;
  end if;
  return public.agent_udap();
end
$$;
comment on function public.agent_update_udap_contact(jsonb) is 'Le responsable publie les coordonnées de son UDAP (adresse, téléphone, e-mail, horaires).';
revoke all on function public.agent_update_udap_contact(jsonb) from public, anon, authenticated, service_role;
grant execute on function public.agent_update_udap_contact(jsonb) to authenticated;

-- What /contacter-votre-udap/ shows: the details each UDAP published itself, dated. Public data.
create function public.published_udap_contacts() returns jsonb
language sql stable security definer
set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object('code', u.code, 'email', u.email, 'phone', u.phone,
      'address', u.address, 'opening', u.opening, 'published_at', u.contact_published_at) order by u.code), '[]'::jsonb)
  from public.udaps u where u.contact_published_at is not null
$$;
comment on function public.published_udap_contacts() is 'Coordonnées publiées par les UDAP elles-mêmes, avec leur date (données publiques).';
revoke all on function public.published_udap_contacts() from public, anon, authenticated, service_role;
grant execute on function public.published_udap_contacts() to service_role;

-- 3. Reply templates (the table and its policies are in 20261130130000) -------------------------

create function public.agent_templates() returns jsonb
language sql stable security invoker
set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object('id', t.id, 'title', t.title, 'body', t.body, 'updated_at', t.updated_at)
    order by t.title), '[]'::jsonb)
  from public.reply_templates t
$$;
comment on function public.agent_templates() is 'Modèles de réponse de l''UDAP de l''agent connecté.';
revoke all on function public.agent_templates() from public, anon, authenticated, service_role;
grant execute on function public.agent_templates() to authenticated;

-- Creates (id null) or edits a template, under the responsable-only policies; null: not theirs.
create function public.agent_save_template(id uuid, title text, body text) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  v_id uuid;
begin
  if not public.current_agent_is_responsable() then
    raise exception 'Seul le responsable de l''UDAP peut écrire les modèles de réponse.' using errcode = '42501';
  end if;
  if agent_save_template.id is null then
    insert into public.reply_templates (udap_code, title, body)
    values ((select public.current_agent_udap()), btrim(agent_save_template.title), agent_save_template.body)
    returning reply_templates.id into v_id;
  else
    update public.reply_templates t set title = btrim(agent_save_template.title), body = agent_save_template.body
    where t.id = agent_save_template.id
    returning t.id into v_id;
  end if;
  if v_id is null then
    return null;
  end if;
  return public.agent_templates();
end
$$;
comment on function public.agent_save_template(uuid, text, text) is 'Crée ou modifie un modèle de réponse de l''UDAP (responsable seulement).';
revoke all on function public.agent_save_template(uuid, text, text) from public, anon, authenticated, service_role;
grant execute on function public.agent_save_template(uuid, text, text) to authenticated;

create function public.agent_delete_template(id uuid) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  v_id uuid;
begin
  if not public.current_agent_is_responsable() then
    raise exception 'Seul le responsable de l''UDAP peut supprimer les modèles de réponse.' using errcode = '42501';
  end if;
  delete from public.reply_templates t where t.id = agent_delete_template.id returning t.id into v_id;
  if v_id is null then
    return null;
  end if;
  return public.agent_templates();
end
$$;
comment on function public.agent_delete_template(uuid) is 'Supprime un modèle de réponse de l''UDAP (responsable seulement).';
revoke all on function public.agent_delete_template(uuid) from public, anon, authenticated, service_role;
grant execute on function public.agent_delete_template(uuid) to authenticated;

create function public.reply_templates_before_update() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;
revoke all on function public.reply_templates_before_update() from public, anon, authenticated, service_role;
create trigger reply_templates_before_update before update on public.reply_templates
  for each row execute function public.reply_templates_before_update();

-- 4. Redirecting a request to another UDAP: it moves ------------------------------------------
-- The request leaves its UDAP (whose agents no longer see it: the applicant's data goes only
-- where it is handled; the receiving UDAP can send it back the same way) and lands in the
-- receiving UDAP's inbox as a new request. The reference keeps its original département.

alter table public.consultations
  add column redirected_from text references public.udaps (code),
  add column redirected_at timestamptz;
comment on column public.consultations.redirected_from is 'UDAP qui a réorienté la demande vers l''UDAP actuelle (la dernière, s''il y en a eu plusieurs).';
comment on column public.consultations.redirected_at is 'Date de la dernière réorientation.';

-- The routing check (the UDAP is the commune's) holds for every request but a redirected one.
do $$
declare
  v_name text;
begin
  select c.conname into v_name from pg_constraint c
    where c.conrelid = 'public.consultations'::regclass and c.contype = 'c'
      and pg_get_constraintdef(c.oid) like '%route_to_udap%';
  execute format('alter table public.consultations drop constraint %I', v_name);
end
$$;
alter table public.consultations add constraint consultations_routed_to_udap
  check (redirected_from is not null or udap_code = public.route_to_udap(insee_code, postcode));

-- The status trigger of 20261128120300, with one more case: a move to another UDAP, allowed only
-- together with redirected_from and redirected_at (which no agent may write: the security-definer
-- function below does it after its checks).
create or replace function public.consultations_before_update() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  v_next text;
  v_target text;
begin
  if new.reference is distinct from old.reference or new.tracking_token_hash is distinct from old.tracking_token_hash
     or new.created_at is distinct from old.created_at or new.consented_at is distinct from old.consented_at then
    raise exception 'La référence, l''UDAP, le lien de suivi et les dates de création et de consentement ne peuvent pas être modifiés.'
      using errcode = '42501';
  end if;
  new.updated_at := now();

  if new.udap_code is distinct from old.udap_code then
    if new.redirected_from is distinct from old.udap_code or new.redirected_at is not distinct from old.redirected_at then
      raise exception 'La référence, l''UDAP, le lien de suivi et les dates de création et de consentement ne peuvent pas être modifiés.'
        using errcode = '42501',
              hint = 'Pour confier la demande à une autre UDAP, réorientez-la depuis l''espace agent.';
    end if;
    if not public.consultation_transition_allowed(old.status, 'reorientee') then
      raise exception 'Réorientation impossible : la demande est « % ».', old.status
        using errcode = '23514', hint = 'Seule une demande nouvelle ou en cours peut être réorientée.';
    end if;
    if nullif(btrim(new.status_motivation), '') is null then
      raise exception 'Indiquez d''abord le motif de la réorientation.' using errcode = '23514';
    end if;
    select u.name into v_target from public.udaps u where u.code = new.udap_code;
    -- The journal and the applicant: the request was redirected (with the reason), and is now
    -- new at the receiving UDAP, unassigned.
    perform public.record_consultation_event(new.id, 'changement_statut', true, old.status, 'reorientee',
      btrim(new.status_motivation),
      jsonb_build_object('from_udap', old.udap_code, 'to_udap', new.udap_code, 'to_udap_name', v_target));
    if new.email is not null then
      insert into public.outbox (consultation_id, kind, recipient, payload)
      values (new.id, 'changement_statut', new.email, jsonb_build_object('reference', new.reference,
        'status', 'reorientee', 'motivation', btrim(new.status_motivation), 'answer', null));
    end if;
    -- The receiving UDAP is told, as for a new request.
    insert into public.outbox (consultation_id, kind, recipient, payload)
    select new.id, 'nouvelle_demande_udap', u.email, jsonb_build_object('reference', new.reference,
      'commune', new.commune, 'works_types', new.works_types)
    from public.udaps u where u.code = new.udap_code and u.email is not null;
    if old.assignee is not null then
      perform public.record_consultation_event(new.id, 'assignation', false,
        p_details => jsonb_build_object('from', old.assignee, 'to', null));
    end if;
    new.status := 'nouvelle';
    new.assignee := null;
    new.status_motivation := null;
    new.closed_at := null;
    return new;
  end if;

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

-- The agent's redirection: their UDAP's request (as row-level security shows it), to a UDAP that
-- takes online requests, with the reason the applicant reads. Null: not the agent's request.
create function public.agent_redirect_consultation(reference text, target_udap text, motivation text)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_udap text := public.current_agent_udap();
  v_id uuid;
  v_target public.udaps;
  v_motivation text := btrim(coalesce(agent_redirect_consultation.motivation, ''));
begin
  if v_udap is null then
    return null;
  end if;
  select c.id into v_id from public.consultations c
    where c.reference = agent_redirect_consultation.reference and c.udap_code = v_udap
    for update;
  if v_id is null then
    return null;
  end if;
  select * into v_target from public.udaps u where u.code = agent_redirect_consultation.target_udap;
  if v_target.code is null or v_target.code = v_udap then
    raise exception 'UDAP destinataire : choisissez une autre UDAP que la vôtre.' using errcode = '22023';
  end if;
  if not v_target.active then
    raise exception 'UDAP destinataire : % ne reçoit pas encore les demandes en ligne. Indiquez au demandeur comment la contacter et classez la demande sans suite.', v_target.name
      using errcode = '22023';
  end if;
  if char_length(v_motivation) not between 1 and 2000 then
    raise exception 'Motif : ce champ est obligatoire (2 000 caractères au plus).' using errcode = '22023';
  end if;
  update public.consultations c set udap_code = v_target.code, redirected_from = v_udap, redirected_at = now(),
    status_motivation = 'Votre demande est transmise à ' || v_target.name || ', qui va la traiter. Motif : ' || v_motivation
  where c.id = v_id;
  return jsonb_build_object('reference', agent_redirect_consultation.reference, 'udap_code', v_target.code,
    'udap_name', v_target.name);
end
$$;
comment on function public.agent_redirect_consultation(text, text, text) is
  'Réoriente une demande de l''UDAP de l''agent connecté vers une autre UDAP : elle passe dans sa boîte de réception.';
revoke all on function public.agent_redirect_consultation(text, text, text) from public, anon, authenticated, service_role;
grant execute on function public.agent_redirect_consultation(text, text, text) to authenticated;

-- The UDAPs a request can be redirected to (every agent reads the list).
create function public.agent_redirect_targets() returns jsonb
language sql stable security invoker
set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object('code', u.code, 'name', u.name) order by u.code), '[]'::jsonb)
  from public.udaps u where u.active and u.code <> (select public.current_agent_udap())
$$;
comment on function public.agent_redirect_targets() is 'UDAP vers lesquelles l''agent connecté peut réorienter une demande.';
revoke all on function public.agent_redirect_targets() from public, anon, authenticated, service_role;
grant execute on function public.agent_redirect_targets() to authenticated;
