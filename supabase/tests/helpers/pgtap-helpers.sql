-- Helpers for the pgTAP suites, included with \ir by each suite (temporary: gone with the session).

-- A valid submission payload; `overrides` replaces any field.
create function pg_temp.payload(overrides jsonb default '{}'::jsonb) returns jsonb
language sql as $$
  select '{"applicant_kind":"particulier","first_name":"Camille","last_name":"Martin","email":"camille@example.fr",
    "address":"12 rue Saint-Jean","postcode":"69005","commune":"Lyon","insee_code":"69385","declared_protection":"spr",
    "works_types":["menuiseries"],"description":"Remplacement des fenêtres de la façade sur rue, à l’identique.",
    "project_stage":"esquisse","answer_kind":"ecrite","consent":true}'::jsonb || overrides
$$;

-- Submits through the API function and returns the new row's id.
create function pg_temp.submit(overrides jsonb default '{}'::jsonb) returns uuid
language plpgsql as $$
declare
  v_reference text := public.submit_consultation(pg_temp.payload(overrides),
    sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'http://localhost/suivi/#jeton') ->> 'reference';
begin
  return (select c.id from public.consultations c where c.reference = v_reference);
end
$$;

-- Runs one statement as an API role with the given user, and answers its single value or 'ERROR <sqlstate>'.
create function pg_temp.run_as(p_role text, p_user uuid, p_sql text) returns text
language plpgsql as $$
declare
  v_result text;
begin
  perform set_config('request.jwt.claims', json_build_object('sub', p_user, 'role', p_role)::text, true);
  execute format('set local role %I', p_role);
  begin
    execute p_sql into v_result;
  exception when others then
    v_result := 'ERROR ' || sqlstate;
  end;
  reset role;
  perform set_config('request.jwt.claims', '', true);
  return v_result;
end
$$;

-- Changes a request's status as Studio would: motif or answer first when needed. Answers true if accepted.
create function pg_temp.move(p_id uuid, p_to public.consultation_status) returns boolean
language plpgsql as $$
begin
  update public.consultations set status_motivation = 'Motif de test',
    answer_text = case when p_to = 'repondue' and status <> 'repondue' then 'Réponse de test de l''UDAP.' else answer_text end
  where id = p_id;
  update public.consultations set status = p_to where id = p_id;
  return true;
exception when others then
  return false;
end
$$;

-- A new request brought to the given status along the allowed path.
create function pg_temp.request_in(p_status public.consultation_status) returns uuid
language plpgsql as $$
declare
  v_id uuid := pg_temp.submit();
  v_step public.consultation_status;
begin
  foreach v_step in array case p_status
    when 'nouvelle' then array[]::public.consultation_status[]
    when 'en_cours' then array['en_cours']::public.consultation_status[]
    when 'complement_demande' then array['en_cours', 'complement_demande']::public.consultation_status[]
    when 'repondue' then array['en_cours', 'repondue']::public.consultation_status[]
    else array[p_status]
  end loop
    if not pg_temp.move(v_id, v_step) then
      raise exception 'could not bring the request to %', v_step;
    end if;
  end loop;
  return v_id;
end
$$;
