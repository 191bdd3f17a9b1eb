-- The agents' documents in Storage: an agent may read (and so have Storage sign a download URL
-- for) a file of the attachments bucket only when it is a document of a request of their own
-- UDAP. The workspace first asks the database (public.agent_attachment, under the agent's row-level
-- security), then asks Storage to sign the URL under the agent's own JWT, where this policy
-- decides again: no service key signs an agent's download in production.
create policy "consultation-attachments: agents read their UDAP's documents" on storage.objects
  for select to authenticated
  using (
    bucket_id = 'consultation-attachments'
    and exists (
      select 1 from public.attachments a
      join public.consultations c on c.id = a.consultation_id
      where a.storage_path = storage.objects.name
        and c.udap_code = (select public.current_agent_udap())
    )
  );


-- The ProConnect sign-in asks the same question as the local one (is this email an active
-- agent's?), in production too, before Auth opens a session for that account.
comment on function public.local_agent_account(text) is
  'Compte d''un agent actif, par son e-mail (connexion locale, et connexion avec ProConnect avant d''ouvrir la session).';
