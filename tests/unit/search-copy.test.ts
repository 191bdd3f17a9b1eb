import { describe, expect, it } from 'vitest'
import {
  searchablePart,
  straightenElisions,
  withoutIgnored,
} from '../../src/integrations/search-copy.ts'

describe('straightenElisions', () => {
  it.each([
    ['près de l’église', "près de l'église"],
    ['L’isolation par l’extérieur', "L'isolation par l'extérieur"],
    ['qu’il', "qu'il"],
    ['l’UDAP', "l'UDAP"],
    ['aujourd’hui', 'aujourd’hui'],
    ['« guillemets’ »', '« guillemets’ »'],
  ])('%s → %s', (text, indexed) => {
    expect(straightenElisions(text)).toBe(indexed)
  })
})

describe('searchablePart', () => {
  const html =
    '<!doctype html><html lang="fr" dir="ltr"><head><title>T</title><link rel="stylesheet" href="/a.css"><script type="application/ld+json">{"@type":"BreadcrumbList"}</script><meta name="dedale-section" content="Aide" data-pagefind-filter="section[content]"></head><body><header><nav>Menu</nav></header><main data-pagefind-body><nav class="fr-breadcrumb" data-pagefind-ignore><ol><li>Accueil</li></ol></nav><h1>Titre</h1><p>Texte</p><aside data-pagefind-ignore><h2>Sources</h2></aside></main><footer>Pied</footer></body></html>'

  it('keeps the language, the Pagefind filters of the head and the main content', () => {
    const part = searchablePart(html)
    expect(part).toContain('<html lang="fr">')
    expect(part).toContain(
      '<meta name="dedale-section" content="Aide" data-pagefind-filter="section[content]">',
    )
    expect(part).toContain('<main data-pagefind-body><h1>Titre</h1><p>Texte</p></main>')
  })

  it('leaves out the header, footer, stylesheets, structured data and ignored parts', () => {
    expect(searchablePart(html)).not.toMatch(/Menu|Pied|stylesheet|BreadcrumbList|Accueil|Sources/)
  })
})

describe('withoutIgnored', () => {
  it('removes an ignored element with the same elements nested inside it', () => {
    expect(
      withoutIgnored(
        '<div><p>a</p><div class="x" data-pagefind-ignore><div><div>b</div></div>c</div><p>d</p></div>',
      ),
    ).toBe('<div><p>a</p><p>d</p></div>')
  })

  it('removes several ignored elements, void ones included, and keeps what follows', () => {
    expect(
      withoutIgnored(
        '<section data-pagefind-ignore="all"><p>x</p></section><p>garde</p><img src="a.png" data-pagefind-ignore><nav data-pagefind-ignore>y</nav><p>fin</p>',
      ),
    ).toBe('<p>garde</p><p>fin</p>')
  })

  it('does not take a longer tag name for the ignored one', () => {
    expect(withoutIgnored('<a data-pagefind-ignore><abbr>x</abbr></a><a href="/">garde</a>')).toBe(
      '<a href="/">garde</a>',
    )
  })
})
