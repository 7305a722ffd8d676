/**
 * SQLite and PostgreSQL hold the same articles and must agree: for any
 * query, with a limit at least the number of matches, the same set of
 * article ids, the same total and the same facets (below SQLite's facet
 * sample; above it, SQLite's counts never exceed PostgreSQL's). The articles are the
 * bundled sample pages through the real parser; the queries are typed ones
 * (names, phrases, OR, exclusions, filters) plus words picked from the pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compileQuery } from '../src/query/compile.js'
import { parseQuery } from '../src/query/parse.js'
import { FACET_SAMPLE, type IndexedFile, type SearchResult, type Store } from '../src/store/store.js'
import { sampleFiles } from './helpers/samples.js'
import { type OpenedStore, postgresFactory, sqliteFactory } from './helpers/stores.js'

/** Above any total these pages give, so every match is returned. */
const ALL = 100_000
/** Parsing every sample page takes a few seconds, more on a busy machine. */
const PARSE_TIMEOUT_MS = 60_000
/** Every how many articles a headline word is taken as a query. */
const WORD_SAMPLE_STEP = 10

const TYPED_QUERIES = [
  '李明华',
  '广州',
  '晶報',
  '上海',
  '"人力资源"',
  '记者 -上海',
  '上海 OR 北京',
  '中',
  'senate',
  'army -senate',
  '"the senate"',
  'war OR peace',
  'president wilson',
  'debates',
  'section:要闻',
  'from:1930 to:1939-12',
  'lang:en germany',
  'lang:zh 日本',
  'author:皮泽红',
  '-the',
  '',
]

/** Words of headlines, a few Latin and Han ones, as extra queries. */
function headlineQueries(files: readonly IndexedFile[]): string[] {
  const out = new Set<string>()
  let n = 0
  for (const file of files) {
    for (const article of file.articles) {
      if (n++ % WORD_SAMPLE_STEP !== 0 || !article.headline) continue
      const latin = article.headline.match(/\p{L}{4,}/gu) ?? []
      const han = article.headline.match(/\p{Script=Han}{2,4}/gu) ?? []
      for (const word of [...latin.slice(0, 2), ...han.slice(0, 2)]) out.add(word)
      if (latin.length >= 2) out.add(`"${latin[0]} ${latin[1]}"`)
    }
  }
  return [...out]
}

async function run(store: Store, q: string): Promise<SearchResult> {
  const parsed = parseQuery(q)
  return store.search(compileQuery(parsed), parsed.filters, { limit: ALL, offset: 0 })
}

describe('SQLite and PostgreSQL stores', () => {
  const opened: OpenedStore[] = []
  let queries: string[] = []

  beforeAll(async () => {
    const files = await sampleFiles()
    queries = [...TYPED_QUERIES, ...headlineQueries(files)]
    for (const factory of [sqliteFactory, postgresFactory]) {
      const store = await factory.open()
      opened.push(store)
      await store.store.writeFiles(files)
    }
  }, PARSE_TIMEOUT_MS)
  afterAll(async () => {
    for (const store of opened) await store.dispose()
  })

  it('should hold the same articles', async () => {
    const [sqlite, postgres] = opened.map((o) => o.store) as [Store, Store]
    const stats = await sqlite.stats()
    expect(stats.articles).toBeGreaterThan(100)
    expect(await postgres.stats()).toEqual(stats)
    expect(await postgres.fileHashes()).toEqual(await sqlite.fileHashes())
  })

  it('should return the same ids, totals and facets for every query', async () => {
    const [sqlite, postgres] = opened.map((o) => o.store) as [Store, Store]
    expect(queries.length).toBeGreaterThan(60)
    let matched = 0
    let sampled = 0
    for (const q of queries) {
      const [a, b] = await Promise.all([run(sqlite, q), run(postgres, q)])
      const ids = (r: SearchResult) => r.hits.map((h) => h.id).sort()
      expect({ q, total: b.total, ids: ids(b) }).toEqual({ q, total: a.total, ids: ids(a) })
      if (a.facetsOver === a.total) {
        expect({ q, facets: b.facets }).toEqual({ q, facets: a.facets })
      } else {
        // SQLite counts the facets of its best FACET_SAMPLE results only
        // (PostgreSQL counts all): never more than PostgreSQL for a value.
        expect(a.facetsOver).toBe(FACET_SAMPLE)
        for (const name of ['section', 'author', 'month'] as const) {
          const all = new Map(b.facets[name].map((f) => [f.value, f.count] as const))
          for (const f of a.facets[name])
            expect(f.count).toBeLessThanOrEqual(all.get(f.value) ?? Number.POSITIVE_INFINITY)
        }
        sampled++
      }
      if (a.total > 0) matched++
    }
    // The comparison means something only if most queries find articles,
    // and most facets are compared whole.
    expect(matched).toBeGreaterThan(queries.length * 0.8)
    expect(sampled).toBeLessThan(queries.length * 0.2)
  })

  it('should give each hit the same fields and snippet', async () => {
    const [sqlite, postgres] = opened.map((o) => o.store) as [Store, Store]
    for (const q of ['李明华', 'senate', '"standing army"', '晶报']) {
      const [a, b] = await Promise.all([run(sqlite, q), run(postgres, q)])
      const byId = (r: SearchResult) =>
        new Map(r.hits.map(({ score: _score, ...hit }) => [hit.id, hit] as const))
      expect(byId(b)).toEqual(byId(a))
    }
  })

  it('should give the same article view', async () => {
    const [sqlite, postgres] = opened.map((o) => o.store) as [Store, Store]
    const { hits } = await run(sqlite, 'senate')
    expect(hits.length).toBeGreaterThan(0)
    for (const hit of hits) expect(await postgres.getArticle(hit.id)).toEqual(await sqlite.getArticle(hit.id))
    expect(await postgres.getArticle('no-such-id')).toBeNull()
  })
})
