import { describe, expect, it } from 'vitest'
import { searchablePart, straightenElisions } from '../../src/integrations/pagefind.ts'

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
  it('keeps the head and the main content, not the header, menus and footer around them', () => {
    const html =
      '<!doctype html><html lang="fr"><head><title>T</title><meta data-pagefind-filter="section[content]" content="Aide"></head><body><header><nav>Menu</nav></header><main data-pagefind-body><h1>Titre</h1></main><footer>Pied</footer></body></html>'
    const part = searchablePart(html)
    expect(part).toContain('<title>T</title>')
    expect(part).toContain('data-pagefind-filter')
    expect(part).toContain('<main data-pagefind-body><h1>Titre</h1></main>')
    expect(part).not.toMatch(/Menu|Pied/)
  })
})
