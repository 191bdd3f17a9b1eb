-- Consultations: requests for advice sent to a UDAP, with a human reference per département and year.

create type public.applicant_kind as enum ('particulier', 'professionnel', 'collectivite');
comment on type public.applicant_kind is 'Qui demande conseil : particulier, professionnel ou collectivité.';

-- Département (hence UDAP) of a French postcode: Corsica is 2A/2B, overseas départements 971–976.
create function public.departement_from_postcode(postcode text) returns text
language sql immutable strict
set search_path = ''
as $$
  select case
    when postcode !~ '^((0[1-9]|[1-8][0-9]|9[0-5])[0-9]{3}|97[1-46][0-9]{2})$' then null
    when postcode like '20%' then case when postcode < '20200' then '2A' else '2B' end
    when postcode like '97%' then left(postcode, 3)
    else left(postcode, 2)
  end
$$;
comment on function public.departement_from_postcode(text) is
  'Code du département d''un code postal (2A/2B pour la Corse, 971 à 976 outre-mer), ou null s''il n''est pas valide.';

create table public.reference_counters (
  departement text not null,
  year integer not null,
  last_value integer not null check (last_value > 0),
  primary key (departement, year)
);
comment on table public.reference_counters is
  'Dernier numéro attribué par département et par année ; un rollback rend le numéro, d''où des références sans trou.';

create table public.consultations (
  id uuid primary key default gen_random_uuid(),
  reference text not null unique check (reference ~ '^(\d{2}|2A|2B|97\d)-\d{4}-\d{5,}$'),
  departement text not null,
  applicant_kind public.applicant_kind not null,
  first_name text not null check (char_length(btrim(first_name)) between 1 and 100),
  last_name text not null check (char_length(btrim(last_name)) between 1 and 100),
  email text not null check (char_length(email) <= 254 and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  phone text check (phone ~ '^\+?[0-9 .-]{6,20}$'),
  address text not null check (char_length(btrim(address)) between 1 and 300),
  postcode text not null check (public.departement_from_postcode(postcode) is not null),
  commune text not null check (char_length(btrim(commune)) between 1 and 150),
  description text not null check (char_length(btrim(description)) between 20 and 5000),
  consented_at timestamptz not null,
  created_at timestamptz not null default now(),
  check (departement = public.departement_from_postcode(postcode))
);
comment on table public.consultations is 'Demandes de conseil adressées à une UDAP.';
comment on column public.consultations.reference is 'Référence donnée au demandeur : département-année-numéro.';
comment on column public.consultations.departement is 'Département du projet, donc UDAP destinataire.';
comment on column public.consultations.consented_at is 'Date à laquelle le demandeur a accepté le traitement de sa demande.';

-- Personal data: no access through the public API; the functions write through the SQL function below.
alter table public.consultations enable row level security;
alter table public.reference_counters enable row level security;
revoke all on public.consultations, public.reference_counters from anon, authenticated;

-- The only write path: validates nothing the table does not, numbers the request, returns its reference.
create function public.submit_consultation(payload jsonb) returns text
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_departement text := public.departement_from_postcode(payload ->> 'postcode');
  v_year integer := extract(year from now() at time zone 'Europe/Paris')::integer;
  v_number integer;
  v_reference text;
begin
  if v_departement is null then
    raise exception using errcode = '22023', message = 'postcode: code postal invalide';
  end if;
  if (payload ->> 'consent')::boolean is distinct from true then
    raise exception using errcode = '22023', message = 'consent: consentement manquant';
  end if;

  insert into public.reference_counters as c (departement, year, last_value)
  values (v_departement, v_year, 1)
  on conflict (departement, year) do update set last_value = c.last_value + 1
  returning c.last_value into v_number;

  v_reference := format('%s-%s-%s', v_departement, v_year, lpad(v_number::text, 5, '0'));

  insert into public.consultations (
    reference, departement, applicant_kind, first_name, last_name, email, phone,
    address, postcode, commune, description, consented_at
  ) values (
    v_reference, v_departement, (payload ->> 'applicant_kind')::public.applicant_kind,
    payload ->> 'first_name', payload ->> 'last_name', payload ->> 'email', payload ->> 'phone',
    payload ->> 'address', payload ->> 'postcode', payload ->> 'commune', payload ->> 'description', now()
  );
  return v_reference;
end
$$;
comment on function public.submit_consultation(jsonb) is
  'Enregistre une demande et renvoie sa référence. Réservé au rôle service_role (fonctions Netlify).';

-- What /api/health reports: the store answers, and how many requests it holds.
create function public.store_health() returns jsonb
language sql stable security definer
set search_path = ''
as $$
  select jsonb_build_object('consultations', (select count(*) from public.consultations))
$$;

revoke execute on function public.submit_consultation(jsonb), public.store_health() from public, anon, authenticated;
grant execute on function public.submit_consultation(jsonb), public.store_health() to service_role;
