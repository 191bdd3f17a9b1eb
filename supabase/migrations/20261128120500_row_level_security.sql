-- Row-level security: the public API roles reach nothing directly; an agent (authenticated)
-- reads and updates only the requests of their UDAP and deletes nothing; the functions use the
-- service role. Studio's table editor runs as postgres: the triggers guard it.

alter table public.udaps enable row level security;
alter table public.agents enable row level security;
alter table public.reference_counters enable row level security;
alter table public.consultations enable row level security;
alter table public.attachments enable row level security;
alter table public.outbox enable row level security;
alter table public.consultation_events enable row level security;

revoke all on public.udaps, public.agents, public.reference_counters, public.consultations,
  public.attachments, public.outbox, public.consultation_events from anon, authenticated;

grant select on public.udaps, public.agents, public.consultations, public.attachments,
  public.consultation_events to authenticated;
-- Agents change only the qualification and answer columns, never the applicant's data.
grant update (status, status_motivation, confirmed_protections, labels, priority, assignee, answer_text, internal_note)
  on public.consultations to authenticated;
grant update (email, phone, address, opening, active) on public.udaps to authenticated;

create policy "udaps: agents read all" on public.udaps
  for select to authenticated using (true);
create policy "udaps: a responsable updates their UDAP" on public.udaps
  for update to authenticated
  using (exists (select 1 from public.agents a where a.user_id = (select auth.uid()) and a.udap_code = udaps.code and a.role = 'responsable'))
  with check (exists (select 1 from public.agents a where a.user_id = (select auth.uid()) and a.udap_code = udaps.code and a.role = 'responsable'));

-- An agent sees their own row and their colleagues'.
create function public.current_agent_udap() returns text
language sql stable security definer
set search_path = ''
as $$
  select a.udap_code from public.agents a where a.user_id = (select auth.uid())
$$;
comment on function public.current_agent_udap() is 'UDAP de l''agent connecté (null pour tout autre rôle).';
revoke execute on function public.current_agent_udap() from public, anon;
grant execute on function public.current_agent_udap() to authenticated, service_role;

create policy "agents: agents read their UDAP's agents" on public.agents
  for select to authenticated using (udap_code = (select public.current_agent_udap()));

create policy "consultations: agents read their UDAP's requests" on public.consultations
  for select to authenticated using (udap_code = (select public.current_agent_udap()));
create policy "consultations: agents update their UDAP's requests" on public.consultations
  for update to authenticated
  using (udap_code = (select public.current_agent_udap()))
  with check (udap_code = (select public.current_agent_udap()));

create policy "attachments: agents read their UDAP's documents" on public.attachments
  for select to authenticated
  using (exists (select 1 from public.consultations c where c.id = attachments.consultation_id));

create policy "events: agents read their UDAP's journal" on public.consultation_events
  for select to authenticated
  using (exists (select 1 from public.consultations c where c.id = consultation_events.consultation_id));
