// Decap CMS's bundle patched where its markup nests elements HTML forbids (RGAA 8.2): on the bundle
// the site ships (node_modules/decap-cms), and on the shape of Emotion's declarations.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { decapPatches, patchDecapBundle } from '../../src/cms/decap-bundle-patches.ts'

const require = createRequire(import.meta.url)

describe('patchDecapBundle', () => {
  it('changes the element of each patched component of the installed Decap, and nothing else', async () => {
    const bundle = await readFile(require.resolve('decap-cms/dist/decap-cms.js'), 'utf8')
    const patched = patchDecapBundle(bundle)
    for (const { component, from, to } of decapPatches) {
      const declared = (source: string) =>
        new RegExp(`\\("(\\w+)",\\{target:"\\w+",label:"${component}"\\}\\)`).exec(source)?.[1]
      expect([component, declared(bundle), declared(patched)]).toEqual([component, from, to])
    }
    expect(patched.length).toBe(
      bundle.length + decapPatches.reduce((sum, { from, to }) => sum + to.length - from.length, 0),
    )
  })

  it('fails when a component is not declared exactly once as expected (a Decap upgrade)', () => {
    const one = 'a=s("ul",{target:"e1",label:"DropdownList"})(x)'
    const patch = { component: 'DropdownList', from: 'ul', to: 'div' }
    expect(patchDecapBundle(one, [patch])).toBe('a=s("div",{target:"e1",label:"DropdownList"})(x)')
    expect(() => patchDecapBundle('a=s("ol",{target:"e1",label:"DropdownList"})', [patch])).toThrow(
      /0 declarations of DropdownList as a ul/,
    )
    expect(() => patchDecapBundle(one + one, [patch])).toThrow(/2 declarations/)
  })
})
