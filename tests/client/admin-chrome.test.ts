// The site's additions around Decap CMS (src/cms/admin-chrome.ts), outside #nc-root: the screen's
// h1 where Decap draws none (RGAA 9.1), exactly one per screen, the skip link that moves the
// focus to the main content without changing the address Decap routes by (RGAA 12.7), and the
// navigation bar with its search (RGAA 12.2, 12.5).
import { afterEach, describe, expect, it } from 'vitest'
import {
  currentness,
  navigationLinks,
  screenHeading,
  updateNavigationBar,
  updateScreenHeading,
  wireNavigationBar,
  wireSkipLink,
} from '../../src/cms/admin-chrome.ts'
import { collectionLabels } from '../../src/cms/collections.ts'
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

describe('the navigation bar (RGAA 12.2, 12.5)', () => {
  const load = (decapMarkup: string) => {
    const body = /<body>([\s\S]*)<\/body>/.exec(adminPage)?.[1] ?? ''
    document.body.innerHTML = `${body.replace(/<script[^>]*><\/script>/g, '')}${decapMarkup}`
  }
  const signedIn = '<div id="nc-root"><div class="css-1-AppMainContainer"></div></div>'
  afterEach(() => {
    history.replaceState(null, '', '#')
  })

  it('lists every collection, then the workflow’s board and the public site', () => {
    expect(navigationLinks(collectionLabels).map(({ text, href }) => `${text} ${href}`)).toEqual([
      'Pages générales #/collections/pages',
      'Le parcours #/collections/parcours',
      'Comprendre #/collections/comprendre',
      'Les démarches #/collections/demarches',
      'Fiches travaux #/collections/fiches-travaux',
      'Glossaire et annuaire #/collections/donnees',
      'Flux éditorial #/workflow',
      'Voir le site /',
    ])
  })

  it.each([
    ['#/collections/pages', '#/collections/pages', 'page'],
    ['#/collections/pages', '#/collections/pages/entries/faq', 'true'],
    ['#/collections/pages', '#/collections/parcours', null],
    ['#/workflow', '#/workflow', 'page'],
    ['#/collections/pages', '#/collections/pages/entries/faq?ref=workflow', 'true'],
    ['/', '#/collections/pages', null],
  ])('%s is current on %s: %s', (href, hash, current) => {
    expect(currentness(href, hash)).toBe(current)
  })

  it('comes right after the skip link, hidden until the user is signed in, and marks the current screen', () => {
    load('<div id="nc-root"><section class="css-b-StyledAuthenticationPage"></section></div>')
    const bar = document.body.children[1] as HTMLElement
    expect(bar.querySelector('nav')?.getAttribute('aria-label')).toBe('Gestion des contenus')
    updateNavigationBar(document)
    expect(bar.hidden).toBe(true)

    history.replaceState(null, '', '#/collections/fiches-travaux/entries/piscines')
    $nc().outerHTML = signedIn
    updateNavigationBar(document)
    expect(bar.hidden).toBe(false)
    const current = [...bar.querySelectorAll('[aria-current]')]
    expect(current.map((link) => [link.textContent, link.getAttribute('aria-current')])).toEqual([
      ['Fiches travaux', 'true'],
    ])

    history.replaceState(null, '', '#/workflow')
    updateNavigationBar(document)
    expect(bar.querySelector('[aria-current]')?.textContent).toBe('Flux éditorial')
  })

  it('searches every collection through Decap’s route, and goes nowhere without terms', () => {
    history.replaceState(null, '', '#/collections/pages/entries/faq')
    load(signedIn)
    wireNavigationBar(document)
    const form = document.querySelector('form[role="search"]') as HTMLFormElement
    const input = form.querySelector('input') as HTMLInputElement
    expect(form.querySelector('label')?.textContent).toBe('Rechercher dans les contenus')
    input.value = '   '
    form.requestSubmit()
    expect(location.hash).toBe('#/collections/pages/entries/faq')
    input.value = ' clôture en limite '
    form.requestSubmit()
    expect(location.hash).toBe(`#/search/${encodeURIComponent('clôture en limite')}`)
  })
})

const $nc = () => document.getElementById('nc-root') as HTMLElement
