-- /stats/ published every total over all requests, and each small group hidden inside it came
-- back by subtraction: the 12-month total minus the UDAPs shown gave the other UDAPs' count, the
-- number of active UDAPs told how many were behind it, the total minus the months shown gave a
-- lone hidden month. Every figure is now computed over what is shown, and a lone hidden month
-- takes the smallest shown one with it. Same answer's shape; activeUdaps counts the UDAPs shown.

create or replace function public.public_statistics() returns jsonb
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
  last_12_months as (
    select * from requests where created_at >= date_trunc('month', now() at time zone 'Europe/Paris') at time zone 'Europe/Paris' - interval '11 months'
  ),
  udap_counts as (
    select r.udap_code, count(*) as requests from last_12_months r group by r.udap_code
  ),
  others as (
    select coalesce(sum(requests), 0)::bigint as requests from udap_counts where requests < 5
  ),
  -- The requests every figure is about: those of the UDAPs shown, and the other UDAPs' together
  -- when they make 5 or more. A total over anything more would give a hidden count by subtraction.
  recent as (
    select r.* from last_12_months r join udap_counts u on u.udap_code = r.udap_code
    where u.requests >= 5 or (select requests from others) >= 5
  ),
  older as (
    select (select count(*) from requests) - (select count(*) from last_12_months) as requests
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
  -- A single hidden month would be the total minus the others: the smallest month shown is then hidden too.
  hidden_months as (
    select month from by_month where requests between 1 and 4
    union all
    select month from (select month from by_month where requests >= 5 order by requests, month limit 1) smallest
    where (select count(*) from by_month where requests between 1 and 4) = 1
  ),
  feedback as (
    select count(*) as votes, count(*) filter (where f.useful) as useful
    from public.page_feedback f where f.created_at > now() - interval '12 months'
  )
  select jsonb_build_object(
    'demo', exists (select 1 from public.demo_data),
    'generatedAt', now(),
    'minimumGroupSize', 5,
    'requests', public.statistics_count((select count(*) from recent)
      + (select case when requests >= 5 then requests else 0 end from older)),
    'requestsLast12Months', public.statistics_count((select count(*) from recent)),
    'answeredShare', public.statistics_share((select count(answered_at) from recent), (select count(*) from recent)),
    'medianDaysToFirstResponse', (select case when count(first_response_at) < 5 then null else round((percentile_cont(0.5)
      within group (order by extract(epoch from first_response_at - created_at) / 86400))::numeric, 1) end from recent),
    'medianDaysToAnswer', (select case when count(answered_at) < 5 then null else round((percentile_cont(0.5)
      within group (order by extract(epoch from answered_at - created_at) / 86400))::numeric, 1) end from recent),
    'completeShare', public.statistics_share((select count(*) filter (where complete) from recent), (select count(*) from recent)),
    'embedShare', public.statistics_share((select count(*) filter (where source <> 'site') from recent), (select count(*) from recent)),
    'activeUdaps', (select count(*) from udap_counts where requests >= 5),
    'byMonth', (select jsonb_agg(jsonb_build_object('month', b.month,
        'requests', case when b.month not in (select month from hidden_months) then b.requests end,
        'answeredShare', case when b.month not in (select month from hidden_months)
          then public.statistics_share(b.answered, b.requests) end) order by b.month) from by_month b),
    'byUdap', (select coalesce(jsonb_agg(jsonb_build_object('udap', u.code, 'name', u.name, 'requests', b.requests)
        order by b.requests desc, u.code), '[]'::jsonb)
      from udap_counts b join public.udaps u on u.code = b.udap_code where b.requests >= 5),
    'otherUdapsRequests', public.statistics_count((select requests from others)),
    'feedbackVotes', public.statistics_count((select votes from feedback)),
    'usefulShare', (select public.statistics_share(useful, votes) from feedback)
  )
$$;
comment on function public.public_statistics() is
  'Chiffres publics de /stats/ (12 derniers mois) : uniquement des agrégats, calculés sur les groupes montrés ; un groupe de moins de 5 demandes est masqué (null).';
