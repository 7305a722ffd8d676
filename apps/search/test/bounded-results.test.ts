/**
 * The SQLite store's bounds: facets count the best `facetSample` results
 * and totals stop at `totalCap` (said in `totalExact` and `facetsOver`),
 * so frequent words cost no more than rare ones. Small bounds here stand
 * for the real ones (200 and 1,000).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { search } from '../src/search.js'
import { openStore } from '../src/store/open.js'
import { openSqliteStore } from '../src/store/sqlite.js'
import type { Store } from '../src/store/store.js'
import { type ArticleSpec, indexedFile } from './helpers/articles.js'

const FACET_SAMPLE = 3
const TOTAL_CAP = 5

/** Twelve articles about the harbour; the first three name it in the headline, so they rank first. */
const harbour: ArticleSpec[] = Array.from({ length: 12 }, (_, i) => ({
  id: `harbour-${i}`,
  headline: i < 3 ? `Harbour news ${i}` : `Shipping notes ${i}`,
  paragraphs: [`The harbour master reported ${i} ships at anchor near the old pier.`],
  section: i < 3 ? 'Front' : 'Shipping',
  authors: i < 3 ? ['Ann Lee'] : ['Bo Chan'],
  date: `1930-0${1 + (i % 9)}-0${1 + (i % 9)}`,
}))
const other: ArticleSpec[] = [
  { id: 'tram', headline: 'Tram fares', paragraphs: ['Fares rise.'], date: '1931-01-01' },
]

describe('bounded totals and facets (sqlite store)', () => {
  let dir: string
  let bounded: Store
  let exact: Store

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'news-search-bounds-'))
    const files = [indexedFile('/pages/harbour.txt', harbour), indexedFile('/pages/other.txt', other)]
    bounded = await openSqliteStore(join(dir, 'bounded.db'), {
      facetSample: FACET_SAMPLE,
      totalCap: TOTAL_CAP,
    })
    await bounded.migrate()
    await bounded.writeFiles(files)
    exact = await openStore(join(dir, 'exact.db'))
    await exact.writeFiles(files)
  })
  afterAll(async () => {
    await bounded?.close()
    await exact?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('should count every result when there are few', async () => {
    const { response } = await search(exact, { q: 'harbour', limit: 2 })
    expect(response).toMatchObject({ total: 12, totalExact: true, facetsOver: 12 })
    expect(response.facets.section).toEqual([
      { value: 'Shipping', count: 9 },
      { value: 'Front', count: 3 },
    ])
  })

  it('should stop counting at the cap and count facets over the best results', async () => {
    const { response } = await search(bounded, { q: 'harbour', limit: 2 })
    expect(response).toMatchObject({ total: TOTAL_CAP, totalExact: false, facetsOver: FACET_SAMPLE })
    expect(response.facets.section).toEqual([{ value: 'Front', count: 3 }])
    expect(response.facets.author).toEqual([{ value: 'Ann Lee', count: 3 }])
    expect(
      response.hits.map((h) => h.id).every((id) => ['harbour-0', 'harbour-1', 'harbour-2'].includes(id)),
    ).toBe(true)
  })

  it('should give the same best hits as the exact store', async () => {
    for (const q of ['harbour', 'harbour ships', 'pier -news']) {
      const a = await search(bounded, { q, limit: 4 })
      const b = await search(exact, { q, limit: 4 })
      expect(a.response.hits.map((h) => h.id)).toEqual(b.response.hits.map((h) => h.id))
    }
  })

  it('should count at least to the page asked for', async () => {
    const { response } = await search(bounded, { q: 'harbour', limit: 2, offset: 6 })
    expect(response.total).toBe(8)
    expect(response.totalExact).toBe(false)
    expect(response.hits).toHaveLength(2)
    const last = await search(bounded, { q: 'harbour', limit: 5, offset: 10 })
    expect(last.response).toMatchObject({ total: 12, totalExact: true })
    expect(last.response.hits).toHaveLength(2)
  })

  it('should bound filtered and filter-only searches the same way', async () => {
    const filtered = await search(bounded, { q: 'harbour', limit: 2, filters: { sections: ['shipping'] } })
    expect(filtered.response).toMatchObject({ total: TOTAL_CAP, totalExact: false, facetsOver: FACET_SAMPLE })
    expect(filtered.response.facets.section).toEqual([{ value: 'Shipping', count: FACET_SAMPLE }])
    const listing = await search(bounded, { q: 'from:1930', limit: 2 })
    expect(listing.response).toMatchObject({ total: TOTAL_CAP, totalExact: false, facetsOver: FACET_SAMPLE })
    // Without words the best are the newest.
    expect(listing.response.hits[0]!.id).toBe('tram')
    const few = await search(bounded, { q: 'tram' })
    expect(few.response).toMatchObject({ total: 1, totalExact: true, facetsOver: 1 })
  })
})

describe('schema upgrade (sqlite store)', () => {
  it('should upgrade a version 1 index: filters and facets work on the old articles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-search-upgrade-'))
    try {
      const path = join(dir, 'old.db')
      const store = await openStore(path)
      await store.writeFiles([indexedFile('/pages/harbour.txt', harbour)])
      await store.close()
      // Turn it back into a version 1 index.
      const db = new Database(path)
      db.exec(`DROP TABLE article_keys;
        CREATE INDEX articles_date ON articles(date);
        CREATE INDEX articles_section ON articles(section_key);
        PRAGMA user_version = 1;`)
      db.close()
      const upgraded = await openStore(path)
      const { response } = await search(upgraded, { q: 'harbour', filters: { sections: ['front'] } })
      expect(response.total).toBe(3)
      expect(response.facets.author).toEqual([{ value: 'Ann Lee', count: 3 }])
      await upgraded.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
