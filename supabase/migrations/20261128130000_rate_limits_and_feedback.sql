-- Abuse limits that work everywhere (Netlify's own limits only exist in production), and the
-- page usefulness votes. Neither holds personal data: keys are salted hashes.

create table public.rate_limits (
  bucket text not null check (bucket ~ '^[a-z_]{1,40}$'),
  key_hash bytea not null check (octet_length(key_hash) = 32),
  window_start timestamptz not null,
  hits integer not null check (hits > 0),
  primary key (bucket, key_hash, window_start)
);
comment on table public.rate_limits is 'Compteurs anti-abus par fenêtre de temps (empreintes, aucune donnée personnelle ; usage interne).';

-- Counts one hit; answers 0 if allowed, else the seconds to wait.
create function public.hit_rate_limit(bucket text, key_hash bytea, window_seconds integer, max_hits integer)
returns integer
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
  v_window timestamptz := to_timestamp(floor(extract(epoch from now()) / window_seconds) * window_seconds);
  v_hits integer;
begin
  insert into public.rate_limits as r (bucket, key_hash, window_start, hits)
  values (hit_rate_limit.bucket, hit_rate_limit.key_hash, v_window, 1)
  on conflict on constraint rate_limits_pkey do update set hits = r.hits + 1
  returning r.hits into v_hits;
  -- Old windows are of no use: a few rows are swept at each call.
  delete from public.rate_limits r where r.ctid in (
    select ctid from public.rate_limits where window_start < now() - interval '2 days' limit 20);
  if v_hits <= max_hits then
    return 0;
  end if;
  return greatest(1, ceil(extract(epoch from v_window + make_interval(secs => window_seconds) - now()))::integer);
end
$$;
comment on function public.hit_rate_limit(text, bytea, integer, integer) is
  'Compte un passage ; renvoie 0 s''il est permis, sinon le nombre de secondes à attendre. Réservé au service_role.';

create table public.page_feedback (
  id bigint generated always as identity primary key,
  page text not null check (page ~ '^/[a-z0-9/_-]*$' and char_length(page) <= 200),
  useful boolean not null,
  comment text check (char_length(btrim(comment)) between 1 and 1000),
  created_at timestamptz not null default now()
);
create index page_feedback_page_idx on public.page_feedback (page, created_at);
comment on table public.page_feedback is 'Avis des visiteurs sur l''utilité des pages (« Cette page vous a-t-elle été utile ? »), sans donnée personnelle.';
comment on column public.page_feedback.page is 'Chemin de la page, par exemple /demander-un-conseil/.';
comment on column public.page_feedback.useful is 'Oui (vrai) ou non (faux).';
comment on column public.page_feedback.comment is 'Ce que la personne a cherché sans le trouver (facultatif).';
comment on column public.page_feedback.created_at is 'Date de l''avis.';

create function public.record_page_feedback(page text, useful boolean, comment text default null) returns void
language sql volatile security invoker
set search_path = ''
as $$
  insert into public.page_feedback (page, useful, comment) values (page, useful, nullif(btrim(comment), ''))
$$;

alter table public.rate_limits enable row level security;
alter table public.page_feedback enable row level security;
revoke all on public.rate_limits, public.page_feedback from anon, authenticated;
grant select on public.page_feedback to authenticated;
create policy "page_feedback: agents read the votes" on public.page_feedback for select to authenticated using (true);

revoke execute on function public.hit_rate_limit(text, bytea, integer, integer), public.record_page_feedback(text, boolean, text)
  from public, anon, authenticated;
grant execute on function public.hit_rate_limit(text, bytea, integer, integer), public.record_page_feedback(text, boolean, text)
  to service_role;
