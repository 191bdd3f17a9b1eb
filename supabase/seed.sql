-- Demo data for local runs (npm start's embedded database, `supabase db reset`); never for production.
-- A demo agent of the UDAP du Rhône and a few requests at every stage, so that the Studio views
-- and the figures have something to show. Every person here is fictitious.

-- Demo agents of two UDAPs: each signs in to /espace-agent/ with a code sent to the local mailbox.
insert into auth.users (id, email) values
  ('00000000-0000-4000-8000-000000000069', 'agent.demo@example.fr'),
  ('00000000-0000-4000-8000-000000000169', 'agent.rhone@example.fr'),
  ('00000000-0000-4000-8000-000000000013', 'agent.bouches-du-rhone@example.fr')
on conflict (id) do nothing;
insert into public.agents (user_id, udap_code, display_name, role) values
  ('00000000-0000-4000-8000-000000000069', '69', 'Agent de démonstration', 'responsable'),
  ('00000000-0000-4000-8000-000000000169', '69', 'Camille Rhône (démonstration)', 'agent'),
  ('00000000-0000-4000-8000-000000000013', '13', 'Dominique Provence (démonstration)', 'responsable')
on conflict (user_id) do nothing;
insert into public.reply_templates (udap_code, title, body) values
  ('69', 'Projet compatible', 'Bonjour,

Votre projet, tel que décrit, paraît compatible avec la protection du secteur. Déposez votre demande en mairie en joignant des photos de l’existant et un descriptif des matériaux.

L’architecte des Bâtiments de France'),
  ('69', 'Rendez-vous conseillé', 'Bonjour,

Pour vous conseiller au mieux, nous vous proposons un rendez-vous lors de notre permanence. Appelez l’UDAP pour convenir d’un créneau.

L’architecte des Bâtiments de France')
on conflict (udap_code, title) do nothing;

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

-- Demo figures for /stats/: six months of fictitious requests in a few UDAPs (dates in the past,
-- so they are inserted directly, with their journal), some with photos, some through a partner
-- site, and page votes. The marker row makes /stats/ label every figure as a demonstration.
insert into public.demo_data default values on conflict do nothing;

do $$
declare
  v_udaps text[] := array['69', '69', '69', '69', '13', '13', '75', '75', '69', '35'];
  v_postcodes text[] := array['69005', '69002', '69004', '69001', '13002', '13100', '75004', '75006', '69300', '35000'];
  v_communes text[] := array['Lyon', 'Lyon', 'Lyon', 'Lyon', 'Marseille', 'Aix-en-Provence', 'Paris', 'Paris', 'Caluire-et-Cuire', 'Rennes'];
  v_id uuid;
  v_created timestamptz;
  v_first timestamptz;
  v_answered timestamptz;
  v_k integer;
  i integer;
begin
  if exists (select 1 from public.consultations where reference like '%-90___') then
    return;
  end if;
  for i in 1..72 loop
    v_k := 1 + (i * 7) % 10;
    -- Rennes keeps a small group (3 requests), which /stats/ must not show on its own.
    v_k := case when v_k = 10 and i > 30 then 9 else v_k end;
    v_created := date_trunc('day', now()) - make_interval(days => 3 + (i * 37) % 180, hours => -(8 + i % 9));
    v_first := v_created + make_interval(days => 1 + i % 6);
    v_answered := case when i % 5 <> 0 and v_created < now() - interval '20 days'
      then v_created + make_interval(days => 6 + (i * 13) % 24) end;
    insert into public.consultations (reference, udap_code, status, applicant_kind, first_name, last_name, email,
      address, postcode, commune, declared_protection, works_types, description, project_stage, consented_at,
      source, tracking_token_hash, answer_text, answered_at, closed_at, created_at, updated_at)
    values (
      format('%s-%s-%s', v_udaps[v_k], extract(year from v_created)::integer, 90000 + i), v_udaps[v_k],
      case when v_answered is not null then 'repondue' else 'en_cours' end::public.consultation_status,
      'particulier', 'Démo', format('Personne %s', i), format('demo.%s@example.fr', i),
      format('%s rue de la Démonstration', i), v_postcodes[v_k], v_communes[v_k], 'spr', '{menuiseries}',
      'Demande fictive pour les chiffres de démonstration de la page /stats/.', 'esquisse', v_created,
      case when i % 6 = 0 then 'https://www.mairie-exemple.fr' else 'site' end,
      sha256(convert_to(format('demo-stats-%s', i), 'UTF8')),
      case when v_answered is not null then 'Réponse de démonstration.' end, v_answered, v_answered, v_created,
      coalesce(v_answered, v_first))
    returning id into v_id;
    insert into public.consultation_events (consultation_id, kind, from_status, to_status, actor_role, created_at)
    values (v_id, 'changement_statut', 'nouvelle', 'en_cours', 'postgres', v_first);
    if v_answered is not null then
      insert into public.consultation_events (consultation_id, kind, from_status, to_status, actor_role, created_at)
      values (v_id, 'changement_statut', 'en_cours', 'repondue', 'postgres', v_answered);
    end if;
    if i % 3 <> 0 then
      insert into public.attachments (consultation_id, storage_path, file_name, size_bytes, mime_type, uploaded_at)
      values (v_id, format('%s/%s.jpg', v_id, gen_random_uuid()), 'facade.jpg', 850000, 'image/jpeg', v_created);
    end if;
  end loop;
  insert into public.page_feedback (page, useful, comment, created_at)
  select (array['/demander-un-conseil/', '/fiches-travaux/panneaux-solaires/', '/comprendre/abords-des-monuments-historiques/',
      '/demarches/declaration-prealable/'])[1 + v.n % 4],
    v.n % 4 <> 1, case when v.n % 9 = 1 then 'Je cherchais le délai de réponse de l’UDAP.' end,
    now() - make_interval(days => (v.n * 11) % 150)
  from generate_series(1, 48) as v(n);
end
$$;

-- In the demo every UDAP takes online requests, except Corsica's two: the form shows for them
-- that they do not, and how to reach them (set `active` in Studio's table editor to try others).
update public.udaps set active = true where code not in ('2A', '2B');
