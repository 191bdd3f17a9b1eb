-- Documents sent by applicants (files in Supabase Storage, metadata here) and the email outbox.

-- Private bucket: files are reached only through signed URLs made by the functions.
insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values ('consultation-attachments', 'consultation-attachments', false, 10485760,
  array['image/jpeg', 'image/png', 'image/heic', 'image/heif', 'image/webp', 'application/pdf'])
on conflict (id) do nothing;

create table public.attachments (
  id uuid primary key default gen_random_uuid(),
  consultation_id uuid not null references public.consultations (id),
  storage_path text not null unique check (storage_path ~ '^[0-9a-f-]{36}/[0-9a-f-]{36}\.[a-z0-9]{2,5}$'),
  file_name text not null check (char_length(file_name) between 1 and 255),
  size_bytes integer not null check (size_bytes between 1 and 10485760),
  mime_type text not null check (mime_type in ('image/jpeg', 'image/png', 'image/heic', 'image/heif', 'image/webp', 'application/pdf')),
  uploaded_at timestamptz not null default now()
);
create index attachments_consultation_idx on public.attachments (consultation_id);
comment on table public.attachments is 'Documents joints par les demandeurs (fichiers dans Storage, bucket consultation-attachments).';
comment on column public.attachments.consultation_id is 'Demande à laquelle le document est joint.';
comment on column public.attachments.storage_path is 'Chemin du fichier dans le bucket consultation-attachments.';
comment on column public.attachments.file_name is 'Nom du fichier envoyé.';
comment on column public.attachments.size_bytes is 'Taille en octets (10 Mo au plus).';
comment on column public.attachments.mime_type is 'Type du fichier : photo (JPEG, PNG, HEIC, WebP) ou PDF.';
comment on column public.attachments.uploaded_at is 'Date d''envoi.';

create type public.outbox_kind as enum ('accuse_reception', 'nouvelle_demande_udap', 'changement_statut', 'reponse');
comment on type public.outbox_kind is 'Nature d''un e-mail à envoyer.';

-- Emails are rows first: a mail outage never loses a request; a sender drains and retries.
create table public.outbox (
  id bigint generated always as identity primary key,
  consultation_id uuid references public.consultations (id),
  kind public.outbox_kind not null,
  recipient text not null check (recipient ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  payload jsonb not null default '{}'::jsonb,
  attempts integer not null default 0 check (attempts >= 0),
  next_attempt_at timestamptz not null default now(),
  last_error text,
  sent_at timestamptz,
  created_at timestamptz not null default now()
);
create index outbox_pending_idx on public.outbox (next_attempt_at) where sent_at is null;
create index outbox_consultation_idx on public.outbox (consultation_id);
comment on table public.outbox is 'E-mails à envoyer, réessayés jusqu''à l''envoi (usage interne).';
