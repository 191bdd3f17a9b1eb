-- Views for the agents' daily work in Studio, in French. security_invoker: through the API an
-- agent sees only their UDAP's rows, as in the tables.

create view public.demandes_a_traiter with (security_invoker = true) as
select
  c.reference, c.udap_code as udap, c.status as statut, c.priority as priorite,
  (current_date - (c.created_at at time zone 'Europe/Paris')::date) as jours_d_attente,
  c.created_at as recue_le, c.commune, c.works_types as travaux, c.declared_protection as protection_declaree,
  c.project_stage as avancement, c.answer_kind as reponse_souhaitee, ag.display_name as agent,
  (select count(*) from public.attachments a where a.consultation_id = c.id) as documents, c.id
from public.consultations c
left join public.agents ag on ag.user_id = c.assignee
where c.status in ('nouvelle', 'en_cours') and c.purged_at is null
order by c.priority desc, c.created_at;
comment on view public.demandes_a_traiter is 'Demandes nouvelles ou en cours, par priorité puis ancienneté.';
comment on column public.demandes_a_traiter.jours_d_attente is 'Nombre de jours depuis la réception.';

create view public.demandes_en_attente_du_demandeur with (security_invoker = true) as
select
  c.reference, c.udap_code as udap, c.commune,
  e.created_at as complement_demande_le,
  (current_date - (e.created_at at time zone 'Europe/Paris')::date) as jours_sans_reponse,
  e.motivation as complement_attendu, c.id
from public.consultations c
join lateral (
  select ev.created_at, ev.motivation from public.consultation_events ev
  where ev.consultation_id = c.id and ev.to_status = 'complement_demande'
  order by ev.created_at desc, ev.id desc limit 1
) e on true
where c.status = 'complement_demande'
order by e.created_at;
comment on view public.demandes_en_attente_du_demandeur is 'Demandes pour lesquelles un complément a été demandé, les plus anciennes d''abord.';

-- Monthly figures per UDAP: counts only, no personal data.
create view public.synthese_mensuelle with (security_invoker = true) as
select
  c.udap_code as udap,
  date_trunc('month', c.created_at at time zone 'Europe/Paris')::date as mois,
  count(*) as recues,
  count(*) filter (where c.status = 'nouvelle') as nouvelles,
  count(*) filter (where c.status in ('en_cours', 'complement_demande')) as en_cours,
  count(*) filter (where c.status = 'repondue') as repondues,
  count(*) filter (where c.status = 'classee_sans_suite') as classees_sans_suite,
  count(*) filter (where c.status = 'reorientee') as reorientees,
  round((percentile_cont(0.5) within group (
    order by extract(epoch from c.answered_at - c.created_at) / 86400))::numeric, 1) as jours_median_reponse
from public.consultations c
group by 1, 2
order by 2 desc, 1;
comment on view public.synthese_mensuelle is 'Synthèse mensuelle par UDAP : nombre de demandes par statut et délai médian de réponse (en jours).';

revoke all on public.demandes_a_traiter, public.demandes_en_attente_du_demandeur, public.synthese_mensuelle from anon;
grant select on public.demandes_a_traiter, public.demandes_en_attente_du_demandeur, public.synthese_mensuelle to authenticated;
