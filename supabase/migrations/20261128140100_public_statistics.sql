-- Figures for the public /stats/ page. Only aggregates cross this function: counts, shares and
-- medians, never a row. A count of 1 to 4, or a share or median computed on fewer than 5
-- requests, is answered as null so that nobody can be recognised in a small group.

-- Present only when the database holds the demo data of supabase/seed.sql: the page then says
-- its figures are a demonstration.
create table public.demo_data (
  marked boolean primary key default true check (marked),
  note text not null default 'Données de démonstration (supabase/seed.sql).'
);
comment on table public.demo_data is 'Une ligne ici signale que la base contient les données de démonstration : /stats/ l''affiche. Jamais en production.';
alter table public.demo_data enable row level security;
revoke all on public.demo_data from anon, authenticated;

-- A count, hidden when it concerns 1 to 4 requests (0 reveals nobody).
create function public.statistics_count(n bigint) returns integer
language sql immutable
set search_path = ''
as $$ select case when n between 1 and 4 then null else n::integer end $$;

-- A share, hidden when its base has fewer than 5 requests.
create function public.statistics_share(part bigint, base bigint) returns numeric
language sql immutable
set search_path = ''
as $$ select case when base < 5 then null else round(part::numeric / base, 3) end $$;

create function public.public_statistics() returns jsonb
language sql stable security definer
set search_path = ''
as $$
  with requests as (
    select
      c.id, c.udap_code, c.created_at, c.answered_at, c.source,
      (c.created_at at time zone 'Europe/Paris')::date as created_on,
      (select min(e.created_at) from public.consultation_events e
        where e.consultation_id = c.id and e.kind = 'changement_statut') as first_response_at,
      -- Address and description are required by the form; a purged row had them.
      (c.purged_at is not null or (c.address is not null and c.description is not null))
        and exists (select 1 from public.attachments a where a.consultation_id = c.id and a.mime_type like 'image/%') as complete
    from public.consultations c
  ),
  recent as (
    select * from requests where created_at >= date_trunc('month', now() at time zone 'Europe/Paris') at time zone 'Europe/Paris' - interval '11 months'
  ),
  months as (
    select to_char(m, 'YYYY-MM') as month
    from generate_series(date_trunc('month', now() at time zone 'Europe/Paris') - interval '11 months',
      date_trunc('month', now() at time zone 'Europe/Paris'), interval '1 month') m
  ),
  by_month as (
    select m.month, count(r.id) as requests, count(r.answered_at) as answered
    from months m left join recent r on to_char(r.created_on, 'YYYY-MM') = m.month
    group by m.month
  ),
  by_udap as (
    select r.udap_code, count(*) as requests from recent r group by r.udap_code
  ),
  feedback as (
    select count(*) as votes, count(*) filter (where f.useful) as useful
    from public.page_feedback f where f.created_at > now() - interval '12 months'
  )
  select jsonb_build_object(
    'demo', exists (select 1 from public.demo_data),
    'generatedAt', now(),
    'minimumGroupSize', 5,
    'requests', public.statistics_count((select count(*) from requests)),
    'requestsLast12Months', public.statistics_count((select count(*) from recent)),
    'answeredShare', public.statistics_share((select count(answered_at) from recent), (select count(*) from recent)),
    'medianDaysToFirstResponse', (select case when count(first_response_at) < 5 then null else round((percentile_cont(0.5)
      within group (order by extract(epoch from first_response_at - created_at) / 86400))::numeric, 1) end from recent),
    'medianDaysToAnswer', (select case when count(answered_at) < 5 then null else round((percentile_cont(0.5)
      within group (order by extract(epoch from answered_at - created_at) / 86400))::numeric, 1) end from recent),
    'completeShare', public.statistics_share((select count(*) filter (where complete) from recent), (select count(*) from recent)),
    'embedShare', public.statistics_share((select count(*) filter (where source <> 'site') from recent), (select count(*) from recent)),
    'activeUdaps', (select count(*) from by_udap),
    'byMonth', (select jsonb_agg(jsonb_build_object('month', b.month,
        'requests', public.statistics_count(b.requests),
        'answeredShare', public.statistics_share(b.answered, b.requests)) order by b.month) from by_month b),
    'byUdap', (select coalesce(jsonb_agg(jsonb_build_object('udap', u.code, 'name', u.name, 'requests', b.requests)
        order by b.requests desc, u.code), '[]'::jsonb)
      from by_udap b join public.udaps u on u.code = b.udap_code where b.requests >= 5),
    'otherUdapsRequests', public.statistics_count((select coalesce(sum(b.requests), 0) from by_udap b where b.requests < 5)::bigint),
    'feedbackVotes', public.statistics_count((select votes from feedback)),
    'usefulShare', (select public.statistics_share(useful, votes) from feedback)
  )
$$;
comment on function public.public_statistics() is
  'Chiffres publics de /stats/ (12 derniers mois) : uniquement des agrégats ; un groupe de moins de 5 demandes est masqué (null).';

revoke execute on function public.public_statistics(), public.statistics_count(bigint), public.statistics_share(bigint, bigint)
  from public;
-- Public figures by design: the API roles may read them; the tables stay closed to them.
grant execute on function public.public_statistics() to anon, authenticated, service_role;
