-- pgTAP: the database-backed rate limit and the page votes.
begin;
create extension if not exists pgtap;
select no_plan();

select is(public.hit_rate_limit('submit_ip', sha256('ip-1'::bytea), 3600, 2), 0, 'first hit allowed');
select is(public.hit_rate_limit('submit_ip', sha256('ip-1'::bytea), 3600, 2), 0, 'second hit allowed');
select ok(public.hit_rate_limit('submit_ip', sha256('ip-1'::bytea), 3600, 2) between 1 and 3600, 'third hit refused with a wait');
select is(public.hit_rate_limit('submit_ip', sha256('ip-2'::bytea), 3600, 2), 0, 'another key has its own count');
select is(public.hit_rate_limit('submit_email', sha256('ip-1'::bytea), 3600, 2), 0, 'another bucket has its own count');

select lives_ok($$select public.record_page_feedback('/demander-un-conseil/', true)$$, 'a vote is recorded');
select lives_ok($$select public.record_page_feedback('/fiches/ravalement/', false, '  Le délai pour un ravalement  ')$$, 'a vote with a comment');
select is((select comment from public.page_feedback where page = '/fiches/ravalement/'), 'Le délai pour un ravalement', 'the comment is trimmed');
select throws_ok($$select public.record_page_feedback('https://ailleurs.example/', true)$$, '23514', null, 'only paths of the site');
select throws_ok(format('select public.record_page_feedback(%L, true, %L)', '/', repeat('x', 1001)), '23514', null, 'comments stay short');

select * from finish();
rollback;
