-- Security review of November 2026 (docs/security.md): single-use anti-spam tokens, upload
-- reservations (the limits hold from the moment a signed URL is issued), idempotent upload
-- confirmation, and storage deletions recorded before files are removed.

-- Anti-spam tokens already used (a solved ALTCHA payload, a no-JavaScript time-trap token): kept
-- until they expire, so that none is accepted twice. Hashes only.
create table public.spent_antispam_tokens (
  token_hash bytea primary key check (octet_length(token_hash) = 32),
  expires_at timestamptz not null
);
create index spent_antispam_tokens_expiry_idx on public.spent_antispam_tokens (expires_at);
comment on table public.spent_antispam_tokens is 'Jetons anti-spam déjà utilisés, gardés jusqu''à leur expiration (empreintes ; usage interne).';
alter table public.spent_antispam_tokens enable row level security;
revoke all on table public.spent_antispam_tokens from public, anon, authenticated;
grant select, insert, delete on table public.spent_antispam_tokens to service_role;

-- Spends a token: true the first time, false if it was already spent.
create function public.spend_antispam_token(token_hash bytea, expires_at timestamptz)
returns boolean
language plpgsql volatile security invoker
set search_path = ''
as $$
begin
  delete from public.spent_antispam_tokens s where s.ctid in (
    select ctid from public.spent_antispam_tokens where spent_antispam_tokens.expires_at < now() limit 20);
  insert into public.spent_antispam_tokens (token_hash, expires_at)
  values (spend_antispam_token.token_hash, spend_antispam_token.expires_at)
  on conflict on constraint spent_antispam_tokens_pkey do nothing;
  return found;
end
$$;
comment on function public.spend_antispam_token(bytea, timestamptz) is
  'Consomme un jeton anti-spam : vrai la première fois, faux ensuite. Réservé au service_role.';
revoke all on function public.spend_antispam_token(bytea, timestamptz) from public, anon, authenticated;
grant execute on function public.spend_antispam_token(bytea, timestamptz) to service_role;

-- Files whose signed upload URL was issued and not yet confirmed: they count against the limits.
create table public.attachment_uploads (
  storage_path text primary key check (storage_path ~ '^[0-9a-f-]{36}/[0-9a-f-]{36}\.[a-z0-9]{2,5}$'),
  consultation_id uuid not null references public.consultations (id) on delete cascade,
  size_bytes integer not null check (size_bytes between 1 and 10485760),
  expires_at timestamptz not null,
  created_at timestamptz not null default now()
);
create index attachment_uploads_consultation_idx on public.attachment_uploads (consultation_id);
create index attachment_uploads_expiry_idx on public.attachment_uploads (expires_at);
comment on table public.attachment_uploads is 'Envois de documents autorisés et pas encore confirmés (usage interne).';
alter table public.attachment_uploads enable row level security;
revoke all on table public.attachment_uploads from public, anon, authenticated;
grant select, insert, delete on table public.attachment_uploads to service_role;

-- Files to delete from storage: a row per file, removed once storage confirmed the deletion.
create table public.storage_deletions (
  storage_path text primary key,
  requested_at timestamptz not null default now()
);
comment on table public.storage_deletions is 'Fichiers à supprimer du stockage, effacés de cette liste une fois la suppression confirmée (usage interne).';
alter table public.storage_deletions enable row level security;
revoke all on table public.storage_deletions from public, anon, authenticated;
grant select, insert, delete on table public.storage_deletions to service_role;

-- Whoever deletes a document's row (the retention purge, an administrator in Studio) queues its file.
create function public.queue_attachment_file_deletion() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  insert into public.storage_deletions (storage_path) values (old.storage_path)
  on conflict (storage_path) do nothing;
  return old;
end
$$;
revoke all on function public.queue_attachment_file_deletion() from public, anon, authenticated;
create trigger attachments_queue_file_deletion after delete on public.attachments
  for each row execute function public.queue_attachment_file_deletion();

-- Before a signed URL is issued: reserves the file under the request's limits (10 files, 30 MB),
-- counting the documents recorded and the uploads still allowed. Answers null for an unknown
-- token, {"refused": "closed" | "count" | "total"} past a limit, else {"reserved": true}.
create function public.reserve_attachment_upload(
  tracking_token_hash bytea, storage_path text, size_bytes integer, expires_at timestamptz
) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  v_consultation public.consultations;
  v_count integer;
  v_total bigint;
begin
  select * into v_consultation from public.consultations c
    where c.tracking_token_hash = reserve_attachment_upload.tracking_token_hash and c.purged_at is null
    for update;
  if not found then
    return null;
  end if;
  if v_consultation.status in ('repondue', 'classee_sans_suite', 'reorientee') then
    return jsonb_build_object('refused', 'closed');
  end if;
  select count(*), coalesce(sum(f.size_bytes), 0) into v_count, v_total from (
    select a.size_bytes from public.attachments a where a.consultation_id = v_consultation.id
    union all
    select u.size_bytes from public.attachment_uploads u
      where u.consultation_id = v_consultation.id and u.expires_at > now()) f;
  if v_count >= 10 then
    return jsonb_build_object('refused', 'count');
  end if;
  if v_total + reserve_attachment_upload.size_bytes > 31457280 then
    return jsonb_build_object('refused', 'total');
  end if;
  insert into public.attachment_uploads (storage_path, consultation_id, size_bytes, expires_at)
  values (reserve_attachment_upload.storage_path, v_consultation.id,
    reserve_attachment_upload.size_bytes, reserve_attachment_upload.expires_at);
  return jsonb_build_object('reserved', true);
end
$$;
comment on function public.reserve_attachment_upload(bytea, text, integer, timestamptz) is
  'Réserve un envoi de document dans les limites de la demande (10 fichiers, 30 Mo). Réservé au service_role.';
revoke all on function public.reserve_attachment_upload(bytea, text, integer, timestamptz) from public, anon, authenticated;
grant execute on function public.reserve_attachment_upload(bytea, text, integer, timestamptz) to service_role;

-- Records a file already checked and stored. Idempotent: a document already recorded for this
-- request answers the counts again. Only a path reserved for this request is accepted.
-- Errors (22023) are "<field>: <message>": "file" past a limit (the file is deleted), "confirm"
-- for a path that is not this request's (nothing is deleted).
create or replace function public.record_attachment(
  tracking_token_hash bytea, storage_path text, file_name text, size_bytes integer, mime_type text
) returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  v_consultation public.consultations;
  v_owner uuid;
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
  select a.consultation_id into v_owner from public.attachments a
    where a.storage_path = record_attachment.storage_path;
  if found then
    if v_owner is distinct from v_consultation.id then
      raise exception using errcode = '22023', message = 'confirm: Ce document n''appartient pas à cette demande.';
    end if;
    select count(*), coalesce(sum(a.size_bytes), 0) into v_count, v_total
      from public.attachments a where a.consultation_id = v_consultation.id;
    return jsonb_build_object('count', v_count, 'total_bytes', v_total, 'created', false);
  end if;
  if v_consultation.status in ('repondue', 'classee_sans_suite', 'reorientee') then
    raise exception using errcode = '22023', message = 'file: Cette demande est close : elle ne reçoit plus de documents.';
  end if;
  select count(*), coalesce(sum(a.size_bytes), 0) into v_count, v_total
    from public.attachments a where a.consultation_id = v_consultation.id;
  if v_count >= 10 then
    raise exception using errcode = '22023', message = 'file: 10 documents au plus par demande';
  end if;
  if v_total + record_attachment.size_bytes > 31457280 then
    raise exception using errcode = '22023', message = 'file: 30 Mo au plus pour l''ensemble des documents';
  end if;
  if not exists (select 1 from public.attachment_uploads u
      where u.storage_path = record_attachment.storage_path and u.consultation_id = v_consultation.id) then
    raise exception using errcode = '22023', message = 'confirm: Ce document n''appartient pas à cette demande.';
  end if;
  insert into public.attachments (consultation_id, storage_path, file_name, size_bytes, mime_type)
  values (v_consultation.id, record_attachment.storage_path, record_attachment.file_name,
    record_attachment.size_bytes, record_attachment.mime_type)
  returning id into v_id;
  delete from public.attachment_uploads u where u.storage_path = record_attachment.storage_path;
  return jsonb_build_object('id', v_id, 'count', v_count + 1,
    'total_bytes', v_total + record_attachment.size_bytes, 'created', true);
end
$$;

-- Uploads never confirmed, an hour after their URL expired: their files go to the deletion queue.
-- Then answers the files waiting for deletion (at most max_rows).
create function public.pending_storage_deletions(max_rows integer default 100)
returns table (storage_path text)
language plpgsql volatile security invoker
set search_path = ''
as $$
begin
  with expired as (
    delete from public.attachment_uploads u
    where u.expires_at < now() - interval '1 hour'
      and not exists (select 1 from public.attachments a where a.storage_path = u.storage_path)
    returning u.storage_path)
  insert into public.storage_deletions (storage_path) select e.storage_path from expired e
  on conflict on constraint storage_deletions_pkey do nothing;
  return query select d.storage_path from public.storage_deletions d
    order by d.requested_at limit max_rows;
end
$$;
comment on function public.pending_storage_deletions(integer) is
  'Met en file les fichiers envoyés jamais confirmés ; renvoie les fichiers à supprimer du stockage. Réservé au service_role.';
revoke all on function public.pending_storage_deletions(integer) from public, anon, authenticated;
grant execute on function public.pending_storage_deletions(integer) to service_role;

-- Storage confirmed these deletions: they leave the queue.
create function public.confirm_storage_deletions(storage_paths text[]) returns integer
language sql volatile security invoker
set search_path = ''
as $$
  with done as (
    delete from public.storage_deletions d where d.storage_path = any (confirm_storage_deletions.storage_paths)
    returning 1)
  select count(*)::integer from done
$$;
comment on function public.confirm_storage_deletions(text[]) is
  'Retire de la file les fichiers dont le stockage a confirmé la suppression. Réservé au service_role.';
revoke all on function public.confirm_storage_deletions(text[]) from public, anon, authenticated;
grant execute on function public.confirm_storage_deletions(text[]) to service_role;
