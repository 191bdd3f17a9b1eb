import { describe, expect, it } from 'vitest'
import { straightenElisions } from '../../src/integrations/pagefind.ts'

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
