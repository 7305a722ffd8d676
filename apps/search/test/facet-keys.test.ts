/**
 * Facets counted from the keys held in memory (`FacetKeys`) must be the
 * facets counted in SQL, and must follow the index when it changes, from
 * this connection or another.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { search } from '../src/search.js'
import { openSqliteStore } from '../src/store/sqlite.js'
import type { Store } from '../src/store/store.js'
import { indexedFile } from './helpers/articles.js'
import { sampleFiles } from './helpers/samples.js'

/** Queries over the sample pages: words, names, filters, no words, deep pages. */
const QUERIES: { q: string; limit?: number; offset?: number }[] = [
  { q: 'the' },
  { q: 'war' },
  { q: 'city council' },
  { q: '上海' },
  { q: '政府' },
  { q: 'from:1900' },
  { q: 'the', offset: 190, limit: 20 },
  { q: 'the', offset: 400, limit: 5 },
  { q: 'the -war' },
  { q: 'section:news the' },
  { q: 'lang:zh 中国' },
]

describe('facets from the keys in memory', () => {
  let dir: string
  let inMemory: Store
  let inSql: Store

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'news-search-facet-keys-'))
    const files = await sampleFiles()
    const path = join(dir, 'samples.db')
    inMemory = await openSqliteStore(path)
    await inMemory.migrate()
    await inMemory.writeFiles(files)
    inSql = await openSqliteStore(path, { facetKeysMaxArticles: 0 })
  }, 120_000)
  afterAll(async () => {
    await inMemory?.close()
    await inSql?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('should answer every query exactly as the facets counted in SQL', async () => {
    let withFacets = 0
    for (const request of QUERIES) {
      const a = await search(inMemory, request)
      const b = await search(inSql, request)
      expect(a.response, request.q).toEqual(b.response)
      if (a.response.facets.author.length > 0 && a.response.facets.section.length > 0) withFacets++
    }
    expect(withFacets).toBeGreaterThan(3)
  })

  it('should see articles written by this connection and by another one', async () => {
    const word = 'zyxquorbit'
    /** One article about the word, by `author`, written through `store`. */
    const write = (store: Store, id: string, author: string) =>
      store.writeFiles([
        indexedFile(`/pages/${id}.txt`, [
          {
            id,
            headline: `The ${word} report`,
            paragraphs: ['Text.'],
            section: 'Astronomy',
            authors: [author],
          },
        ]),
      ])
    const before = await search(inMemory, { q: word })
    expect(before.response.total).toBe(0)
    await write(inSql, 'other-writer', 'Vera Ru')
    const other = await search(inMemory, { q: word })
    expect(other.response.facets.section).toEqual([{ value: 'Astronomy', count: 1 }])
    expect(other.response.facets.author).toEqual([{ value: 'Vera Ru', count: 1 }])
    await write(inMemory, 'own-writer', 'Li Wen')
    const own = await search(inMemory, { q: word })
    expect(own.response.facets.section).toEqual([{ value: 'Astronomy', count: 2 }])
    expect(own.response.facets.author.map((f) => f.value).sort()).toEqual(['Li Wen', 'Vera Ru'])
  })
})
