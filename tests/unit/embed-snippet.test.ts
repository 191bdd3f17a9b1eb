import { describe, expect, it } from 'vitest'
import { embedSnippet } from '../../src/domain/embed-snippet.ts'

const script = 'https://dedale.example/embed/dedale-embed.js'

describe('embedSnippet', () => {
  it.each([
    [{}, `<script src="${script}" async></script>`],
    [
      { theme: 'dark', protection: 'spr', postcode: ' 69005 ', commune: '' },
      `<script src="${script}" data-theme="dark" data-protection="spr" data-postcode="69005" async></script>`,
    ],
    [
      { commune: 'Saint-Jean-de-Luz "><script>' },
      `<script src="${script}" data-commune="Saint-Jean-de-Luz &quot;>&lt;script>" async></script>`,
    ],
    [{ unknown: 'x' }, `<script src="${script}" async></script>`],
  ])('%j', (settings, snippet) => {
    expect(embedSnippet(script, settings)).toBe(snippet)
  })
})
