import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fileHash } from '../src/indexer/hash.js'

describe('fileHash', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-hash-'))
  const withEdition = join(dir, 'a')
  const without = join(dir, 'b')
  mkdirSync(withEdition)
  mkdirSync(without)
  writeFileSync(join(withEdition, 'edition.json'), '{"publication":"Daily"}')
  for (const folder of [withEdition, without]) {
    writeFileSync(join(folder, '1.txt'), 'page one')
    writeFileSync(join(folder, '2.txt'), 'page two')
  }

  it('gives the same hash with the folders’ edition.json read once for a run as read for each file', async () => {
    const editions = new Map<string, Promise<Buffer | null>>()
    for (const folder of [withEdition, without]) {
      for (const name of ['1.txt', '2.txt']) {
        const path = join(folder, name)
        expect(await fileHash(path, editions)).toEqual(await fileHash(path))
      }
    }
    expect([...editions.keys()].sort()).toEqual([withEdition, without])
  })

  it('depends on the edition.json beside the file', async () => {
    const a = await fileHash(join(withEdition, '1.txt'))
    writeFileSync(join(without, '1.txt'), 'page one')
    const b = await fileHash(join(without, '1.txt'))
    expect(a.bytes).toBe(b.bytes)
    expect(a.hash).not.toBe(b.hash)
  })
})
