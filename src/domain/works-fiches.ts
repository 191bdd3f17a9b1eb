import type { WorksType } from './taxonomy.ts'

/**
 * The "fiche travaux" of each type of works (its slug under /fiches-travaux/), for the links
 * from content pages, the questionnaire and the address check. Types without a fiche of their
 * own are left out.
 */
export const worksFiches: Partial<Record<WorksType, string>> = {
  facade_ravalement: 'facades-et-ravalement',
  menuiseries: 'fenetres-portes-et-volets',
  toiture: 'toitures-et-couvertures',
  fenetre_de_toit: 'fenetres-de-toit-et-lucarnes',
  panneaux_solaires: 'panneaux-solaires',
  isolation_exterieure: 'isolation-thermique-par-l-exterieur',
  pompe_a_chaleur_climatisation: 'pompes-a-chaleur-climatiseurs-paraboles',
  cloture_portail: 'clotures-murs-et-portails',
  devanture_enseigne: 'devantures-et-enseignes',
  extension_veranda_annexe: 'extensions-verandas-abris-de-jardin',
  demolition: 'demolition',
  arbres_espaces_verts: 'arbres-et-jardins',
  piscine: 'piscines',
}

/** The address of the fiche for a type of works, if it has one. */
export function worksFicheUrl(type: WorksType): string | undefined {
  const slug = worksFiches[type]
  return slug ? `/fiches-travaux/${slug}/` : undefined
}
