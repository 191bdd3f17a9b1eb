import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderedOnce } from '../../src/site/render-once.ts'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('renderedOnce', () => {
  it('in a build, renders each name once and gives every later page the same HTML', async () => {
    vi.stubEnv('MODE', 'production')
    let renders = 0
    const render = async () => `<header>${++renders}</header>`
    expect(await renderedOnce('test header a', render)).toBe('<header>1</header>')
    expect(await renderedOnce('test header a', render)).toBe('<header>1</header>')
    expect(await renderedOnce('test header b', render)).toBe('<header>2</header>')
    expect(renders).toBe(2)
  })

  it('in development, renders every time, so that an edited component shows', async () => {
    vi.stubEnv('MODE', 'development')
    let renders = 0
    const render = async () => `<footer>${++renders}</footer>`
    await renderedOnce('test footer', render)
    expect(await renderedOnce('test footer', render)).toBe('<footer>2</footer>')
  })
})
