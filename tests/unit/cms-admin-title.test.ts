import { describe, expect, it } from 'vitest'
import { adminTitle, screenTitle } from '../../src/cms/admin-title.ts'

const labels = { pages: 'Pages générales', 'fiches-travaux': 'Fiches travaux' }

describe('the title of each CMS screen (RGAA 8.6)', () => {
  it.each([
    ['', adminTitle],
    ['#/', adminTitle],
    ['#/collections/pages', `Pages générales — ${adminTitle}`],
    ['#/collections/pages/entries/faq', `Pages générales : modifier « faq » — ${adminTitle}`],
    ['#/collections/fiches-travaux/new', `Fiches travaux : nouvelle page — ${adminTitle}`],
    ['#/collections/inconnue/entries/x', adminTitle],
    ['#/search/piscine', `Recherche — ${adminTitle}`],
    // The editorial workflow's board, and an entry opened from it (Decap adds ?ref=workflow).
    ['#/workflow', `Flux éditorial — ${adminTitle}`],
    [
      '#/collections/pages/entries/faq?ref=workflow',
      `Pages générales : modifier « faq » — ${adminTitle}`,
    ],
  ])('%s → %s', (hash, title) => {
    expect(screenTitle(hash, labels)).toBe(title)
  })
})
