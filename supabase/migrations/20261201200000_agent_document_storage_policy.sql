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

