-- RGPD: the journal outlives the purge, so the purge also empties what is personal in it: the
-- agents' motivations (free text) and, in the details, anything but counts and kinds (a file
-- name, an SMTP error quoting the address, agent ids). The append-only trigger accepts exactly
-- that change, and only on the journal of a purged request.

-- What an event keeps after the purge: kinds and counts only.
create function public.journal_details_after_purge(details jsonb) returns jsonb
language sql immutable strict
set search_path = ''
as $$
  select coalesce(jsonb_object_agg(d.key, d.value), '{}'::jsonb)
  from jsonb_each(details) d
  where d.key in ('kind', 'attempts', 'size_bytes', 'source')
$$;
comment on function public.journal_details_after_purge(jsonb) is
  'Détails d''un événement du journal gardés après la purge : natures et nombres, rien de personnel.';

create function public.consultation_events_before_update() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if new.motivation is null
     and new.details = public.journal_details_after_purge(old.details)
     and (new.id, new.consultation_id, new.kind, new.from_status, new.to_status, new.visible_to_applicant,
          new.actor_id, new.actor_role, new.created_at)
       is not distinct from (old.id, old.consultation_id, old.kind, old.from_status, old.to_status,
          old.visible_to_applicant, old.actor_id, old.actor_role, old.created_at)
     and exists (select 1 from public.consultations c where c.id = old.consultation_id and c.purged_at is not null) then
    return new;
  end if;
  raise exception 'Le journal des demandes ne peut être ni modifié ni effacé.' using errcode = '42501';
end
$$;
drop trigger consultation_events_append_only on public.consultation_events;
create trigger consultation_events_no_delete before delete on public.consultation_events
  for each row execute function public.refuse_journal_change();
create trigger consultation_events_purge_only before update on public.consultation_events
  for each row execute function public.consultation_events_before_update();

create or replace function public.purge_expired_personal_data() returns table (storage_path text)
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
      status_motivation = null, labels = '{}', purged_at = now()
    where c.id = v_id;
    update public.consultation_events e set motivation = null, details = public.journal_details_after_purge(e.details)
    where e.consultation_id = v_id
      and (e.motivation is not null or e.details <> public.journal_details_after_purge(e.details));
    perform public.record_consultation_event(v_id, 'purge', false);
  end loop;
end
$$;

-- Requests purged before this migration: their journal is emptied now.
update public.consultation_events e set motivation = null, details = public.journal_details_after_purge(e.details)
where exists (select 1 from public.consultations c where c.id = e.consultation_id and c.purged_at is not null)
  and (e.motivation is not null or e.details <> public.journal_details_after_purge(e.details));

revoke all on function public.journal_details_after_purge(jsonb), public.consultation_events_before_update()
  from public, anon, authenticated, service_role;
grant execute on function public.journal_details_after_purge(jsonb) to service_role;
grant update (motivation, details) on table public.consultation_events to service_role;
