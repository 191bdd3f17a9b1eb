// The answer a person reads: one sentence per protection found, what it means for works, where
// to learn more, and the next steps as links (URL contract of the site).
import type { ProtectionKind } from '../taxonomy.ts'
import { answerOrder, type FoundProtection, type SprPlan } from './found-protections.ts'

export interface AnswerLink {
  href: string
  label: string
}

export interface ProtectionLine {
  sentence: string
  meaning: string
  learnMore: AnswerLink[]
  actUrl: string | null
}

/** The place, as the consultation form's fields name it. */
export interface AnswerPlace {
  address: string
  postcode: string
  commune: string
  inseeCode: string
}

// The source's own name (« Site classé du cirque de Gavarnie ») is quoted after a colon.
const named = (name: string | null) => (name ? ` : « ${name} »` : '')

const sprPlans: Record<SprPlan, string> = {
  psmv: ' (plan de sauvegarde et de mise en valeur, PSMV)',
  pvap: ' (plan de valorisation de l’architecture et du patrimoine, PVAP)',
  avap_zppaup: ' (règles de l’ancienne AVAP ou ZPPAUP, toujours en vigueur)',
  inconnu: '',
}

const pages = {
  abords: {
    href: '/comprendre/abords-des-monuments-historiques/',
    label: 'Les abords des monuments historiques',
  },
  spr: {
    href: '/comprendre/sites-patrimoniaux-remarquables/',
    label: 'Les sites patrimoniaux remarquables',
  },
  siteClasse: { href: '/comprendre/sites-classes/', label: 'Les sites classés' },
  siteInscrit: { href: '/comprendre/sites-inscrits/', label: 'Les sites inscrits' },
  monument: { href: '/comprendre/monuments-historiques/', label: 'Les monuments historiques' },
  autorisationSpeciale: {
    href: '/demarches/autorisation-speciale-site-classe/',
    label: 'L’autorisation spéciale en site classé',
  },
  travauxMonument: {
    href: '/demarches/travaux-sur-monument-historique/',
    label: 'Les travaux sur un monument historique',
  },
} satisfies Record<string, AnswerLink>

export function describeProtection(protection: FoundProtection): ProtectionLine {
  const actUrl = protection.actUrl
  switch (protection.kind) {
    case 'abords_mh': {
      const monument = protection.name
        ? `du monument historique « ${protection.name} »`
        : 'd’un monument historique'
      if (protection.perimeter === 'pda') {
        return {
          sentence: `Votre adresse est dans le périmètre délimité des abords (PDA) ${monument}.`,
          meaning:
            'Dans ce périmètre, les travaux qui modifient l’aspect extérieur demandent l’accord de l’architecte des Bâtiments de France (ABF), que votre terrain soit visible ou non depuis le monument.',
          learnMore: [pages.abords],
          actUrl,
        }
      }
      const radius = protection.radiusMeters ? ` (périmètre de ${protection.radiusMeters} m)` : ''
      return {
        sentence: `Votre adresse est dans les abords ${monument}${radius}.`,
        meaning:
          'Si vos travaux modifient l’aspect extérieur et que votre terrain est visible depuis le monument ou en même temps que lui (covisibilité), l’accord de l’architecte des Bâtiments de France (ABF) est nécessaire. C’est l’ABF qui apprécie la covisibilité.',
        learnMore: [pages.abords],
        actUrl,
      }
    }
    case 'spr':
      return {
        sentence: `Votre adresse est dans un site patrimonial remarquable${named(protection.name)}${sprPlans[protection.plan]}.`,
        meaning:
          protection.plan === 'psmv'
            ? 'Les travaux qui modifient l’extérieur des bâtiments ou les espaces non bâtis demandent l’accord de l’ABF. Le PSMV remplace le plan local d’urbanisme dans son périmètre et peut aussi protéger des éléments intérieurs.'
            : 'Les travaux qui modifient l’extérieur des bâtiments (façades, toitures, menuiseries…) ou les espaces non bâtis demandent l’accord de l’ABF, qui vérifie aussi le respect des règles du site.',
        learnMore: [pages.spr],
        actUrl,
      }
    case 'site_classe':
      return {
        sentence: `Votre adresse est dans un site classé${named(protection.name)}.`,
        meaning:
          'Toute modification de l’état ou de l’aspect des lieux demande une autorisation spéciale de l’État (préfet ou ministre), après avis de l’ABF.',
        learnMore: [pages.siteClasse, pages.autorisationSpeciale],
        actUrl,
      }
    case 'site_inscrit':
      return {
        sentence: `Votre adresse est dans un site inscrit${named(protection.name)}.`,
        meaning:
          'Les travaux doivent être déclarés à l’avance ; l’ABF donne un avis simple, sauf pour une démolition, qui demande son accord.',
        learnMore: [pages.siteInscrit],
        actUrl,
      }
    case 'site':
      return {
        sentence: `Votre adresse est dans un site protégé${named(protection.name)} ; les données ne disent pas s’il est classé ou inscrit.`,
        meaning:
          'Les règles diffèrent : en site classé, une autorisation spéciale de l’État ; en site inscrit, un avis de l’ABF. L’UDAP ou la mairie peuvent vous dire lequel s’applique.',
        learnMore: [pages.siteClasse, pages.siteInscrit],
        actUrl,
      }
    case 'monument_historique':
      return {
        sentence: `Votre adresse est sur l’emprise d’un monument historique${named(protection.name)}.`,
        meaning:
          'Les travaux sur un monument historique suivent une procédure propre, avec l’accord ou l’autorisation du préfet de région (DRAC).',
        learnMore: [pages.monument, pages.travauxMonument],
        actUrl,
      }
  }
}

export function answerTitle(protections: readonly FoundProtection[]): string {
  if (protections.length === 0)
    return 'Nous n’avons trouvé aucune protection patrimoniale enregistrée à cette adresse.'
  if (protections.length === 1)
    return 'Nous avons trouvé une protection patrimoniale à cette adresse.'
  return `Nous avons trouvé ${protections.length} protections patrimoniales à cette adresse.`
}

// The taxonomy's key for each kind found; "site" and "monument_historique" say too little to
// pick one (classé or inscrit), so they do not prefill anything.
const taxonomyKeys: Partial<Record<FoundProtection['kind'], ProtectionKind>> = {
  site_classe: 'site_classe',
  spr: 'spr',
  abords_mh: 'abords_mh',
  site_inscrit: 'site_inscrit',
}

/** The protections found, as the taxonomy's keys, strictest first, each once. */
export function protectionKeys(protections: readonly FoundProtection[]): ProtectionKind[] {
  const keys = [...protections]
    .sort((a, b) => answerOrder.indexOf(a.kind) - answerOrder.indexOf(b.kind))
    .flatMap((protection) => taxonomyKeys[protection.kind] ?? [])
  return [...new Set(keys)]
}

/** /quelle-demarche/ starting from the protections found. */
export function questionnaireHref(protections: readonly FoundProtection[]): string {
  const query = new URLSearchParams(protectionKeys(protections).map((key) => ['protection', key]))
  const search = query.toString()
  return search ? `/quelle-demarche/?${search}` : '/quelle-demarche/'
}

/**
 * /demander-un-conseil/ prefilled with the place and the strictest protection found (the form
 * takes one). With nothing found, or when the geodata could not be read: "je ne sais pas".
 */
export function consultationHref(
  place: AnswerPlace | null,
  protections: readonly FoundProtection[] | null,
): string {
  const query = new URLSearchParams({
    protection: (protections && protectionKeys(protections)[0]) ?? 'je_ne_sais_pas',
  })
  if (place) {
    query.set('address', place.address)
    query.set('postcode', place.postcode)
    query.set('commune', place.commune)
    // In Paris, Lyon and Marseille this is the arrondissement's code: it routes to the same UDAP.
    query.set('inseeCode', place.inseeCode)
  }
  return `/demander-un-conseil/?${query}`
}
