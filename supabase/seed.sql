-- Demo data for local runs (npm start's embedded database, `supabase db reset`); never for production.
-- A demo agent of the UDAP du Rhône and a few requests at every stage, so that the Studio views
-- and the figures have something to show. Every person here is fictitious.

insert into auth.users (id, email) values ('00000000-0000-4000-8000-000000000069', 'agent.demo@example.fr')
on conflict (id) do nothing;
insert into public.agents (user_id, udap_code, display_name, role)
values ('00000000-0000-4000-8000-000000000069', '69', 'Agent de démonstration', 'responsable')
on conflict (user_id) do nothing;

do $$
declare
  v_demo record;
  v_id uuid;
  v_reference text;
begin
  for v_demo in
    select * from (values
      ('Exemple', 'Alice', '5 rue du Bœuf', '69005', '69385', 'Lyon', 'spr', '{menuiseries}', 'nouvelle'),
      ('Exemple', 'Bruno', '18 quai Saint-Vincent', '69001', '69381', 'Lyon', 'abords_mh', '{facade_ravalement}', 'en_cours'),
      ('Exemple', 'Chloé', '2 place du Change', '69005', '69385', 'Lyon', 'spr', '{devanture_enseigne}', 'complement_demande'),
      ('Exemple', 'David', '1 chemin des Vignes', '69480', '69009', 'Anse', 'je_ne_sais_pas', '{panneaux_solaires,toiture}', 'repondue'),
      ('Exemple', 'Emma', '7 montée du Gourguillon', '69005', '69385', 'Lyon', 'spr', '{cloture_portail}', 'classee_sans_suite')
    ) as d(last_name, first_name, address, postcode, insee_code, commune, protection, works, target)
  loop
    v_reference := public.submit_consultation(jsonb_build_object(
      'applicant_kind', 'particulier', 'first_name', v_demo.first_name, 'last_name', v_demo.last_name,
      'email', lower(v_demo.first_name) || '.exemple@example.fr', 'address', v_demo.address,
      'postcode', v_demo.postcode, 'insee_code', v_demo.insee_code, 'commune', v_demo.commune,
      'declared_protection', v_demo.protection, 'works_types', v_demo.works::text[],
      'description', 'Demande de démonstration : projet fictif pour montrer le suivi des demandes.',
      'project_stage', 'esquisse', 'answer_kind', 'ecrite', 'consent', true),
      sha256(convert_to(gen_random_uuid()::text, 'UTF8'))) ->> 'reference';
    select c.id into v_id from public.consultations c where c.reference = v_reference;
    if v_demo.target <> 'nouvelle' and v_demo.target <> 'classee_sans_suite' then
      update public.consultations set status = 'en_cours' where id = v_id;
    end if;
    if v_demo.target = 'complement_demande' then
      update public.consultations set status_motivation = 'Merci de joindre une photo de la devanture actuelle.' where id = v_id;
      update public.consultations set status = 'complement_demande' where id = v_id;
    elsif v_demo.target = 'repondue' then
      update public.consultations set answer_text = 'Réponse de démonstration : le projet peut être déposé en mairie.' where id = v_id;
      update public.consultations set status = 'repondue' where id = v_id;
    elsif v_demo.target = 'classee_sans_suite' then
      update public.consultations set status_motivation = 'Demande de démonstration en double.' where id = v_id;
      update public.consultations set status = 'classee_sans_suite' where id = v_id;
    end if;
  end loop;
end
$$;
