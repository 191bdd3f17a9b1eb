import { existsSync, readFileSync } from 'node:fs'
import type { AstroIntegration } from 'astro'
import { describe, expect, it } from 'vitest'
import { pagePass } from '../../src/integrations/page-pass.ts'
import { currentHandOff } from '../../src/integrations/page-pass-hand-off.ts'
import { renderedPage } from '../../src/integrations/page-weight.ts'

const setup = (integration: AstroIntegration, command: 'build' | 'dev') => {
  const added: URL[] = []
  const hook = integration.hooks['astro:config:setup'] as (options: unknown) => void
  hook({ command, addMiddleware: ({ entrypoint }: { entrypoint: URL }) => added.push(entrypoint) })
  return added
}
const start = (integration: AstroIntegration) =>
  (integration.hooks['astro:build:start'] as (options: unknown) => Promise<void>)({})

const content =
  '<html lang="fr"><head><meta data-pagefind-filter="rubrique:Fiches"></head><body><header class="fr-header">Menu</header><main data-pagefind-body class="fr-container fr-mt-2w"><h1>L’église</h1><nav data-pagefind-ignore>Fil</nav><p class="fr-text--lead">Texte</p></main></body></html>'
const search =
  '<html lang="fr"><body><main class="fr-container fr-col-md-6"><h1>Rechercher</h1></main></body></html>'

describe('pagePass', () => {
  it('adds its middleware to builds only', () => {
    expect(setup(pagePass().integration, 'dev')).toEqual([])
    const [entrypoint] = setup(pagePass().integration, 'build')
    expect(entrypoint?.pathname).toMatch(/src\/integrations\/page-pass-middleware\.ts$/)
  })

  it('gathers each page handed off while rendering: copies, class names, weights', async () => {
    const pass = pagePass()
    await start(pass.integration)
    const handOff = currentHandOff()
    expect(handOff).toBeTypeOf('function')
    handOff?.('/fiches-travaux/eglise/', content)
    handOff?.('/recherche/', search)
    const rendered = await pass.rendered()

    expect(rendered.searchable).toBe(1)
    const copy = readFileSync(`${rendered.copies}/fiches-travaux/eglise/index.html`, 'utf8')
    expect(copy).toContain('data-pagefind-filter="rubrique:Fiches"')
    expect(copy).toContain("L'église")
    expect(copy).not.toMatch(/Menu|Fil/)
    expect(existsSync(`${rendered.copies}/recherche/index.html`)).toBe(false)
    expect(new Set(rendered.classNames)).toEqual(
      new Set(['fr-header', 'fr-container', 'fr-mt-2w', 'fr-text--lead', 'fr-col-md-6']),
    )
    expect(rendered.pages).toEqual([
      renderedPage('/fiches-travaux/eglise/', content),
      renderedPage('/recherche/', search),
    ])
    // The hand-off ends with the pass, and asking again answers the same.
    expect(currentHandOff()).toBeUndefined()
    await expect(pass.rendered()).resolves.toBe(rendered)
  })

  it('fails when the build did not start it', async () => {
    await expect(pagePass().rendered()).rejects.toThrow('The page pass did not start')
  })
})
