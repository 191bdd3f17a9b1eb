-- Requests for advice, the agents who handle them, and the closed lists Studio shows as dropdowns.
-- Every check mirrors src/domain/consultation-schema.ts; a test runs a shared table of cases on both.

create type public.applicant_kind as enum ('particulier', 'professionnel', 'collectivite');
comment on type public.applicant_kind is 'Qui demande conseil.';
create type public.protection_kind as enum
  ('abords_mh', 'spr', 'site_classe', 'site_inscrit', 'mh_classe', 'mh_inscrit', 'aucune', 'je_ne_sais_pas');
comment on type public.protection_kind is 'Protection patrimoniale : abords de monument historique, site patrimonial remarquable, site classé ou inscrit, monument.';
create type public.works_type as enum (
  'facade_ravalement', 'menuiseries', 'toiture', 'fenetre_de_toit', 'panneaux_solaires', 'isolation_exterieure',
  'pompe_a_chaleur_climatisation', 'cloture_portail', 'devanture_enseigne', 'extension_veranda_annexe', 'piscine',
  'construction_neuve', 'demolition', 'arbres_espaces_verts', 'autre');
comment on type public.works_type is 'Type de travaux, comme dans les fiches du site.';
create type public.project_stage as enum ('reflexion', 'esquisse', 'projet_finalise', 'demande_deposee');
comment on type public.project_stage is 'Avancement du projet au moment de la demande.';
create type public.answer_kind as enum ('ecrite', 'telephone', 'rendez_vous');
comment on type public.answer_kind is 'Forme de réponse souhaitée par le demandeur.';
create type public.consultation_status as enum
  ('nouvelle', 'en_cours', 'complement_demande', 'repondue', 'classee_sans_suite', 'reorientee');
comment on type public.consultation_status is
  'nouvelle → en_cours → (complement_demande ↔ en_cours) → repondue, classee_sans_suite ou reorientee.';
create type public.consultation_priority as enum ('basse', 'normale', 'haute');
comment on type public.consultation_priority is 'Priorité donnée par l''UDAP.';
create type public.agent_role as enum ('agent', 'responsable');
comment on type public.agent_role is 'Rôle d''un agent dans son UDAP.';

-- Agents: a Supabase Auth user attached to one UDAP.
create table public.agents (
  user_id uuid primary key references auth.users (id) on delete cascade,
  udap_code text not null references public.udaps (code),
  display_name text not null check (char_length(btrim(display_name)) between 2 and 100),
  role public.agent_role not null default 'agent',
  created_at timestamptz not null default now()
);
create index agents_udap_code_idx on public.agents (udap_code);
comment on table public.agents is 'Agents des UDAP : un compte Supabase rattaché à une UDAP.';
comment on column public.agents.user_id is 'Compte de l''agent (Authentication → Users).';
comment on column public.agents.udap_code is 'UDAP de l''agent : il ne voit que les demandes de cette UDAP.';
comment on column public.agents.display_name is 'Nom affiché dans les demandes.';
comment on column public.agents.role is 'agent ou responsable.';
comment on column public.agents.created_at is 'Date d''ajout de l''agent.';

-- Numbering: a counter per UDAP and year; a rolled-back submission gives its number back.
create table public.reference_counters (
  udap_code text not null references public.udaps (code),
  year integer not null check (year between 2020 and 2200),
  last_value integer not null check (last_value > 0),
  primary key (udap_code, year)
);
comment on table public.reference_counters is 'Dernier numéro de référence attribué, par UDAP et par année (usage interne).';

create table public.consultations (
  id uuid primary key default gen_random_uuid(),
  reference text not null unique check (reference ~ '^(\d{2}|2A|2B|97\d)-\d{4}-\d{5,}$'),
  udap_code text not null references public.udaps (code),
  status public.consultation_status not null default 'nouvelle',
  status_motivation text check (char_length(status_motivation) <= 2000),
  -- The applicant (emptied by the purge).
  applicant_kind public.applicant_kind not null,
  first_name text check (char_length(btrim(first_name)) between 1 and 100),
  last_name text check (char_length(btrim(last_name)) between 1 and 100),
  email text check (char_length(email) <= 254 and email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  phone text check (phone ~ '^\+?[0-9 .-]{6,20}$'),
  -- The project.
  address text check (char_length(btrim(address)) between 1 and 300),
  postcode text not null check (public.departement_from_postcode(postcode) is not null),
  commune text not null check (char_length(btrim(commune)) between 1 and 150),
  insee_code text check (insee_code is null or public.departement_from_insee(insee_code) is not null),
  cadastral_reference text check (char_length(btrim(cadastral_reference)) between 1 and 50),
  declared_protection public.protection_kind not null default 'je_ne_sais_pas',
  works_types public.works_type[] not null check (cardinality(works_types) between 1 and 15),
  description text check (char_length(btrim(description)) between 20 and 5000),
  project_stage public.project_stage not null,
  answer_kind public.answer_kind not null default 'ecrite',
  consented_at timestamptz not null,
  source text not null default 'site' check (source = 'site' or source ~ '^https?://[^/[:space:]]+$'),
  idempotency_key text unique check (char_length(idempotency_key) between 1 and 255),
  request_hash bytea check (octet_length(request_hash) = 32),
  tracking_token_hash bytea not null unique check (octet_length(tracking_token_hash) = 32),
  -- Qualification and answer, by the agents.
  confirmed_protections public.protection_kind[] not null default '{}',
  labels text[] not null default '{}' check (cardinality(labels) <= 20),
  priority public.consultation_priority not null default 'normale',
  assignee uuid references public.agents (user_id) on delete set null,
  answer_text text check (char_length(btrim(answer_text)) between 1 and 20000),
  answered_at timestamptz,
  internal_note text check (char_length(internal_note) <= 20000),
  -- Life of the row.
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  closed_at timestamptz,
  purge_after timestamptz not null default now() + interval '24 months',
  purged_at timestamptz,
  check (udap_code = public.route_to_udap(insee_code, postcode)),
  check (purged_at is not null or (first_name is not null and last_name is not null and email is not null
    and address is not null and description is not null)),
  check (status <> 'repondue' or answer_text is not null or purged_at is not null)
);
create index consultations_udap_status_idx on public.consultations (udap_code, status, created_at);
create index consultations_assignee_idx on public.consultations (assignee);
create index consultations_purge_idx on public.consultations (purge_after) where purged_at is null;

comment on table public.consultations is 'Demandes de conseil. Pour répondre : écrire la réponse, puis passer le statut à « repondue ».';
comment on column public.consultations.reference is 'Référence donnée au demandeur : département-année-numéro.';
comment on column public.consultations.udap_code is 'UDAP destinataire, déduite du code INSEE ou du code postal.';
comment on column public.consultations.status is 'Statut. Pour complement_demande, classee_sans_suite ou reorientee, remplir d''abord le motif.';
comment on column public.consultations.status_motivation is 'Motif du prochain changement de statut (obligatoire pour complément, classement, réorientation). Vidé une fois enregistré dans le journal.';
comment on column public.consultations.applicant_kind is 'Particulier, professionnel ou collectivité.';
comment on column public.consultations.first_name is 'Prénom du demandeur (effacé à la purge).';
comment on column public.consultations.last_name is 'Nom du demandeur (effacé à la purge).';
comment on column public.consultations.email is 'E-mail du demandeur (effacé à la purge).';
comment on column public.consultations.phone is 'Téléphone du demandeur, facultatif (effacé à la purge).';
comment on column public.consultations.address is 'Adresse du projet (effacée à la purge).';
comment on column public.consultations.postcode is 'Code postal du projet.';
comment on column public.consultations.commune is 'Commune du projet.';
comment on column public.consultations.insee_code is 'Code INSEE de la commune, quand le demandeur l''a choisie dans la liste.';
comment on column public.consultations.cadastral_reference is 'Référence cadastrale, facultative (effacée à la purge).';
comment on column public.consultations.declared_protection is 'Protection indiquée par le demandeur (peut être « je_ne_sais_pas »).';
comment on column public.consultations.works_types is 'Types de travaux indiqués par le demandeur.';
comment on column public.consultations.description is 'Description du projet par le demandeur (effacée à la purge).';
comment on column public.consultations.project_stage is 'Avancement du projet.';
comment on column public.consultations.answer_kind is 'Forme de réponse souhaitée.';
comment on column public.consultations.consented_at is 'Date d''acceptation du traitement de la demande.';
comment on column public.consultations.source is '« site » ou l''origine du site partenaire qui intègre le formulaire.';
comment on column public.consultations.idempotency_key is 'Clé envoyée par le navigateur : un renvoi de la même demande ne crée pas de doublon.';
comment on column public.consultations.request_hash is 'Empreinte de la demande envoyée avec cette clé : la même clé avec une autre demande est refusée.';
comment on column public.consultations.tracking_token_hash is 'Empreinte SHA-256 du lien de suivi du demandeur (le lien lui-même n''est jamais stocké).';
comment on column public.consultations.confirmed_protections is 'Protections confirmées par l''UDAP.';
comment on column public.consultations.labels is 'Étiquettes libres de l''UDAP.';
comment on column public.consultations.priority is 'Priorité donnée par l''UDAP.';
comment on column public.consultations.assignee is 'Agent chargé de la demande.';
comment on column public.consultations.answer_text is 'Réponse envoyée au demandeur (visible par lui sur sa page de suivi).';
comment on column public.consultations.answered_at is 'Date de la réponse (remplie automatiquement).';
comment on column public.consultations.internal_note is 'Note interne à l''UDAP, jamais montrée au demandeur.';
comment on column public.consultations.created_at is 'Date de réception de la demande.';
comment on column public.consultations.updated_at is 'Date de la dernière modification.';
comment on column public.consultations.closed_at is 'Date de clôture (réponse, classement ou réorientation).';
comment on column public.consultations.purge_after is 'Date après laquelle les données personnelles sont effacées (12 mois après la clôture, 24 mois au plus tard).';
comment on column public.consultations.purged_at is 'Date d''effacement des données personnelles ; la ligne reste pour les statistiques.';
