// The site's additions around Decap CMS (src/cms/admin-chrome.ts), outside #nc-root: the screen's
// h1 where Decap draws none (RGAA 9.1), exactly one per screen, and the skip link that moves the
// focus to the main content without changing the address Decap routes by (RGAA 12.7).
import { afterEach, describe, expect, it } from 'vitest'
import { screenHeading, updateScreenHeading, wireSkipLink } from '../../src/cms/admin-chrome.ts'
import { adminPage } from '../../src/integrations/cms-admin.ts'

const labels = { pages: 'Pages générales', 'fiches-travaux': 'Fiches travaux' }
const decap = { signIn: false, ownHeading: false }

describe('the heading of each CMS screen (RGAA 9.1)', () => {
  it.each([
    ['', 'Gestion des contenus'],
    ['#/collections/pages/entries/faq', 'Pages générales : modifier « faq »'],
    ['#/collections/fiches-travaux/new', 'Fiches travaux : nouvelle page'],
    ['#/search/piscine', 'Recherche'],
  ])('%s → %s', (hash, text) => {
    expect(screenHeading(hash, labels, decap)).toBe(text)
  })

  it('says « Connexion » on the sign-in screen, whatever the address', () => {
    const signIn = { signIn: true, ownHeading: false }
    expect(screenHeading('#/collections/pages/entries/faq', labels, signIn)).toBe('Connexion')
  })

  it('gives way to Decap’s own h1 (the collections’ lists)', () => {
    expect(screenHeading('#/collections/pages', labels, { ...decap, ownHeading: true })).toBeNull()
  })
})

describe('the page’s own nodes before #nc-root', () => {
  /** The body of the CMS page (src/integrations/cms-admin.ts), Decap's scripts left out. */
  const load = (decapMarkup: string) => {
    const body = /<body>([\s\S]*)<\/body>/.exec(adminPage)?.[1] ?? ''
    document.body.innerHTML = `${body.replace(/<script[^>]*><\/script>/g, '')}${decapMarkup}`
  }
  afterEach(() => {
    history.replaceState(null, '', '#')
  })

  it('puts the skip link first, then the heading, and follows the screen', () => {
    load('<div id="nc-root"><section class="css-b-StyledAuthenticationPage"></section></div>')
    expect(document.body.firstElementChild?.textContent).toBe('Aller au contenu')
    updateScreenHeading(document, labels)
    const heading = document.querySelector('h1') as HTMLElement
    expect([heading.textContent, heading.hidden]).toEqual(['Connexion', false])

    history.replaceState(null, '', '#/collections/pages')
    $nc().innerHTML = '<main><h1>Pages générales</h1></main>'
    updateScreenHeading(document, labels)
    expect(heading.hidden).toBe(true)
    expect(document.querySelectorAll('h1:not([hidden])')).toHaveLength(1)

    history.replaceState(null, '', '#/collections/pages/entries/faq')
    $nc().innerHTML = '<div role="main"></div>'
    updateScreenHeading(document, labels)
    expect([heading.textContent, heading.hidden]).toEqual([
      'Pages générales : modifier « faq »',
      false,
    ])
  })

  it('moves the focus to the main content and leaves the address alone', () => {
    history.replaceState(null, '', '#/collections/pages')
    load('<div id="nc-root"><main id="contenu" tabindex="-1"></main></div>')
    wireSkipLink(document)
    ;(document.querySelector('a') as HTMLAnchorElement).click()
    expect(document.activeElement?.id).toBe('contenu')
    expect(location.hash).toBe('#/collections/pages')
  })
})

const $nc = () => document.getElementById('nc-root') as HTMLElement
