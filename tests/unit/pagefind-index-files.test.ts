import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeIndexFileList } from '../../src/integrations/pagefind.ts'

const folders: string[] = []
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true })
})

/** A pagefind/ folder with an index chunk of `chunkBytes` and the files a search never reads. */
async function pagefindFolder(chunkBytes: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dedale-index-files-'))
  folders.push(dir)
  await mkdir(join(dir, 'index'))
  await mkdir(join(dir, 'fragment'))
  await writeFile(join(dir, 'index', 'fr_1.pf_index'), Buffer.alloc(chunkBytes))
  await writeFile(join(dir, 'fragment', 'fr_2.pf_fragment'), Buffer.alloc(100))
  await writeFile(join(dir, 'pagefind.fr_3.pf_meta'), Buffer.alloc(100))
  await writeFile(join(dir, 'pagefind-entry.json'), '{}')
  await writeFile(join(dir, 'pagefind-ui.js'), 'ui')
  return dir
}

const list = async (dir: string) =>
  JSON.parse(await readFile(join(dir, 'dedale-index-files.json'), 'utf8')) as {
    bytes: number
    files: string[]
  }

describe('the list of index files the search page keeps whole', () => {
  it('lists every file a search reads when the index is small', async () => {
    const dir = await pagefindFolder(1_000)
    await writeIndexFileList(dir)
    expect(await list(dir)).toEqual({
      bytes: 1_202,
      files: [
        '/pagefind/fragment/fr_2.pf_fragment',
        '/pagefind/index/fr_1.pf_index',
        '/pagefind/pagefind-entry.json',
        '/pagefind/pagefind.fr_3.pf_meta',
      ],
    })
  })

  it('lists nothing when the index is over 512 kB: searches fetch only what they read', async () => {
    const dir = await pagefindFolder(600 * 1024)
    await writeIndexFileList(dir)
    expect(await list(dir)).toEqual({ bytes: 600 * 1024 + 202, files: [] })
  })
})
