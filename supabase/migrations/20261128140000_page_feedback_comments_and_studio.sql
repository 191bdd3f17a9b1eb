-- Page votes, second part: a vote answers its id so that the comment typed after it completes
-- the same row (one vote, one row), and the content team's view per page in Studio.

-- Same name and arguments as before; it now answers the new vote's id.
drop function public.record_page_feedback(text, boolean, text);
create function public.record_page_feedback(page text, useful boolean, comment text default null) returns bigint
language sql volatile security invoker
set search_path = ''
as $$
  insert into public.page_feedback (page, useful, comment) values (page, useful, nullif(btrim(comment), ''))
  returning id
$$;
comment on function public.record_page_feedback(text, boolean, text) is
  'Enregistre un avis sur une page ; renvoie son numéro. Réservé au service_role.';

-- The comment typed after a vote: once, within the hour, on the same page. Answers false otherwise.
create function public.comment_page_feedback(feedback_id bigint, page text, comment text) returns boolean
language sql volatile security invoker
set search_path = ''
as $$
  with updated as (
    update public.page_feedback f set comment = nullif(btrim(comment_page_feedback.comment), '')
    where f.id = comment_page_feedback.feedback_id and f.page = comment_page_feedback.page
      and f.comment is null and f.created_at > now() - interval '1 hour'
    returning 1
  )
  select exists (select 1 from updated)
$$;
comment on function public.comment_page_feedback(bigint, text, text) is
  'Ajoute le commentaire écrit juste après un avis (une fois, dans l''heure). Réservé au service_role.';

revoke execute on function public.record_page_feedback(text, boolean, text), public.comment_page_feedback(bigint, text, text)
  from public, anon, authenticated;
grant execute on function public.record_page_feedback(text, boolean, text), public.comment_page_feedback(bigint, text, text)
  to service_role;

-- For the content team in Studio: which pages help, which do not, and what people missed.
create view public.avis_par_page with (security_invoker = true) as
select
  f.page,
  count(*) filter (where f.created_at > now() - interval '30 days') as votes_30_jours,
  round(100.0 * count(*) filter (where f.useful and f.created_at > now() - interval '30 days')
    / nullif(count(*) filter (where f.created_at > now() - interval '30 days'), 0)) as pourcentage_oui_30_jours,
  count(*) as votes_total,
  round(100.0 * count(*) filter (where f.useful) / count(*)) as pourcentage_oui_total,
  (select coalesce(jsonb_agg(jsonb_build_object('le', l.created_at::date, 'utile', l.useful, 'commentaire', l.comment)
      order by l.created_at desc), '[]'::jsonb)
    from (select c.created_at, c.useful, c.comment from public.page_feedback c
          where c.page = f.page and c.comment is not null order by c.created_at desc limit 5) l) as derniers_commentaires,
  max(f.created_at) as dernier_avis
from public.page_feedback f
group by f.page
order by count(*) filter (where not f.useful and f.created_at > now() - interval '30 days') desc, count(*) desc;
comment on view public.avis_par_page is
  'Avis « Cette page vous a-t-elle été utile ? » par page, sur 30 jours et depuis le début, avec les 5 derniers commentaires. Les pages les plus souvent jugées inutiles ce mois-ci d''abord.';
comment on column public.avis_par_page.pourcentage_oui_30_jours is 'Part des « oui » sur 30 jours, en pourcentage (vide sans vote).';
comment on column public.avis_par_page.pourcentage_oui_total is 'Part des « oui » depuis le début, en pourcentage.';
comment on column public.avis_par_page.derniers_commentaires is 'Les 5 derniers commentaires : date, avis, texte.';

revoke all on public.avis_par_page from anon;
grant select on public.avis_par_page to authenticated;
