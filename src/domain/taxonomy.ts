// Closed lists shared by the form, the API, the rules and the database (each mirrored by a
// Postgres enum of the same name; a test proves they agree). Labels are the public's words.

/** Who asks for advice. */
export const applicantKinds = {
  particulier: 'Un particulier',
  professionnel: 'Un professionnel (architecte, artisan, entreprise…)',
  collectivite: 'Une collectivité',
} as const

/** The protection the applicant believes applies; agents confirm it. */
export const protectionKinds = {
  abords_mh: 'Abords d’un monument historique',
  spr: 'Site patrimonial remarquable',
  site_classe: 'Site classé',
  site_inscrit: 'Site inscrit',
  mh_classe: 'Monument historique classé',
  mh_inscrit: 'Monument historique inscrit',
  aucune: 'Aucune protection',
  je_ne_sais_pas: 'Je ne sais pas',
} as const

/** Types of works, as in the "fiches travaux". */
export const worksTypes = {
  facade_ravalement: 'Façade, ravalement',
  menuiseries: 'Fenêtres, portes, volets',
  toiture: 'Toiture, couverture',
  fenetre_de_toit: 'Fenêtre de toit',
  panneaux_solaires: 'Panneaux solaires',
  isolation_exterieure: 'Isolation par l’extérieur',
  pompe_a_chaleur_climatisation: 'Pompe à chaleur, climatisation',
  cloture_portail: 'Clôture, portail, mur',
  devanture_enseigne: 'Devanture, enseigne',
  extension_veranda_annexe: 'Extension, véranda, abri, annexe',
  piscine: 'Piscine',
  construction_neuve: 'Construction neuve',
  demolition: 'Démolition',
  arbres_espaces_verts: 'Arbres, jardin, espaces verts',
  autre: 'Autres travaux',
} as const

/** How far the project has gone. */
export const projectStages = {
  reflexion: 'Je réfléchis à un projet',
  esquisse: 'J’ai une esquisse ou des premiers plans',
  projet_finalise: 'Mon projet est prêt à être déposé',
  demande_deposee: 'J’ai déjà déposé ma demande en mairie',
} as const

/** The kind of answer the applicant would like. */
export const answerKinds = {
  ecrite: 'Une réponse écrite',
  telephone: 'Un appel téléphonique',
  rendez_vous: 'Un rendez-vous avec l’architecte des Bâtiments de France',
} as const

/** Lifecycle of a request (DS-like, adapted to advice), as the applicant reads it. */
export const consultationStatuses = {
  nouvelle: 'Reçue par l’UDAP',
  en_cours: 'En cours d’examen',
  complement_demande: 'Complément demandé',
  repondue: 'Répondue',
  classee_sans_suite: 'Classée sans suite',
  reorientee: 'Réorientée',
} as const

export type ApplicantKind = keyof typeof applicantKinds
export type ProtectionKind = keyof typeof protectionKinds
export type WorksType = keyof typeof worksTypes
export type ProjectStage = keyof typeof projectStages
export type AnswerKind = keyof typeof answerKinds
export type ConsultationStatus = keyof typeof consultationStatuses

/** The keys of a list, as a non-empty tuple for zod's enum. */
export function keysOf<T extends Record<string, string>>(
  list: T,
): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(list) as [keyof T & string, ...(keyof T & string)[]]
}
