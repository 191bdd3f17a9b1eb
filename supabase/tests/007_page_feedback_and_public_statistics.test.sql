-- pgTAP: the comment that follows a vote, the Studio view of votes per page, and the public
-- statistics function (aggregates only, small groups hidden).
begin;
create extension if not exists pgtap;
select no_plan();
\ir helpers/pgtap-helpers.sql

-- Votes, and the comment typed after a vote.
create temporary table vote as select public.record_page_feedback('/fiches-travaux/piscines/', false) as id;
select ok((select id from vote) > 0, 'a vote answers its id');
select ok(public.comment_page_feedback((select id from vote), '/fiches-travaux/piscines/', '  La distance à la limite  '), 'the comment completes the vote');
select is((select comment from public.page_feedback where id = (select id from vote)), 'La distance à la limite', 'on the same row, trimmed');
select ok(not public.comment_page_feedback((select id from vote), '/fiches-travaux/piscines/', 'Autre chose'), 'only once');
select ok(not public.comment_page_feedback(public.record_page_feedback('/a/', true), '/b/', 'Ailleurs'), 'only on the page voted on');
select is((select count(*)::integer from public.page_feedback), 2, 'one row per vote');

-- The Studio view.
select public.record_page_feedback('/fiches-travaux/piscines/', true);
select results_eq(
  $$select votes_30_jours::integer, pourcentage_oui_30_jours::integer, votes_total::integer, jsonb_array_length(derniers_commentaires)
    from public.avis_par_page where page = '/fiches-travaux/piscines/'$$,
  $$values (2, 50, 2, 1)$$, 'votes, share of yes and last comments per page');
select is(pg_temp.run_as('anon', null, 'select count(*)::text from public.avis_par_page'), 'ERROR 42501', 'the public cannot read the votes');

-- Statistics: distinctive personal data must never come out.
select pg_temp.submit(jsonb_build_object('first_name', 'Zéphyrine', 'last_name', 'Quasimodo-Test', 'email', 'zephyrine.unique@example.org',
  'address', '99 impasse Introuvable', 'phone', '0611223344')) from generate_series(1, 6);
select public.record_page_feedback('/a/', true, 'Signé Zéphyrine, 0611223344');
create temporary table stats as select public.public_statistics() as s;
select ok((select s::text from stats) !~* 'zéphyrine|quasimodo|zephyrine\.unique|introuvable|0611223344|Motif de test', 'no name, email, address, phone or comment in the figures');
select set_eq(
  $$select jsonb_object_keys(s) from stats$$,
  array['demo', 'generatedAt', 'minimumGroupSize', 'requests', 'requestsLast12Months', 'answeredShare', 'medianDaysToFirstResponse',
    'medianDaysToAnswer', 'completeShare', 'embedShare', 'activeUdaps', 'byMonth', 'byUdap', 'otherUdapsRequests', 'feedbackVotes', 'usefulShare'],
  'only the listed aggregates');
select set_eq($$select distinct jsonb_object_keys(m) from stats, jsonb_array_elements(s -> 'byMonth') m$$, array['month', 'requests', 'answeredShare'], 'months: counts only');
select set_eq($$select distinct jsonb_object_keys(u) from stats, jsonb_array_elements(s -> 'byUdap') u$$, array['udap', 'name', 'requests'], 'UDAPs: counts only');
select ok((select bool_and(jsonb_typeof(v) in ('number', 'null', 'boolean', 'array')) from stats, jsonb_each(s) e(k, v) where k not in ('generatedAt')),
  'every top-level figure is a number, a flag or a list');
select is((select s ->> 'requests' from stats), '6', 'six requests are shown');
select is((select s -> 'byUdap' -> 0 ->> 'udap' from stats), '69', 'a UDAP with 6 requests is listed');
select is((select (s ->> 'demo')::boolean from stats), false, 'not demo data without the seed marker');

-- Small groups: 1 to 4 requests, or a share or median on fewer than 5, are hidden.
select pg_temp.submit(jsonb_build_object('postcode', '13002', 'commune', 'Marseille', 'insee_code', '13202')) from generate_series(1, 2);
select pg_temp.request_in('repondue');
create temporary table small as select public.public_statistics() as s;
select is((select count(*)::integer from small, jsonb_array_elements(s -> 'byUdap') u where u ->> 'udap' = '13'), 0, 'a UDAP with 2 requests is not listed');
select ok((select s -> 'otherUdapsRequests' = 'null'::jsonb from small), 'nor counted on its own as the other UDAPs');
select ok((select s -> 'medianDaysToAnswer' = 'null'::jsonb from small), 'a median over 1 answer is hidden');
select ok((select s -> 'feedbackVotes' = 'null'::jsonb and s -> 'usefulShare' = 'null'::jsonb from small), '4 votes: count and share hidden');
-- Totals only over what is shown: no hidden count comes back by subtraction.
select is((select (s ->> 'requestsLast12Months')::int - (select coalesce(sum((u ->> 'requests')::int), 0)::int
    from jsonb_array_elements(s -> 'byUdap') u) - coalesce((s ->> 'otherUdapsRequests')::int, 0) from small),
  0, 'the 12-month total is the sum of the UDAPs shown');
select is((select (s ->> 'activeUdaps')::int from small), (select jsonb_array_length(s -> 'byUdap') from small),
  'the UDAPs counted are the UDAPs shown');
select is((select (s ->> 'requests')::int from small), (select (s ->> 'requestsLast12Months')::int from small),
  'the total since the start leaves the hidden ones out too');
-- One month of 1 to 4 requests would come back as the total minus the other months: a second one is hidden.
set local session_replication_role = replica;
update public.consultations set created_at = now() - interval '1 month'
  where id in (select id from public.consultations where udap_code = '69' order by id limit 2);
reset session_replication_role;
create temporary table months as select public.public_statistics() as s;
select is((select count(*)::int from months, jsonb_array_elements(s -> 'byMonth') m where m -> 'requests' = 'null'::jsonb), 2,
  'a month of 2 requests is hidden with the smallest month shown');
select is((select (s ->> 'requestsLast12Months')::int from months), 7, 'the total stays');
select is(public.statistics_count(0), 0, 'zero shows nobody');
select is(public.statistics_count(4), null, '4 is hidden');
select is(public.statistics_count(5), 5, '5 is shown');
select is(public.statistics_share(2, 4), null, 'a share over 4 is hidden');
select is(public.statistics_share(2, 5), 0.4, 'a share over 5 is shown');

-- Who may call it: the public figures, yes; the rows behind them, no.
select isnt(pg_temp.run_as('anon', null, 'select public.public_statistics()::text'), null, 'the public may read the figures');
select is(pg_temp.run_as('anon', null, 'select count(*)::text from public.consultations'), 'ERROR 42501', 'but not the requests');
select is(pg_temp.run_as('anon', null, 'select count(*)::text from public.demo_data'), 'ERROR 42501', 'nor the demo marker');
insert into public.demo_data default values;
select is((public.public_statistics() ->> 'demo')::boolean, true, 'the seed marker flags demo figures');

select * from finish();
rollback;
