-- UDAPs: one per département. Contact details stay empty until each UDAP confirms them (in Studio).
-- The rows mirror content/data/udaps.json; a test proves the two agree.

create table public.udaps (
  code text primary key check (code ~ '^(0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-46])$'),
  departement text not null check (char_length(departement) between 2 and 60),
  name text not null check (char_length(name) between 6 and 80),
  email text check (email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  phone text check (phone ~ '^\+?[0-9 .-]{6,20}$'),
  address text check (char_length(address) <= 300),
  opening text check (char_length(opening) <= 1000),
  active boolean not null default false,
  updated_at timestamptz not null default now()
);
comment on table public.udaps is 'Unités départementales de l''architecture et du patrimoine : une par département.';
comment on column public.udaps.code is 'Code du département (2A, 2B, 971…).';
comment on column public.udaps.departement is 'Nom du département.';
comment on column public.udaps.name is 'Nom de l''UDAP, tel qu''affiché au public.';
comment on column public.udaps.email is 'Adresse e-mail qui reçoit les nouvelles demandes (à confirmer par l''UDAP).';
comment on column public.udaps.phone is 'Téléphone affiché au public.';
comment on column public.udaps.address is 'Adresse postale affichée au public.';
comment on column public.udaps.opening is 'Horaires d''ouverture et permanences, en texte libre.';
comment on column public.udaps.active is 'Vrai si l''UDAP reçoit les demandes de conseil en ligne.';
comment on column public.udaps.updated_at is 'Date de la dernière modification.';

insert into public.udaps (code, departement, name) values
  ('01', 'Ain', 'UDAP de l’Ain'),
  ('02', 'Aisne', 'UDAP de l’Aisne'),
  ('03', 'Allier', 'UDAP de l’Allier'),
  ('04', 'Alpes-de-Haute-Provence', 'UDAP des Alpes-de-Haute-Provence'),
  ('05', 'Hautes-Alpes', 'UDAP des Hautes-Alpes'),
  ('06', 'Alpes-Maritimes', 'UDAP des Alpes-Maritimes'),
  ('07', 'Ardèche', 'UDAP de l’Ardèche'),
  ('08', 'Ardennes', 'UDAP des Ardennes'),
  ('09', 'Ariège', 'UDAP de l’Ariège'),
  ('10', 'Aube', 'UDAP de l’Aube'),
  ('11', 'Aude', 'UDAP de l’Aude'),
  ('12', 'Aveyron', 'UDAP de l’Aveyron'),
  ('13', 'Bouches-du-Rhône', 'UDAP des Bouches-du-Rhône'),
  ('14', 'Calvados', 'UDAP du Calvados'),
  ('15', 'Cantal', 'UDAP du Cantal'),
  ('16', 'Charente', 'UDAP de la Charente'),
  ('17', 'Charente-Maritime', 'UDAP de la Charente-Maritime'),
  ('18', 'Cher', 'UDAP du Cher'),
  ('19', 'Corrèze', 'UDAP de la Corrèze'),
  ('21', 'Côte-d''Or', 'UDAP de la Côte-d''Or'),
  ('22', 'Côtes-d''Armor', 'UDAP des Côtes-d''Armor'),
  ('23', 'Creuse', 'UDAP de la Creuse'),
  ('24', 'Dordogne', 'UDAP de la Dordogne'),
  ('25', 'Doubs', 'UDAP du Doubs'),
  ('26', 'Drôme', 'UDAP de la Drôme'),
  ('27', 'Eure', 'UDAP de l’Eure'),
  ('28', 'Eure-et-Loir', 'UDAP d’Eure-et-Loir'),
  ('29', 'Finistère', 'UDAP du Finistère'),
  ('2A', 'Corse-du-Sud', 'UDAP de la Corse-du-Sud'),
  ('2B', 'Haute-Corse', 'UDAP de la Haute-Corse'),
  ('30', 'Gard', 'UDAP du Gard'),
  ('31', 'Haute-Garonne', 'UDAP de la Haute-Garonne'),
  ('32', 'Gers', 'UDAP du Gers'),
  ('33', 'Gironde', 'UDAP de la Gironde'),
  ('34', 'Hérault', 'UDAP de l’Hérault'),
  ('35', 'Ille-et-Vilaine', 'UDAP d’Ille-et-Vilaine'),
  ('36', 'Indre', 'UDAP de l’Indre'),
  ('37', 'Indre-et-Loire', 'UDAP d’Indre-et-Loire'),
  ('38', 'Isère', 'UDAP de l’Isère'),
  ('39', 'Jura', 'UDAP du Jura'),
  ('40', 'Landes', 'UDAP des Landes'),
  ('41', 'Loir-et-Cher', 'UDAP du Loir-et-Cher'),
  ('42', 'Loire', 'UDAP de la Loire'),
  ('43', 'Haute-Loire', 'UDAP de la Haute-Loire'),
  ('44', 'Loire-Atlantique', 'UDAP de la Loire-Atlantique'),
  ('45', 'Loiret', 'UDAP du Loiret'),
  ('46', 'Lot', 'UDAP du Lot'),
  ('47', 'Lot-et-Garonne', 'UDAP du Lot-et-Garonne'),
  ('48', 'Lozère', 'UDAP de la Lozère'),
  ('49', 'Maine-et-Loire', 'UDAP de Maine-et-Loire'),
  ('50', 'Manche', 'UDAP de la Manche'),
  ('51', 'Marne', 'UDAP de la Marne'),
  ('52', 'Haute-Marne', 'UDAP de la Haute-Marne'),
  ('53', 'Mayenne', 'UDAP de la Mayenne'),
  ('54', 'Meurthe-et-Moselle', 'UDAP de Meurthe-et-Moselle'),
  ('55', 'Meuse', 'UDAP de la Meuse'),
  ('56', 'Morbihan', 'UDAP du Morbihan'),
  ('57', 'Moselle', 'UDAP de la Moselle'),
  ('58', 'Nièvre', 'UDAP de la Nièvre'),
  ('59', 'Nord', 'UDAP du Nord'),
  ('60', 'Oise', 'UDAP de l’Oise'),
  ('61', 'Orne', 'UDAP de l’Orne'),
  ('62', 'Pas-de-Calais', 'UDAP du Pas-de-Calais'),
  ('63', 'Puy-de-Dôme', 'UDAP du Puy-de-Dôme'),
  ('64', 'Pyrénées-Atlantiques', 'UDAP des Pyrénées-Atlantiques'),
  ('65', 'Hautes-Pyrénées', 'UDAP des Hautes-Pyrénées'),
  ('66', 'Pyrénées-Orientales', 'UDAP des Pyrénées-Orientales'),
  ('67', 'Bas-Rhin', 'UDAP du Bas-Rhin'),
  ('68', 'Haut-Rhin', 'UDAP du Haut-Rhin'),
  ('69', 'Rhône', 'UDAP du Rhône'),
  ('70', 'Haute-Saône', 'UDAP de la Haute-Saône'),
  ('71', 'Saône-et-Loire', 'UDAP de Saône-et-Loire'),
  ('72', 'Sarthe', 'UDAP de la Sarthe'),
  ('73', 'Savoie', 'UDAP de la Savoie'),
  ('74', 'Haute-Savoie', 'UDAP de la Haute-Savoie'),
  ('75', 'Paris', 'UDAP de Paris'),
  ('76', 'Seine-Maritime', 'UDAP de la Seine-Maritime'),
  ('77', 'Seine-et-Marne', 'UDAP de Seine-et-Marne'),
  ('78', 'Yvelines', 'UDAP des Yvelines'),
  ('79', 'Deux-Sèvres', 'UDAP des Deux-Sèvres'),
  ('80', 'Somme', 'UDAP de la Somme'),
  ('81', 'Tarn', 'UDAP du Tarn'),
  ('82', 'Tarn-et-Garonne', 'UDAP du Tarn-et-Garonne'),
  ('83', 'Var', 'UDAP du Var'),
  ('84', 'Vaucluse', 'UDAP du Vaucluse'),
  ('85', 'Vendée', 'UDAP de la Vendée'),
  ('86', 'Vienne', 'UDAP de la Vienne'),
  ('87', 'Haute-Vienne', 'UDAP de la Haute-Vienne'),
  ('88', 'Vosges', 'UDAP des Vosges'),
  ('89', 'Yonne', 'UDAP de l’Yonne'),
  ('90', 'Territoire de Belfort', 'UDAP du Territoire de Belfort'),
  ('91', 'Essonne', 'UDAP de l’Essonne'),
  ('92', 'Hauts-de-Seine', 'UDAP des Hauts-de-Seine'),
  ('93', 'Seine-Saint-Denis', 'UDAP de la Seine-Saint-Denis'),
  ('94', 'Val-de-Marne', 'UDAP du Val-de-Marne'),
  ('95', 'Val-d''Oise', 'UDAP du Val-d''Oise'),
  ('971', 'Guadeloupe', 'UDAP de la Guadeloupe'),
  ('972', 'Martinique', 'UDAP de la Martinique'),
  ('973', 'Guyane', 'UDAP de la Guyane'),
  ('974', 'La Réunion', 'UDAP de La Réunion'),
  ('976', 'Mayotte', 'UDAP de Mayotte');

-- Routing: the département of a commune, from its INSEE code (authoritative) or its postcode.
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
  'Département d''un code postal (2A/2B pour la Corse, 971 à 976 outre-mer), ou null s''il n''est pas valide.';

create function public.departement_from_insee(insee_code text) returns text
language sql immutable strict
set search_path = ''
as $$
  select case
    when insee_code !~ '^((0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5])[0-9]{3}|97[1-46][0-9]{2})$' then null
    when insee_code like '97%' then left(insee_code, 3)
    else left(insee_code, 2)
  end
$$;
comment on function public.departement_from_insee(text) is
  'Département d''un code commune INSEE (2A/2B en Corse, 971 à 976 outre-mer), ou null s''il n''est pas valide.';

-- Lyon, Marseille and Paris arrondissements have their own INSEE codes, in their département: no special case.
create function public.route_to_udap(insee_code text, postcode text) returns text
language sql immutable
set search_path = ''
as $$
  select coalesce(public.departement_from_insee(insee_code), public.departement_from_postcode(postcode))
$$;
comment on function public.route_to_udap(text, text) is
  'UDAP destinataire : le département du code INSEE s''il est connu, sinon celui du code postal.';
