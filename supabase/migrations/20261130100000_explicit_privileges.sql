-- Privileges, object by object, as a 2026 Supabase project needs them: it grants nothing by
-- default on `public` to anon, authenticated or service_role (service_role bypasses RLS but still
-- needs grants), and PostgreSQL lets PUBLIC execute every new function. So every object is first
-- stripped of what earlier projects granted by default, then given exactly what each role uses:
--   anon           the public figures only (public_statistics);
--   authenticated  an agent in Studio or through the API: reads their UDAP's requests, journal,
--                  documents and colleagues, the UDAPs and the page votes; updates the workflow
--                  columns of a request and, as responsable, their UDAP's contact details; RLS
--                  decides which rows, and a signed-in user who is no agent sees none;
--   service_role   the Netlify Functions: the SQL functions of the API and the tables those
--                  functions (security invoker) read and write.
-- Identity columns draw their numbers without any privilege on their sequence: no role gets one.
-- supabase/tests/008_privileges.test.sql states the resulting table; a new object goes there too.

-- 1. Nothing left from the old default privileges, nor from PUBLIC.
revoke all on table
  public.udaps, public.agents, public.reference_counters, public.consultations, public.attachments,
  public.outbox, public.consultation_events, public.rate_limits, public.page_feedback, public.demo_data,
  public.demandes_a_traiter, public.demandes_en_attente_du_demandeur, public.synthese_mensuelle,
  public.avis_par_page
from public, anon, authenticated, service_role;

revoke all on sequence public.consultation_events_id_seq, public.outbox_id_seq, public.page_feedback_id_seq
from public, anon, authenticated, service_role;

revoke all on function
  public.departement_from_postcode(text), public.departement_from_insee(text), public.route_to_udap(text, text),
  public.record_consultation_event(uuid, public.consultation_event_kind, boolean, public.consultation_status,
    public.consultation_status, text, jsonb),
  public.consultation_transition_allowed(public.consultation_status, public.consultation_status),
  public.consultations_before_update(), public.consultations_after_insert(), public.refuse_delete_consultation(),
  public.refuse_journal_change(), public.attachments_after_insert(),
  public.submit_consultation(jsonb, bytea, text, text, bytea), public.consultation_tracking(bytea),
  public.attachment_target(bytea), public.record_attachment(bytea, text, text, integer, text),
  public.purge_expired_personal_data(), public.outbox_claim(integer), public.outbox_mark_sent(bigint),
  public.outbox_mark_failed(bigint, text), public.store_health(), public.current_agent_udap(),
  public.hit_rate_limit(text, bytea, integer, integer), public.record_page_feedback(text, boolean, text),
  public.comment_page_feedback(bigint, text, text), public.statistics_count(bigint),
  public.statistics_share(bigint, bigint), public.public_statistics()
from public, anon, authenticated, service_role;

-- Objects created later by this role start with nothing either (already so on Supabase).
alter default privileges in schema public revoke all on tables from public, anon, authenticated, service_role;
alter default privileges in schema public revoke all on sequences from public, anon, authenticated, service_role;
alter default privileges in schema public revoke all on functions from public, anon, authenticated, service_role;

-- 2. anon: the public figures (security definer: they read the tables as their owner).
grant execute on function public.public_statistics() to anon, authenticated, service_role;

-- 3. authenticated: the agents. Which rows: the policies of 20261128120500 and below.
grant select on table public.udaps, public.agents, public.consultations, public.attachments,
  public.consultation_events, public.page_feedback to authenticated;
grant update (status, status_motivation, confirmed_protections, labels, priority, assignee, answer_text, internal_note)
  on table public.consultations to authenticated;
grant update (email, phone, address, opening, active) on table public.udaps to authenticated;
grant select on table public.demandes_a_traiter, public.demandes_en_attente_du_demandeur,
  public.synthese_mensuelle, public.avis_par_page to authenticated;
-- The policies call it; the check constraints of consultations call the routing functions on
-- every update, so an agent needs them too.
grant execute on function public.current_agent_udap(), public.departement_from_postcode(text),
  public.departement_from_insee(text), public.route_to_udap(text, text) to authenticated;

-- 4. service_role: the functions of the API, and what they touch as invoker.
grant execute on function
  public.submit_consultation(jsonb, bytea, text, text, bytea), public.consultation_tracking(bytea),
  public.attachment_target(bytea), public.record_attachment(bytea, text, text, integer, text),
  public.purge_expired_personal_data(), public.outbox_claim(integer), public.outbox_mark_sent(bigint),
  public.outbox_mark_failed(bigint, text), public.store_health(),
  public.hit_rate_limit(text, bytea, integer, integer), public.record_page_feedback(text, boolean, text),
  public.comment_page_feedback(bigint, text, text),
  public.record_consultation_event(uuid, public.consultation_event_kind, boolean, public.consultation_status,
    public.consultation_status, text, jsonb),
  public.departement_from_postcode(text), public.departement_from_insee(text), public.route_to_udap(text, text)
to service_role;
grant select on table public.udaps, public.consultation_events to service_role;
grant select, insert, update on table public.reference_counters, public.consultations, public.page_feedback to service_role;
grant select, insert, delete on table public.attachments to service_role;
grant select, insert, update, delete on table public.outbox, public.rate_limits to service_role;

-- 5. "authenticated" is anyone signed in, not an agent: reading the UDAPs and the visitors'
-- votes (and so the avis_par_page view) takes being an agent.
drop policy "udaps: agents read all" on public.udaps;
create policy "udaps: agents read all" on public.udaps
  for select to authenticated using ((select public.current_agent_udap()) is not null);
drop policy "page_feedback: agents read the votes" on public.page_feedback;
create policy "page_feedback: agents read the votes" on public.page_feedback
  for select to authenticated using ((select public.current_agent_udap()) is not null);
