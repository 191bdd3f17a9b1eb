import { worksTypes } from '../domain/taxonomy.ts'
import { contentSections } from '../site/site.ts'

/**
 * What the CMS shows for each field of the zod schemas, in French: its label, a hint, the
 * message of its pattern, the labels of its options. The widgets, required fields, lists and
 * patterns come from the schemas themselves (src/cms/config.ts); a schema field without a text
 * here fails the build, so that a new field never appears unlabelled.
 */
export interface FieldText {
  label: string
  hint?: string
  /** A long text: a multi-line box instead of a one-line input. */
  multiline?: boolean
  /** Message shown when the value does not match the schema's pattern. */
  patternMessage?: string
  /** Labels of the values of a list of choices. */
  options?: Record<string, string>
  /** Texts of the fields of each item of a list, or of an object. */
  fields?: Record<string, FieldText>
  /** Line that sums up an item of a list when it is folded. */
  summary?: string
}

const source: Record<string, FieldText> = {
  title: {
    label: 'Intitulé de la source',
    hint: 'Nom du site ou du texte, puis le titre de la page. Exemple : « Service-public.fr — Déclaration préalable de travaux ».',
  },
  url: {
    label: 'Adresse de la source (URL)',
    hint: 'L’adresse complète de la page officielle, commençant par https://',
  },
}

export const pageTexts: Record<string, FieldText> = {
  title: { label: 'Titre', hint: 'Titre de la page (h1 et titre de l’onglet).' },
  description: {
    label: 'Description',
    hint: 'Résumé de 20 à 160 caractères, montré par les moteurs de recherche et sur les tuiles.',
    multiline: true,
  },
  section: {
    label: 'Rubrique',
    hint: 'Donne le fil d’Ariane, le menu latéral et le filtre de recherche.',
    options: Object.fromEntries(
      Object.entries(contentSections).map(([key, { label }]) => [key, label]),
    ),
  },
  order: {
    label: 'Position dans la rubrique',
    hint: '0 pour l’introduction de la rubrique, puis 1, 2, 3…',
  },
  lastReviewed: {
    label: 'Date de dernière relecture',
    hint: 'Date à laquelle le texte a été vérifié au regard de ses sources.',
  },
  reviewedBy: {
    label: 'Relu par',
    hint: 'Qui a vérifié le texte lors de la dernière relecture.',
    options: {
      juriste: 'Juriste',
      abf: 'Architecte des Bâtiments de France',
      equipe: 'Équipe nationale',
    },
  },
  sources: {
    label: 'Sources',
    hint: 'Au moins une source officielle sur laquelle repose le texte.',
    summary: '{{fields.title}}',
    fields: source,
  },
  faq: {
    label: 'Questions fréquentes',
    hint: 'Questions et réponses affichées en fin de page.',
    summary: '{{fields.question}}',
    fields: {
      question: { label: 'Question' },
      answer: {
        label: 'Réponse',
        hint: 'Réponse courte, avec un lien vers la page qui détaille le sujet.',
        multiline: true,
      },
    },
  },
  relatedWorks: {
    label: 'Types de travaux concernés',
    hint: 'La page affiche les liens vers les fiches de ces travaux.',
    options: worksTypes,
  },
}

export const glossaryTexts: Record<string, FieldText> = {
  id: {
    label: 'Ancre (identifiant)',
    hint: 'Adresse du terme sur le glossaire (/glossaire/#ancre). Ne changez pas l’ancre d’un terme publié : d’autres pages y renvoient.',
    patternMessage:
      'Lettres minuscules sans accent, chiffres et tirets, par exemple « site-classe ».',
  },
  term: { label: 'Terme', hint: 'Le terme tel qu’il s’affiche, avec son sigle s’il en a un.' },
  definition: {
    label: 'Définition',
    hint: 'Une définition simple, en une à trois phrases.',
    multiline: true,
  },
  links: {
    label: 'Pages qui expliquent le terme',
    summary: '{{fields.label}}',
    fields: {
      href: {
        label: 'Adresse de la page',
        hint: 'Adresse d’une page du site, par exemple /comprendre/sites-classes/',
        patternMessage: 'Une adresse du site commençant par « / », sans espace.',
      },
      label: { label: 'Texte du lien' },
    },
  },
}

export const udapTexts: Record<string, FieldText> = {
  code: {
    label: 'Code du département',
    patternMessage: 'Deux chiffres, 2A, 2B ou 97 suivi d’un chiffre.',
  },
  departement: { label: 'Département' },
  name: { label: 'Nom du service', hint: 'Par exemple « UDAP de l’Ain ».' },
  email: {
    label: 'Adresse électronique',
    hint: 'Laissez vide tant qu’elle n’est pas vérifiée.',
    patternMessage: 'Une adresse électronique, par exemple udap.ain@culture.gouv.fr',
  },
  phone: { label: 'Téléphone', hint: 'Laissez vide tant qu’il n’est pas vérifié.' },
  address: { label: 'Adresse postale', multiline: true },
  opening: { label: 'Horaires et accueil', multiline: true },
  active: {
    label: 'Reçoit les demandes de conseil en ligne',
    hint: 'Cochez seulement pour une UDAP qui participe au service.',
  },
}

export const directoryTexts: Record<string, FieldText> = {
  regions: {
    label: 'Régions',
    summary: '{{fields.name}}',
    fields: {
      code: { label: 'Code INSEE de la région', patternMessage: 'Deux chiffres.' },
      name: { label: 'Région' },
      service: { label: 'Service régional', hint: 'La DRAC, ou la DAC outre-mer.' },
      url: {
        label: 'Page officielle du service',
        hint: 'L’adresse complète de la page qui liste ses UDAP, commençant par https://',
      },
      seat: { label: 'Adresse du siège', hint: 'Seulement si elle est vérifiée.' },
      departements: {
        label: 'Départements (codes)',
        hint: 'Codes des départements, dans l’ordre d’affichage.',
      },
    },
  },
}
