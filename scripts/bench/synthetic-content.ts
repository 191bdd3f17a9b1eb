import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

// Realistic French sentences about works in protected areas, combined at random (seeded).
const subjects = [
  'Le ravalement de la façade',
  'Le remplacement des fenêtres',
  'La pose de panneaux solaires',
  'La réfection de la toiture',
  'L’isolation par l’extérieur',
  'La construction d’un abri de jardin',
  'La modification de la devanture',
  'La clôture sur rue',
  'La démolition d’une annexe',
  'L’installation d’une pompe à chaleur',
  'La création d’une fenêtre de toit',
  'L’extension de la maison',
]
const predicates = [
  'demande une déclaration préalable en mairie',
  'est examiné par l’architecte des Bâtiments de France',
  'doit respecter les matériaux et les teintes du quartier',
  'peut nécessiter un permis de construire selon la surface',
  'fait l’objet d’un avis sur l’aspect extérieur',
  'gagne à être présenté à l’UDAP avant le dépôt du dossier',
  'doit être visible sur les photographies jointes au dossier',
  'dépend du règlement du site patrimonial remarquable',
]
const complements = [
  'dans les abords d’un monument historique',
  'en site inscrit',
  'dans un site patrimonial remarquable',
  'près de l’église classée',
  'sur une façade visible depuis la rue',
  'dans le centre ancien',
  'en covisibilité avec le château',
  'dans le périmètre délimité des abords',
]

function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0
    return state / 2 ** 32
  }
}

/**
 * Writes `count` content pages with valid frontmatter into `dir`, all in one section (the worst
 * case for its navigation): content/pages/fiches-travaux/fiche-N.mdx, with the section's index
 * page and the home page.
 */
export async function writeSyntheticContent(dir: string, count: number): Promise<void> {
  const next = random(count)
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)] as T
  const sentence = () => `${pick(subjects)} ${pick(predicates)} ${pick(complements)}.`
  const paragraph = () => Array.from({ length: 4 }, sentence).join(' ')
  await mkdir(join(dir, 'fiches-travaux'), { recursive: true })
  const page = (title: string, body: string, section = 'fiches-travaux', order = 0) => `---
title: ${JSON.stringify(title)}
description: ${JSON.stringify(sentence().slice(0, 150))}
section: ${section}
order: ${order}
lastReviewed: 2026-11-28
sources:
  - title: Code du patrimoine
    url: https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074236/
---

${body}
`
  await writeFile(
    join(dir, 'index.mdx'),
    page('Vos travaux dans un espace protégé', paragraph(), 'accueil'),
  )
  await writeFile(join(dir, 'fiches-travaux', 'index.mdx'), page('Fiches travaux', paragraph()))
  for (let i = 1; i <= count; i++) {
    const body = [
      `## ${pick(subjects)}`,
      paragraph(),
      `## ${pick(subjects)}`,
      paragraph(),
      paragraph(),
    ].join('\n\n')
    await writeFile(
      join(dir, 'fiches-travaux', `fiche-${i}.mdx`),
      page(`${pick(subjects)} ${pick(complements)} (${i})`, body, 'fiches-travaux', i),
    )
  }
}
