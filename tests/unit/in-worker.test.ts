import { describe, expect, it } from 'vitest'
import { inWorker } from '../../src/integrations/in-worker.ts'

const searchCopy = new URL('../../src/integrations/search-copy.ts', import.meta.url)

describe('inWorker', () => {
  it('answers what the function returns in the worker thread', async () => {
    await expect(inWorker(searchCopy, 'straightenElisions', ['l’église'])).resolves.toBe("l'église")
  })

  it('rejects with the error the function throws there', async () => {
    await expect(inWorker(searchCopy, 'searchablePart', [null])).rejects.toThrow(TypeError)
  })
})
