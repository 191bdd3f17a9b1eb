// Which procedure applies to works in (or out of) a protected area, who gives which opinion,
// how long it takes, what silence means and what goes in the file. Every conclusion names the
// texts it rests on (procedure-sources.ts, from the project's domain brief); where the brief
// leaves a rule "to verify", the conclusion is marked `a_verifier` and says to ask the mairie or
// the UDAP. Unknown answers lead to the prudent outcome, and the result says what was assumed.
import {
  dpPieces,
  enseignePieces,
  erpPieces,
  mhPieces,
  type Piece,
  pcPieces,
  pdPieces,
} from './dossier-pieces.ts'
import type { ProcedureAnswers } from './procedure-answers.ts'
import { type Source, type SourceId, sources } from './procedure-sources.ts'
import type { ProtectionKind, WorksType } from './taxonomy.ts'
import { type WorksAdvice, worksAdvice } from './works-advice.ts'

export type ProcedureKind =
  | 'aucune'
  | 'declaration_prealable'
  | 'permis_de_construire'
  | 'permis_de_demolir'
  | 'autorisation_speciale_site_classe'
  | 'autorisation_travaux_mh'
  | 'declaration_travaux_mh_inscrit'
  | 'autorisation_enseigne'
  | 'autorisation_travaux_erp'

export type Certainty = 'certain' | 'a_verifier'

export interface Conclusion {
  text: string
  sources: Source[]
}

export interface ProcedureInfo {
  label: string
  /** The site's page about this procedure. */
  page?: string
  /** The official page with the form. */
  official?: string
}

export const procedureInfo: Record<ProcedureKind, ProcedureInfo> = {
  aucune: { label: 'Pas de formalité d’urbanisme' },
  declaration_prealable: {
    label: 'Déclaration préalable de travaux (DP)',
    page: '/demarches/declaration-prealable/',
    official: 'https://www.service-public.fr/particuliers/vosdroits/F17578',
  },
  permis_de_construire: {
    label: 'Permis de construire (PC)',
    page: '/demarches/permis-de-construire/',
    official: 'https://www.service-public.fr/particuliers/vosdroits/F1986',
  },
  permis_de_demolir: {
    label: 'Permis de démolir (PD)',
    page: '/demarches/permis-de-demolir/',
    official: 'https://www.service-public.fr/particuliers/vosdroits/F17669',
  },
  autorisation_speciale_site_classe: {
    label: 'Autorisation spéciale de travaux en site classé',
    page: '/demarches/autorisation-speciale-site-classe/',
  },
  autorisation_travaux_mh: {
    label: 'Autorisation de travaux sur un monument historique classé (Cerfa 15459)',
    page: '/demarches/travaux-sur-monument-historique/',
    official: 'https://www.service-public.fr/particuliers/vosdroits/F32190',
  },
  declaration_travaux_mh_inscrit: {
    label: 'Déclaration de travaux à la DRAC, 4 mois avant (Cerfa 15459)',
    page: '/demarches/travaux-sur-monument-historique/',
    official: 'https://www.service-public.fr/particuliers/vosdroits/F32190',
  },
  autorisation_enseigne: {
    label: 'Autorisation préalable d’enseigne (Cerfa 14798)',
    page: '/demarches/enseignes/',
  },
  autorisation_travaux_erp: {
    label: 'Autorisation de travaux d’un établissement recevant du public (Cerfa 13824)',
    page: '/demarches/commerces-et-erp/',
  },
}

/** What one type of works needs. */
export interface WorksConclusion extends Conclusion {
  works: WorksType
  kind: ProcedureKind
  certainty: Certainty
}

export interface RequiredProcedure extends ProcedureInfo {
  kind: ProcedureKind
  certainty: Certainty
  reasons: WorksConclusion[]
  /** Where the file goes. */
  filedAt: string
  /** Instruction period in months, when known. */
  months?: number
  delay: Conclusion
  silence: Conclusion & { meaning: 'accord' | 'refus' | 'a_verifier' }
}

export interface Opinion extends Conclusion {
  authority: string
  kind: 'accord' | 'avis_simple' | 'accord_expres' | 'autorisation' | 'aucun'
}

export interface PieceGroup {
  kind: ProcedureKind
  label: string
  pieces: Piece[]
}

export interface WorksTips extends WorksAdvice {
  works: WorksType
}

export interface ProcedureResult {
  procedures: RequiredProcedure[]
  decider: Conclusion
  opinions: Opinion[]
  architect: Conclusion & { required: 'oui' | 'non' | 'si_plus_de_150_m2' }
  pieces: PieceGroup[]
  tips: WorksTips[]
  warnings: Conclusion[]
  /** Rules the brief leaves to verify, and overlaps of protections. */
  uncertainties: Conclusion[]
  /** What was assumed for unknown answers, and why. */
  assumptions: Conclusion[]
  /** Every text cited, once. */
  sources: Source[]
  /** The consultation form's keys, for its prefill link. */
  prefill: { protection: ProtectionKind; worksTypes: WorksType[] }
}

const cite = (...ids: SourceId[]): Source[] => ids.map((id) => sources[id])
const conclusion = (text: string, ...ids: SourceId[]): Conclusion => ({
  text,
  sources: cite(...ids),
})

/** The protections that decide the regime, unknown answers resolved prudently. */
interface Context {
  /** The ABF's accord is required: SPR, or abords with a PDA, covisible or maybe covisible. */
  accordAbf: boolean
  abordsAccord: boolean
  abordsNonCovisible: boolean
  spr: boolean
  siteInscrit: boolean
  siteClasse: boolean
  mhInscrit: boolean
  mhClasse: boolean
  /** SPR, abords, site classé: the R421-2 exemptions do not apply (R421-2, R421-11). */
  protege: boolean
  /** Any protection at all, including the 500 m radius without covisibility. */
  anyProtection: boolean
}

function contextOf(answers: ProcedureAnswers, assumptions: Conclusion[]): Context {
  const chosen = new Set(answers.protections)
  const unknown = chosen.has('je_ne_sais_pas') || chosen.size === 0
  if (unknown)
    assumptions.push(
      conclusion(
        'Vous ne savez pas si votre terrain est protégé : par prudence, le résultat applique les règles des abords d’un monument historique et des sites patrimoniaux remarquables, les protections les plus fréquentes. Vérifiez votre adresse, ou demandez à la mairie, pour un résultat exact.',
        'atlas',
      ),
    )
  const abords = chosen.has('abords_mh')
  const abordsKind = abords ? (answers.abords ?? 'inconnu') : undefined
  if (abordsKind === 'inconnu')
    assumptions.push(
      conclusion(
        'Vous ne savez pas si votre projet est en covisibilité avec le monument : par prudence, le résultat le considère comme covisible. C’est l’architecte des Bâtiments de France qui l’apprécie.',
        'abordsDefinition',
        'covisibiliteJurisprudence',
      ),
    )
  const abordsAccord = unknown || (abordsKind !== undefined && abordsKind !== 'non_covisible')
  const spr = unknown || chosen.has('spr')
  const siteClasse = chosen.has('site_classe')
  const context: Context = {
    abordsAccord,
    accordAbf: abordsAccord || spr,
    abordsNonCovisible: abordsKind === 'non_covisible',
    spr,
    siteInscrit: chosen.has('site_inscrit'),
    siteClasse,
    mhInscrit: chosen.has('mh_inscrit'),
    mhClasse: chosen.has('mh_classe'),
    protege: abordsAccord || spr || siteClasse,
    anyProtection: false,
  }
  context.anyProtection =
    context.protege ||
    context.abordsNonCovisible ||
    context.siteInscrit ||
    context.mhInscrit ||
    context.mhClasse
  return context
}

type Rule = (answers: ProcedureAnswers, context: Context) => Omit<WorksConclusion, 'works'>[]

const item = (
  kind: ProcedureKind,
  text: string,
  ids: SourceId[],
  certainty: Certainty = 'certain',
): Omit<WorksConclusion, 'works'> => ({ kind, text, certainty, sources: cite(...ids) })

const dp = (text: string, ...ids: SourceId[]) => item('declaration_prealable', text, ids)
const none = (text: string, ...ids: SourceId[]) => item('aucune', text, ids)

/** New constructions (annexes, sheds, new buildings): R421-2, R421-9, R421-11. */
function newConstruction(answers: ProcedureAnswers, context: Context) {
  const { surface, hauteur } = answers
  if (hauteur !== undefined && hauteur > 12)
    return [
      item(
        'permis_de_construire',
        'Une construction de plus de 12 m de haut sort des cas de déclaration préalable ; le permis de construire est probable. Faites confirmer par la mairie.',
        ['dispensesHorsProtection'],
        'a_verifier',
      ),
    ]
  if (surface === undefined)
    return [
      item(
        'permis_de_construire',
        'Sans la surface créée, nous ne pouvons pas trancher : déclaration préalable jusqu’à 20 m², permis de construire au-delà. Par prudence, le résultat indique le permis ; indiquez la surface, ou demandez à la mairie.',
        ['dispensesHorsProtection', 'petitesConstructionsProtegees'],
        'a_verifier',
      ),
    ]
  if (surface > 20)
    return [
      item(
        'permis_de_construire',
        'Une construction nouvelle de plus de 20 m² demande un permis de construire.',
        ['dispensesHorsProtection'],
      ),
    ]
  if (surface > 5)
    return [
      dp(
        'Une construction nouvelle de 5 à 20 m² demande une déclaration préalable.',
        'dispensesHorsProtection',
      ),
    ]
  if (context.protege)
    return [
      dp(
        'Même sous 5 m², une construction nouvelle demande une déclaration préalable dans un espace protégé : la dispense ordinaire ne s’y applique pas.',
        'petitesConstructionsProtegees',
      ),
    ]
  return [
    none(
      'Une construction nouvelle de 5 m² au plus (et de 12 m de haut au plus) est dispensée de formalité hors espace protégé.',
      'dispensesHorsProtection',
    ),
  ]
}

/** Extensions of an existing building: R421-14 b, R421-17 a and f, R431-2. */
function extension(answers: ProcedureAnswers, context: Context) {
  const { surface, surfaceTotale } = answers
  if (surface === undefined)
    return [
      item(
        'permis_de_construire',
        'Sans la surface créée, nous ne pouvons pas trancher : déclaration préalable jusqu’à 20 m² (40 m² dans certains cas en zone urbaine), permis de construire au-delà. Par prudence, le résultat indique le permis ; indiquez la surface, ou demandez à la mairie.',
        ['dispensesHorsProtection', 'extensionZoneU'],
        'a_verifier',
      ),
    ]
  if (surface <= 20)
    return [
      dp(
        surface <= 5
          ? 'Même sous 5 m², une extension change l’aspect extérieur du bâtiment : déclaration préalable.'
          : 'Une extension de 20 m² au plus demande une déclaration préalable.',
        'aspectExterieur',
        'dispensesHorsProtection',
      ),
    ]
  if (surface > 40)
    return [
      item(
        'permis_de_construire',
        'Une extension de plus de 40 m² demande un permis de construire.',
        ['extensionZoneU'],
      ),
    ]
  const pc = (text: string, certainty: Certainty = 'certain', ...ids: SourceId[]) => [
    item('permis_de_construire', text, ['extensionZoneU', ...ids], certainty),
  ]
  if (answers.zoneU === 'non')
    return pc('Hors zone urbaine d’un PLU, une extension de plus de 20 m² demande un permis.')
  if (answers.zoneU !== 'oui')
    return pc(
      'Une extension de 20 à 40 m² relève de la déclaration préalable seulement en zone urbaine (U) d’un PLU. Vous ne savez pas si c’est le cas : par prudence, le résultat indique le permis. La mairie vous dira la zone de votre terrain.',
      'a_verifier',
    )
  if (context.anyProtection)
    return pc(
      'En zone urbaine, une extension de 20 à 40 m² relève en principe de la déclaration préalable. Aucun texte connu n’écarte ce seuil en espace protégé, mais ce point reste à vérifier : par prudence, le résultat indique le permis. Demandez à la mairie ou à l’UDAP si une déclaration suffit.',
      'a_verifier',
    )
  if (surfaceTotale === undefined)
    return pc(
      'En zone urbaine, une extension de 20 à 40 m² relève de la déclaration préalable, sauf si elle porte la surface totale au-delà de 150 m². Sans la surface totale, le résultat indique le permis par prudence.',
      'a_verifier',
      'architecte',
    )
  if (surfaceTotale > 150)
    return pc(
      'En zone urbaine, une extension de 20 à 40 m² qui porte la surface totale au-delà de 150 m² demande un permis de construire.',
      'certain',
      'architecte',
    )
  return [
    dp(
      'En zone urbaine d’un PLU, une extension de 20 à 40 m² qui laisse la surface totale sous 150 m² relève de la déclaration préalable.',
      'extensionZoneU',
    ),
  ]
}

/** Works whose rule is only "change of external appearance" (R421-17 a). */
const appearanceChange =
  (subject: string, ...extra: SourceId[]): Rule =>
  () => [
    dp(
      `${subject} modifie l’aspect extérieur : déclaration préalable.`,
      'aspectExterieur',
      ...extra,
    ),
  ]

const rules: Record<WorksType, Rule> = {
  facade_ravalement: (answers, context) => {
    if (context.protege || context.siteInscrit)
      return [
        dp(
          'Un ravalement, même à l’identique, demande une déclaration préalable dans un espace protégé.',
          'ravalement',
        ),
      ]
    if (answers.entretien === 'oui')
      return [
        none(
          'Hors espace protégé, un ravalement à l’identique n’exige pas de formalité, sauf si la commune l’a imposé : renseignez-vous en mairie.',
          'ravalement',
        ),
      ]
    return [
      dp(
        'Un ravalement qui change la couleur ou le matériau de la façade modifie son aspect : déclaration préalable.',
        'aspectExterieur',
      ),
    ]
  },
  menuiseries: (answers, context) => {
    if (answers.entretien !== 'oui')
      return [
        dp(
          context.protege
            ? 'Changer le matériau, la couleur ou le dessin des fenêtres, portes ou volets demande une déclaration préalable ; en espace protégé, même un remplacement dans un autre matériau ou une autre couleur.'
            : 'Changer le matériau, la couleur ou le dessin des fenêtres, portes ou volets modifie l’aspect extérieur : déclaration préalable.',
          'aspectExterieur',
          'listeAnabf',
        ),
      ]
    if (context.spr)
      return [
        dp(
          'En site patrimonial remarquable, même le remplacement à l’identique des menuiseries (second œuvre) est soumis à autorisation : déclaration préalable.',
          'spr',
        ),
      ]
    if (context.abordsAccord)
      return [
        item(
          'declaration_prealable',
          'Aux abords d’un monument, le remplacement strictement à l’identique (même matériau, même couleur, même dessin) n’est pas cité parmi les travaux à déclarer, mais l’ABF juge ce qui change l’aspect. Par prudence, le résultat indique une déclaration préalable : demandez à la mairie ou à l’UDAP si vous pouvez vous en dispenser.',
          ['abordsDefinition', 'listeAnabf'],
          'a_verifier',
        ),
      ]
    return [
      none(
        'Un remplacement ou une réparation à l’identique ne change pas l’aspect extérieur : pas de formalité d’urbanisme.',
        'aspectExterieur',
      ),
    ]
  },
  toiture: (answers, context) => {
    if (context.spr || context.abordsAccord)
      return [
        dp(
          'Aux abords d’un monument et en site patrimonial remarquable, refaire ou remplacer la couverture, même à l’identique, se déclare en mairie : déclaration préalable.',
          'listeAnabf',
        ),
      ]
    if (answers.entretien === 'oui')
      return [
        none(
          'Une réparation de toiture à l’identique ne change pas l’aspect extérieur : pas de formalité d’urbanisme.',
          'aspectExterieur',
        ),
      ]
    return [
      dp(
        'Changer le matériau, la couleur ou la forme du toit modifie l’aspect extérieur : déclaration préalable.',
        'aspectExterieur',
      ),
    ]
  },
  fenetre_de_toit: appearanceChange('Créer ou modifier une fenêtre de toit'),
  panneaux_solaires: (_answers, context) => [
    dp(
      context.protege
        ? 'Des panneaux solaires modifient l’aspect extérieur : déclaration préalable. L’accord de l’ABF est nécessaire aux abords et en site patrimonial remarquable ; au sol, une petite installation se déclare aussi en espace protégé.'
        : 'Des panneaux solaires modifient l’aspect extérieur : déclaration préalable.',
      'aspectExterieur',
      'solaire',
    ),
  ],
  isolation_exterieure: appearanceChange('Une isolation par l’extérieur', 'ravalement'),
  pompe_a_chaleur_climatisation: (_answers, context) => [
    dp(
      context.anyProtection
        ? 'Une unité extérieure visible (façade, toit, balcon) modifie l’aspect extérieur : en espace protégé, presque toute installation visible demande une déclaration préalable.'
        : 'Une unité extérieure qui modifie l’aspect de la façade ou du toit demande une déclaration préalable.',
      'aspectExterieur',
    ),
  ],
  cloture_portail: (answers, context) => {
    if (answers.cloture === 'mur') {
      if (context.protege)
        return [
          dp(
            'Dans un espace protégé, un mur demande une déclaration préalable, quelle que soit sa hauteur.',
            'petitesConstructionsProtegees',
          ),
        ]
      if (context.siteInscrit)
        return [
          item(
            'declaration_prealable',
            'En site inscrit, les clôtures se déclarent ; pour un mur qui n’en est pas une, la règle est à vérifier. Par prudence, le résultat indique une déclaration préalable.',
            ['clotures', 'siteInscrit'],
            'a_verifier',
          ),
        ]
      if (answers.hauteurMur !== undefined && answers.hauteurMur < 2)
        return [
          none(
            'Hors espace protégé, un mur de moins de 2 m de haut n’exige pas de formalité (sauf règle de la commune pour les clôtures).',
            'dispensesHorsProtection',
          ),
        ]
      return [
        dp(
          answers.hauteurMur === undefined
            ? 'Hors espace protégé, un mur de 2 m ou plus demande une déclaration préalable ; sans sa hauteur, le résultat l’indique par prudence.'
            : 'Hors espace protégé, un mur de 2 m ou plus demande une déclaration préalable.',
          'dispensesHorsProtection',
        ),
      ]
    }
    if (context.protege || context.siteInscrit)
      return [
        dp(
          'Créer, modifier, remplacer ou repeindre une clôture ou un portail demande une déclaration préalable dans un espace protégé.',
          'clotures',
          'listeAnabf',
        ),
      ]
    return [
      none(
        'Hors espace protégé, une clôture n’exige pas de formalité, sauf si la commune l’a soumise à déclaration : renseignez-vous en mairie.',
        'dispensesHorsProtection',
      ),
    ]
  },
  devanture_enseigne: (answers, context) => {
    const both = answers.commerce.length === 0
    const results: Omit<WorksConclusion, 'works'>[] = []
    if (both || answers.commerce.includes('devanture'))
      results.push(
        dp(
          'Modifier une devanture change l’aspect de la façade : déclaration préalable (permis de construire si la structure du bâtiment change).',
          'aspectExterieur',
          'devanture',
        ),
      )
    if (both || answers.commerce.includes('enseigne'))
      results.push(
        context.protege || context.siteInscrit || context.mhInscrit
          ? item(
              'autorisation_enseigne',
              'Une enseigne demande une autorisation préalable dans un espace protégé ; elle est donnée après l’accord de l’ABF.',
              ['enseigne'],
            )
          : item(
              'autorisation_enseigne',
              'Hors espace protégé, une enseigne ne demande une autorisation préalable que si la commune a un règlement local de publicité : renseignez-vous en mairie.',
              ['enseigne'],
              'a_verifier',
            ),
      )
    return results
  },
  extension_veranda_annexe: (answers, context) =>
    answers.annexe === 'annexe' ? newConstruction(answers, context) : extension(answers, context),
  piscine: (answers, context) => {
    const area = answers.surfacePiscine
    if (area === undefined)
      return [
        item(
          'permis_de_construire',
          'Sans la surface du bassin, nous ne pouvons pas trancher : déclaration préalable jusqu’à 100 m², permis de construire au-delà. Par prudence, le résultat indique le permis ; indiquez la surface, ou demandez à la mairie.',
          ['dispensesHorsProtection'],
          'a_verifier',
        ),
      ]
    if (area > 100)
      return [
        item(
          'permis_de_construire',
          'Une piscine de plus de 100 m² demande un permis de construire.',
          ['dispensesHorsProtection'],
        ),
      ]
    if (area > 10)
      return [
        dp(
          'Une piscine de 10 à 100 m² demande une déclaration préalable.',
          'dispensesHorsProtection',
        ),
      ]
    if (context.protege || context.siteInscrit)
      return [
        item(
          'declaration_prealable',
          'Dans un espace protégé, même une piscine de moins de 10 m² se déclare en mairie (liste exacte des cas à vérifier) : déclaration préalable.',
          ['listeAnabf', 'petitesConstructionsProtegees'],
          'a_verifier',
        ),
      ]
    return [
      none(
        'Hors espace protégé, une piscine de 10 m² au plus est dispensée de formalité.',
        'dispensesHorsProtection',
      ),
    ]
  },
  construction_neuve: newConstruction,
  demolition: (_answers, context) => {
    if (context.protege || context.siteInscrit || context.mhInscrit)
      return [
        item(
          'permis_de_demolir',
          'Toute démolition, même partielle (une cheminée, un mur, un portail), demande un permis de démolir dans un espace protégé.',
          ['demolition'],
        ),
      ]
    return [
      item(
        'permis_de_demolir',
        'Hors espace protégé, le permis de démolir n’est exigé que si le conseil municipal l’a institué : demandez à la mairie.',
        ['demolition'],
        'a_verifier',
      ),
    ]
  },
  arbres_espaces_verts: (_answers, context) => {
    if (context.siteClasse)
      return [
        item(
          'autorisation_speciale_site_classe',
          'En site classé, abattre ou défricher demande une autorisation spéciale (la façon de la demander est à vérifier en mairie ou à l’UDAP).',
          ['siteClasse', 'arbres'],
        ),
      ]
    if (context.spr || context.abordsAccord)
      return [
        dp(
          'Les jardins et terrains non bâtis sont protégés aux abords et en site patrimonial remarquable : l’abattage d’un arbre se déclare en mairie (déclaration préalable).',
          'arbres',
          'listeAnabf',
        ),
      ]
    return [
      none(
        'Pas de formalité, sauf si l’arbre est dans un espace boisé classé ou protégé par le PLU (déclaration préalable) : renseignez-vous en mairie.',
        'arbres',
      ),
    ]
  },
  autre: (_answers, context) => [
    item(
      context.anyProtection ? 'declaration_prealable' : 'aucune',
      'Nous ne pouvons pas conclure pour ces travaux : décrivez-les à la mairie ou à l’UDAP. Dans un espace protégé, tout ce qui change l’aspect extérieur demande au moins une déclaration préalable.',
      ['aspectExterieur', 'listeAnabf'],
      'a_verifier',
    ),
  ],
}

/** A monument's own works follow the code du patrimoine before the code de l'urbanisme. */
function monumentRule(
  works: WorksType,
  answers: ProcedureAnswers,
  context: Context,
): Omit<WorksConclusion, 'works'>[] | undefined {
  const sign =
    works === 'devanture_enseigne' && !answers.commerce.every((kind) => kind === 'devanture')
      ? [
          item(
            'autorisation_enseigne',
            'Une enseigne sur un monument historique demande une autorisation préalable.',
            ['enseigne'],
          ),
        ]
      : []
  if (context.mhClasse) {
    if (answers.entretien === 'oui')
      return [
        none(
          'Sur un monument classé, l’entretien courant est dispensé d’autorisation ; la réparation, la restauration ou la modification ne le sont pas.',
          'mhClasse',
        ),
      ]
    return [
      item(
        'autorisation_travaux_mh',
        'Toute restauration, réparation ou modification d’un monument classé demande l’autorisation du préfet de région (DRAC), hors des permis et déclarations ordinaires.',
        ['mhClasse', 'mhClasseCerfa'],
      ),
      ...sign,
    ]
  }
  if (!context.mhInscrit || works === 'demolition') return undefined
  if (answers.entretien === 'oui')
    return [
      item(
        'declaration_travaux_mh_inscrit',
        'Sur un monument inscrit, les travaux qui ne relèvent ni d’un permis ni d’une déclaration préalable se déclarent à la DRAC 4 mois avant. Demandez à l’UDAP si votre entretien courant en est dispensé.',
        ['mhInscrit'],
        'a_verifier',
      ),
    ]
  return [
    item(
      'permis_de_construire',
      'Sur un monument inscrit, les travaux relèvent en principe d’un permis de construire (article R421-16 du code de l’urbanisme, rédaction à vérifier), accordé avec l’accord du préfet de région. Faites confirmer par l’UDAP ou la DRAC avant de préparer le dossier.',
      ['mhInscrit', 'mhInscritDelai'],
      'a_verifier',
    ),
    ...sign,
  ]
}

/** What one type of works needs, protections of the site applied. */
function worksConclusions(
  works: WorksType,
  answers: ProcedureAnswers,
  context: Context,
): WorksConclusion[] {
  const found = monumentRule(works, answers, context) ?? rules[works](answers, context)
  return found.map((found) => {
    const base = { ...found, works }
    if (found.kind !== 'aucune' || context.mhClasse) return base
    if (context.siteClasse && answers.entretien !== 'oui')
      return {
        ...base,
        kind: 'autorisation_speciale_site_classe',
        certainty: 'a_verifier',
        text: `${found.text} Mais en site classé, rien ne peut changer d’état ou d’aspect sans autorisation spéciale : demandez à la mairie ou à l’UDAP comment la demander.`,
        sources: [...found.sources, sources.siteClasse],
      }
    if (context.siteInscrit && answers.entretien !== 'oui')
      return {
        ...base,
        kind: 'declaration_prealable',
        certainty: 'a_verifier',
        text: `${found.text} Mais en site inscrit, tous travaux autres que l’entretien doivent être annoncés 4 mois avant ; une déclaration préalable en tient lieu. Demandez à la mairie la forme à suivre.`,
        sources: [...found.sources, sources.siteInscrit],
      }
    return base
  })
}

const order: ProcedureKind[] = [
  'autorisation_travaux_mh',
  'permis_de_construire',
  'permis_de_demolir',
  'declaration_prealable',
  'autorisation_speciale_site_classe',
  'declaration_travaux_mh_inscrit',
  'autorisation_enseigne',
  'autorisation_travaux_erp',
  'aucune',
]

function delayOf(
  kind: ProcedureKind,
  answers: ProcedureAnswers,
  context: Context,
): Pick<RequiredProcedure, 'months' | 'delay'> {
  const protectedPlus = context.anyProtection
    ? ' dont 1 mois de plus parce que le terrain est dans un espace protégé'
    : ''
  const permit = (base: number, label: string) => {
    if (context.siteClasse)
      return {
        months: 8,
        delay: conclusion(`${label} en site classé : 8 mois.`, 'siteClasseDelai', 'delais'),
      }
    if (context.mhInscrit || (kind === 'permis_de_construire' && answers.erp === 'oui'))
      return {
        months: 5,
        delay: conclusion(
          `${label} pour un monument inscrit ou un établissement recevant du public : 5 mois.`,
          'mhInscritDelai',
        ),
      }
    const months = base + (context.anyProtection ? 1 : 0)
    return {
      months,
      delay: conclusion(`${label} : ${months} mois${protectedPlus}.`, 'delais'),
    }
  }
  switch (kind) {
    case 'declaration_prealable': {
      if (context.mhInscrit && !context.protege && !context.siteInscrit)
        return {
          delay: conclusion(
            'Délai d’une déclaration préalable sur un monument inscrit : à vérifier auprès de la mairie.',
            'delais',
          ),
        }
      const months = context.anyProtection ? 2 : 1
      const ids: SourceId[] = context.abordsNonCovisible
        ? ['delais', 'moisSupplementaireAbords']
        : ['delais']
      return {
        months,
        delay: conclusion(
          `Instruction d’une déclaration préalable : ${months} mois${protectedPlus}.`,
          ...ids,
        ),
      }
    }
    case 'permis_de_construire': {
      const found = permit(2, 'Instruction d’un permis de construire de maison individuelle')
      return {
        ...found,
        delay: {
          ...found.delay,
          text: `${found.delay.text} Pour un autre permis, 1 mois de plus dans les cas ordinaires.`,
        },
      }
    }
    case 'permis_de_demolir':
      return permit(2, 'Instruction d’un permis de démolir')
    case 'autorisation_travaux_mh':
      return {
        months: 6,
        delay: conclusion(
          'Le préfet de région décide dans les 6 mois (12 mois si le ministre se saisit du dossier).',
          'mhClasse',
        ),
      }
    case 'declaration_travaux_mh_inscrit':
      return {
        months: 4,
        delay: conclusion('La déclaration se fait au moins 4 mois avant les travaux.', 'mhInscrit'),
      }
    case 'autorisation_travaux_erp':
      return {
        months: 4,
        delay: conclusion('Instruction de l’autorisation de travaux : 4 mois.', 'erp'),
      }
    case 'autorisation_enseigne':
      return {
        delay: conclusion(
          'Délai d’instruction : 2 mois en général, à vérifier auprès de la mairie (l’avis de l’ABF peut l’allonger).',
          'enseigne',
        ),
      }
    case 'autorisation_speciale_site_classe':
      return {
        delay: conclusion(
          'Délai : à vérifier en mairie ; en site classé, un permis prend 8 mois, une déclaration préalable 2 mois.',
          'siteClasse',
          'siteClasseDelai',
        ),
      }
    case 'aucune':
      return {
        delay: conclusion('Aucun délai : pas de dossier à déposer.', 'dispensesHorsProtection'),
      }
  }
}

function silenceOf(kind: ProcedureKind, context: Context): RequiredProcedure['silence'] {
  const refus = (text: string, ...ids: SourceId[]) => ({
    meaning: 'refus' as const,
    ...conclusion(text, ...ids),
  })
  const urban =
    kind === 'declaration_prealable' ||
    kind === 'permis_de_construire' ||
    kind === 'permis_de_demolir'
  if (urban && context.mhInscrit)
    return refus('Pour un monument inscrit, le silence de la mairie vaut refus.', 'mhInscritDelai')
  if (urban && context.siteClasse && kind !== 'declaration_prealable')
    return refus(
      'En site classé, le silence sur un permis vaut refus.',
      'siteClasseDelai',
      'silence',
    )
  if (kind === 'permis_de_demolir' && context.siteInscrit)
    return refus(
      'En site inscrit, le silence sur une démolition vaut refus : l’ABF doit donner un accord exprès.',
      'demolitionSiteInscrit',
    )
  if (kind === 'declaration_prealable' && context.siteClasse)
    return {
      meaning: 'a_verifier',
      ...conclusion(
        'En site classé, une décision tacite sur une déclaration préalable a été admise par le juge, mais ce point reste à vérifier : ne commencez pas sans décision écrite.',
        'siteClasse',
        'silence',
      ),
    }
  if (urban && context.accordAbf)
    return {
      meaning: 'accord',
      ...conclusion(
        'Sans réponse à la fin du délai, la demande est en principe acceptée ; mais si l’ABF a refusé son accord ou l’a assorti de prescriptions, le silence vaut refus.',
        'silence',
      ),
    }
  if (urban)
    return {
      meaning: 'accord',
      ...conclusion('Sans réponse à la fin du délai, la demande est acceptée.', 'silence'),
    }
  if (kind === 'autorisation_travaux_mh')
    return {
      meaning: 'accord',
      ...conclusion('Sans réponse dans le délai, l’autorisation est accordée.', 'mhClasse'),
    }
  if (kind === 'autorisation_travaux_erp')
    return {
      meaning: 'accord',
      ...conclusion('Sans réponse en 4 mois, l’autorisation est accordée.', 'erp'),
    }
  if (kind === 'declaration_travaux_mh_inscrit')
    return {
      meaning: 'accord',
      ...conclusion(
        'Passé 4 mois, les travaux peuvent commencer ; l’administration ne peut s’y opposer qu’en engageant un classement.',
        'mhInscrit',
      ),
    }
  return {
    meaning: 'a_verifier',
    ...conclusion(
      'Ce que vaut le silence de l’administration est à vérifier auprès de la mairie.',
      'silence',
    ),
  }
}

function filedAt(kind: ProcedureKind): string {
  if (kind === 'autorisation_travaux_mh' || kind === 'declaration_travaux_mh_inscrit')
    return 'À la DRAC (conservation régionale des monuments historiques) ou à l’UDAP, pas en mairie.'
  if (kind === 'aucune') return 'Aucun dossier à déposer.'
  return 'En mairie (ou en ligne sur le guichet de la commune), qui transmet à l’UDAP.'
}

function opinionsOf(context: Context, works: WorksType[]): Opinion[] {
  const opinions: Opinion[] = []
  const add = (authority: string, kind: Opinion['kind'], text: string, ...ids: SourceId[]) =>
    opinions.push({ authority, kind, ...conclusion(text, ...ids) })
  if (context.mhClasse)
    add(
      'Préfet de région (DRAC)',
      'autorisation',
      'Le préfet de région autorise les travaux sur le monument classé, après examen par la conservation régionale des monuments historiques et l’UDAP.',
      'mhClasse',
    )
  if (context.mhInscrit)
    add(
      'Préfet de région (DRAC)',
      'accord',
      'Le permis ou la déclaration ne peut être accordé sans l’accord du préfet de région.',
      'mhInscrit',
    )
  if (context.accordAbf)
    add(
      'Architecte des Bâtiments de France',
      'accord',
      'L’ABF doit donner son accord, éventuellement avec des prescriptions (matériaux, couleurs, détails) ; le maire est tenu de le suivre. Sans réponse de l’ABF dans son délai, son accord est réputé donné.',
      ...(context.spr ? (['spr'] as const) : []),
      ...(context.abordsAccord ? (['abordsDefinition'] as const) : []),
    )
  if (context.abordsNonCovisible && !context.accordAbf)
    add(
      'Architecte des Bâtiments de France',
      'aucun',
      'Sans covisibilité avec le monument, l’accord de l’ABF n’est pas requis ; il peut formuler des observations. C’est lui qui apprécie la covisibilité : en cas de doute, préparez le dossier comme s’il y en avait une.',
      'abordsDefinition',
      'covisibiliteJurisprudence',
    )
  if (context.siteInscrit) {
    add(
      'Architecte des Bâtiments de France',
      'avis_simple',
      'En site inscrit, l’ABF donne un avis simple sur les permis et déclarations : le maire peut s’en écarter.',
      'siteInscrit',
    )
    if (works.includes('demolition'))
      add(
        'Architecte des Bâtiments de France',
        'accord_expres',
        'Pour une démolition en site inscrit, il faut l’accord exprès de l’ABF : sans réponse en 2 mois, il est réputé refusé.',
        'demolitionSiteInscrit',
      )
  }
  if (context.siteClasse)
    add(
      'Préfet ou ministre chargé des sites',
      'autorisation',
      'En site classé, une autorisation spéciale est nécessaire : le préfet la donne pour les travaux soumis à déclaration préalable, après avis de l’ABF ; le ministre pour ceux soumis à permis, après avis de la commission départementale de la nature, des paysages et des sites.',
      'siteClasse',
    )
  if (!context.anyProtection)
    add(
      'Architecte des Bâtiments de France',
      'aucun',
      'Hors espace protégé, l’ABF ne donne pas d’avis sur votre dossier ; vous pouvez toujours demander conseil.',
      'ficheCulture',
    )
  return opinions
}

function piecesOf(kinds: ProcedureKind[], works: WorksType[], context: Context): PieceGroup[] {
  const groups: PieceGroup[] = []
  const has = (...list: WorksType[]) => list.some((kind) => works.includes(kind))
  for (const kind of kinds) {
    let pieces: Piece[] = []
    if (kind === 'declaration_prealable') {
      pieces = [dpPieces.situation]
      if (has('extension_veranda_annexe', 'construction_neuve', 'piscine', 'cloture_portail'))
        pieces.push(dpPieces.masse)
      if (has('extension_veranda_annexe', 'construction_neuve', 'piscine'))
        pieces.push(dpPieces.coupe)
      const visible = has(
        'facade_ravalement',
        'menuiseries',
        'toiture',
        'fenetre_de_toit',
        'panneaux_solaires',
        'isolation_exterieure',
        'pompe_a_chaleur_climatisation',
        'devanture_enseigne',
        'extension_veranda_annexe',
        'construction_neuve',
        'cloture_portail',
      )
      if (visible) pieces.push(dpPieces.facades, dpPieces.aspect)
      const views = [dpPieces.insertion, dpPieces.photoProche, dpPieces.photoLointaine]
      // Required in abords and SPR; elsewhere when the project can be seen from public space.
      pieces.push(
        ...(context.accordAbf
          ? views
          : views.map((view) => ({
              ...view,
              shows: `Si le projet est visible depuis l’espace public : ${view.shows.charAt(0).toLowerCase()}${view.shows.slice(1)}`,
            }))),
      )
      if (context.accordAbf || context.mhInscrit) pieces.push(dpPieces.notice)
    }
    if (kind === 'permis_de_construire') pieces = [...pcPieces]
    if (kind === 'permis_de_demolir') pieces = [...pdPieces]
    if (kind === 'autorisation_travaux_mh' || kind === 'declaration_travaux_mh_inscrit')
      pieces = [...mhPieces]
    if (kind === 'autorisation_travaux_erp') pieces = [...erpPieces]
    if (kind === 'autorisation_enseigne') pieces = [...enseignePieces]
    if (pieces.length > 0) groups.push({ kind, label: procedureInfo[kind].label, pieces })
  }
  return groups
}

function warningsOf(
  context: Context,
  answers: ProcedureAnswers,
  kinds: ProcedureKind[],
): Conclusion[] {
  const warnings: Conclusion[] = []
  if (context.anyProtection && kinds.some((kind) => kind !== 'aucune'))
    warnings.push(
      conclusion(
        'Ne commencez pas les travaux en comptant sur une décision tacite sans l’avoir vérifiée : demandez à la mairie une attestation de non-opposition ou de permis tacite.',
        'silence',
      ),
    )
  if (context.accordAbf)
    warnings.push(
      conclusion(
        'Si la mairie refuse en s’appuyant sur le refus de l’ABF, vous devez d’abord écrire au préfet de région, en recommandé, dans les 2 mois, avant tout recours au tribunal.',
        'recours',
      ),
    )
  if (context.siteInscrit)
    warnings.push(
      conclusion(
        'En site inscrit, les travaux ne peuvent pas commencer avant 4 mois après le dépôt du dossier.',
        'siteInscrit',
      ),
    )
  if (context.siteInscrit && answers.works.includes('demolition'))
    warnings.push(
      conclusion(
        'Contre un refus de démolir en site inscrit, le recours préalable au préfet de région ne s’applique pas.',
        'recoursSiteInscrit',
      ),
    )
  if (context.spr)
    warnings.push(
      conclusion(
        'En site patrimonial remarquable, le règlement du site (PSMV ou PVAP) peut imposer des règles plus précises, voire interdire certaines démolitions : consultez-le en mairie.',
        'spr',
      ),
    )
  if (kinds.includes('permis_de_construire') && kinds.includes('permis_de_demolir'))
    warnings.push(
      conclusion(
        'La démolition peut être demandée dans le même dossier que le permis de construire.',
        'piecesPd',
      ),
    )
  if (answers.works.includes('panneaux_solaires') && (context.mhClasse || context.mhInscrit))
    warnings.push(
      conclusion(
        'Les panneaux solaires sont à éviter sur un monument historique, classé ou inscrit.',
        'solaire',
      ),
    )
  return warnings
}

function uncertaintiesOf(context: Context, answers: ProcedureAnswers, found: WorksConclusion[]) {
  const uncertainties: Conclusion[] = found
    .filter((entry) => entry.certainty === 'a_verifier')
    .map(({ text, sources }) => ({ text, sources }))
  const chosen = answers.protections
  if (chosen.includes('spr') && chosen.includes('site_inscrit'))
    uncertainties.push(
      conclusion(
        'Le régime du site inscrit ne s’appliquerait pas à l’intérieur d’un site patrimonial remarquable (article L632-3 du code du patrimoine, à vérifier) : par prudence, le résultat tient compte des deux.',
        'spr',
        'siteInscrit',
      ),
    )
  if (chosen.includes('spr') && chosen.includes('abords_mh'))
    uncertainties.push(
      conclusion(
        'La protection des abords ne s’applique pas à l’intérieur d’un site patrimonial remarquable : c’est le régime du site qui compte, avec le même accord de l’ABF.',
        'abordsDefinition',
      ),
    )
  if (context.abordsNonCovisible && !context.accordAbf)
    uncertainties.push(
      conclusion(
        'La covisibilité s’apprécie à l’œil nu, depuis tout lieu normalement accessible au public, même au-delà de 500 m ; c’est l’ABF qui en juge. S’il estime qu’il y a covisibilité, ce sont les règles des abords qui s’appliquent.',
        'covisibiliteJurisprudence',
      ),
    )
  return uncertainties
}

function assumptionsOf(answers: ProcedureAnswers): Conclusion[] {
  const assumptions: Conclusion[] = []
  if (answers.entretien === 'inconnu' || answers.entretien === undefined)
    assumptions.push(
      conclusion(
        'Vous n’avez pas précisé s’il s’agit seulement d’entretien à l’identique : le résultat considère que l’aspect peut changer.',
        'aspectExterieur',
      ),
    )
  if (answers.works.includes('extension_veranda_annexe') && !answers.annexe)
    assumptions.push(
      conclusion(
        'Vous n’avez pas précisé s’il s’agit d’une extension ou d’une construction séparée : le résultat applique la règle la plus stricte des deux (déclaration dès le premier mètre carré, permis au-delà de 20 m²).',
        'dispensesHorsProtection',
        'extensionZoneU',
      ),
    )
  if (answers.works.includes('devanture_enseigne') && answers.commerce.length === 0)
    assumptions.push(
      conclusion(
        'Vous n’avez pas précisé si les travaux touchent la devanture ou l’enseigne : le résultat indique les démarches des deux.',
        'devanture',
        'enseigne',
      ),
    )
  if (answers.erp === 'inconnu')
    assumptions.push(
      conclusion(
        'Vous ne savez pas si le bâtiment reçoit du public : s’il s’agit d’un commerce, d’un cabinet ou d’un restaurant, une autorisation de travaux au titre de la sécurité et de l’accessibilité est aussi nécessaire.',
        'erp',
      ),
    )
  return assumptions
}

function erpConclusions(answers: ProcedureAnswers, found: WorksConclusion[]): WorksConclusion[] {
  if (answers.erp !== 'oui' && answers.erp !== 'inconnu') return []
  if (found.some((entry) => entry.kind === 'permis_de_construire')) return []
  const works = answers.works[0] ?? 'autre'
  return [
    {
      works,
      kind: 'autorisation_travaux_erp',
      certainty: answers.erp === 'oui' ? 'certain' : 'a_verifier',
      ...conclusion(
        answers.erp === 'oui'
          ? 'Des travaux qui créent, aménagent ou modifient un établissement recevant du public sans permis de construire demandent une autorisation de travaux (sécurité incendie, accessibilité). Si un permis de construire est nécessaire, il en tient lieu.'
          : 'Si le bâtiment reçoit du public, des travaux qui l’aménagent ou le modifient demandent aussi une autorisation de travaux (sécurité incendie, accessibilité).',
        'erp',
      ),
    },
  ]
}

function architectOf(
  kinds: ProcedureKind[],
  answers: ProcedureAnswers,
): ProcedureResult['architect'] {
  if (!kinds.includes('permis_de_construire'))
    return {
      required: 'non',
      ...conclusion(
        'Sans permis de construire, le recours à un architecte n’est pas obligatoire ; il reste un bon conseil en espace protégé.',
        'architecte',
      ),
    }
  if (answers.surfaceTotale === undefined)
    return {
      required: 'si_plus_de_150_m2',
      ...conclusion(
        'Un architecte est obligatoire pour le permis si la surface de plancher totale après travaux dépasse 150 m².',
        'architecte',
      ),
    }
  return answers.surfaceTotale > 150
    ? {
        required: 'oui',
        ...conclusion(
          'La surface totale après travaux dépasse 150 m² : le permis doit être établi par un architecte.',
          'architecte',
        ),
      }
    : {
        required: 'non',
        ...conclusion(
          'La surface totale après travaux reste sous 150 m² : l’architecte n’est pas obligatoire.',
          'architecte',
        ),
      }
}

const prefillPriority: ProtectionKind[] = [
  'mh_classe',
  'mh_inscrit',
  'site_classe',
  'spr',
  'abords_mh',
  'site_inscrit',
  'aucune',
]

/** The consultation form takes one protection: the one that weighs most on the file. */
function prefillProtection(answers: ProcedureAnswers): ProtectionKind {
  return prefillPriority.find((kind) => answers.protections.includes(kind)) ?? 'je_ne_sais_pas'
}

/** The questionnaire's whole answer. */
export function whichProcedure(answers: ProcedureAnswers): ProcedureResult {
  const assumptions: Conclusion[] = []
  const context = contextOf(answers, assumptions)
  const works: WorksType[] = answers.works.length > 0 ? answers.works : ['autre']
  const byWorks = works.flatMap((kind) => worksConclusions(kind, answers, context))
  const found = [...byWorks, ...erpConclusions(answers, byWorks)]

  const kinds = order.filter((kind) => found.some((entry) => entry.kind === kind))
  const procedures: RequiredProcedure[] = kinds.map((kind) => {
    const reasons = found.filter((entry) => entry.kind === kind)
    return {
      kind,
      ...procedureInfo[kind],
      certainty: reasons.some((entry) => entry.certainty === 'certain') ? 'certain' : 'a_verifier',
      reasons,
      filedAt: filedAt(kind),
      ...delayOf(kind, answers, context),
      silence: silenceOf(kind, context),
    }
  })

  const decider = context.mhClasse
    ? conclusion(
        'Le préfet de région décide. Le dossier se dépose à la DRAC ou à l’UDAP, et non en mairie.',
        'mhClasse',
      )
    : conclusion(
        'Le maire décide. Vous déposez le dossier en mairie, qui le transmet à l’UDAP : vous n’avez pas à l’envoyer vous-même à l’architecte des Bâtiments de France.',
        'ficheCulture',
      )
  const result: Omit<ProcedureResult, 'sources'> = {
    procedures,
    decider,
    opinions: opinionsOf(context, works),
    architect: architectOf(kinds, answers),
    pieces: piecesOf(kinds, works, context),
    tips: works.map((kind) => ({ works: kind, ...worksAdvice[kind] })),
    warnings: warningsOf(context, answers, kinds),
    uncertainties: uncertaintiesOf(context, answers, found),
    assumptions: [...assumptions, ...assumptionsOf(answers)],
    prefill: { protection: prefillProtection(answers), worksTypes: answers.works },
  }
  return { ...result, sources: citedSources(result) }
}

function citedSources(result: Omit<ProcedureResult, 'sources'>): Source[] {
  const all = [
    ...result.procedures.flatMap((procedure) => [
      ...procedure.reasons.flatMap((reason) => reason.sources),
      ...procedure.delay.sources,
      ...procedure.silence.sources,
    ]),
    ...result.decider.sources,
    ...result.opinions.flatMap((opinion) => opinion.sources),
    ...result.architect.sources,
    ...result.warnings.flatMap((warning) => warning.sources),
    ...result.uncertainties.flatMap((entry) => entry.sources),
    ...result.assumptions.flatMap((entry) => entry.sources),
  ]
  return [...new Set(all)]
}
