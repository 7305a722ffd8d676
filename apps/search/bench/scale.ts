/**
 * How the stores scale: index rate, query latency and index size at 10,000
 * and 100,000 articles, for SQLite and PostgreSQL, in one run (the numbers
 * of `docs/scaling.md`).
 *
 * Articles come from the bundled samples, the shared corpus and the seed
 * (parsed and tokenised once; that rate is reported too), replicated to
 * each size with new ids, files and publication years, and written through
 * `Store.writeFiles` in batches as `news-search index` writes them. Queries
 * are 1-3 words from headlines (Chinese two-character words and names
 * included), run as the API runs them: top 10 with snippets and facets.
 *
 *   pnpm --filter @news/search build && node dist/bench-scale.js [--sizes 10000,100000] [--pg URL]
 */
import { statSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { readEdition } from '@news/parser/node'
import pg from 'pg'
import { indexedArticles } from '../src/indexer/document.js'
import { BATCH_ARTICLES } from '../src/indexer/run.js'
import { search } from '../src/search.js'
import { openStore } from '../src/store/open.js'
import type { IndexedArticle, IndexedFile, Store } from '../src/store/store.js'
import { segmentHan } from '../src/text/segment.js'

const HERE = fileURLToPath(new URL('.', import.meta.url))
const REPO = resolve(HERE, '../../..')
/** Page folders the articles come from (the corpus is used in place, never copied). */
const SOURCES = [join(REPO, 'samples'), resolve(REPO, '../shared/corpus'), resolve(REPO, '../shared/seed')]
/** Articles per synthetic file (a page). */
const ARTICLES_PER_FILE = 20
/** Queries timed per store and size. */
const QUERY_COUNT = 200
/** Queries run first and not timed (caches, JIT). */
const WARMUP_QUERIES = 20
/** Years the replicas are spread over (partitioning by year needs several). */
const YEAR_SPAN = 120
const FIRST_YEAR = 1900

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    pg: {
      type: 'string',
      default: process.env.NEWS_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/news_test',
    },
  },
})
const SIZES = args.sizes.split(',').map(Number)

/** Parse and tokenise every source page once. */
async function templates(): Promise<{ articles: IndexedArticle[]; rate: number; bytes: number }> {
  const started = performance.now()
  const articles: IndexedArticle[] = []
  let bytes = 0
  for await (const result of readEdition(SOURCES)) {
    if (result.error !== null) continue
    bytes += result.bytes
    for (const article of indexedArticles(result)) if (article.body.length > 0) articles.push(article)
  }
  const seconds = (performance.now() - started) / 1000
  return { articles, rate: articles.length / seconds, bytes }
}

/** Copy `k` of a template: new id, a publication year of its own. */
function replica(template: IndexedArticle, k: number, ordinal: number, tag: string): IndexedArticle {
  const year = FIRST_YEAR + (k % YEAR_SPAN)
  const date = template.date ? `${year}${template.date.slice(4)}` : `${year}-01-01`
  const id = `${template.id}~${tag}.${k}`
  return { ...template, id, ordinal, date, record: { ...template.record, id } }
}

/** Batches of synthetic files holding `total` replicas, as `news-search index` would write them. */
function* batches(source: readonly IndexedArticle[], total: number, tag: string): Generator<IndexedFile[]> {
  let batch: IndexedFile[] = []
  let inBatch = 0
  for (let start = 0; start < total; start += ARTICLES_PER_FILE) {
    const articles: IndexedArticle[] = []
    for (let n = start; n < Math.min(total, start + ARTICLES_PER_FILE); n++) {
      articles.push(replica(source[n % source.length]!, Math.floor(n / source.length), n - start, tag))
    }
    batch.push({
      path: `/bench/${tag}/${start / ARTICLES_PER_FILE}.txt`,
      hash: `h${start}`,
      bytes: 0,
      articles,
    })
    inBatch += articles.length
    if (inBatch >= BATCH_ARTICLES) {
      yield batch
      batch = []
      inBatch = 0
    }
  }
  if (batch.length > 0) yield batch
}

/** 1-3 words from headlines; Chinese ones are dictionary words or runs the segmenter splits (names). */
function queries(source: readonly IndexedArticle[]): string[] {
  const zh: string[] = []
  const en: string[] = []
  for (const article of source) {
    const headline = article.headline ?? ''
    const han = headline.match(/\p{Script=Han}+/gu) ?? []
    const words = han.flatMap((run) => segmentHan(run)).filter((w) => Array.from(w).length >= 2)
    if (words.length > 0) zh.push(words.slice(0, 1 + (zh.length % 3)).join(' '))
    const latin = (headline.match(/\p{Script=Latin}{4,}/gu) ?? []).map((w) => w.toLowerCase())
    if (latin.length > 0) en.push(latin.slice(0, 1 + (en.length % 3)).join(' '))
  }
  const pick = (list: string[], n: number) =>
    Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]!).filter(Boolean)
  return [...pick(zh, QUERY_COUNT / 2), ...pick(en, QUERY_COUNT / 2)]
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

interface Row {
  store: string
  articles: number
  writers: number
  rate: number
  p50: number
  p95: number
  p99: number
  megabytes: number
  ginMegabytes: number | null
}

async function timeQueries(store: Store, list: readonly string[]): Promise<number[]> {
  for (const q of list.slice(0, WARMUP_QUERIES)) await search(store, { q })
  const times: number[] = []
  for (const q of list) {
    const started = performance.now()
    await search(store, { q })
    times.push(performance.now() - started)
  }
  return times.sort((a, b) => a - b)
}

/** Write `size` replicas with `writers` concurrent stores (each its own pool), then time the queries. */
async function measure(
  kind: 'sqlite' | 'postgres',
  size: number,
  writers: number,
  source: readonly IndexedArticle[],
  list: readonly string[],
): Promise<Row> {
  const dir = await mkdtemp(join(tmpdir(), 'news-search-scale-'))
  const schema = `news_scale_${process.pid}_${size}_${writers}`
  const url = new URL(args.pg)
  url.searchParams.set('options', `-c search_path=${schema}`)
  const db = kind === 'sqlite' ? join(dir, 'index.db') : url.toString()
  const admin = new pg.Client({ connectionString: args.pg })
  if (kind === 'postgres') await admin.connect()
  try {
    const stores = await Promise.all(Array.from({ length: writers }, () => openStore(db)))
    const started = performance.now()
    await Promise.all(
      stores.map(async (store, w) => {
        const share = Math.ceil(size / writers)
        const offset = w * share
        const mine = source.map((_, i) => source[(i + offset) % source.length]!)
        for (const batch of batches(mine, Math.min(share, size - offset), `${w}`))
          await store.writeFiles(batch)
      }),
    )
    const seconds = (performance.now() - started) / 1000
    for (const store of stores.slice(1)) await store.close()
    const store = stores[0]!
    // What autovacuum does soon after a bulk load: merge GIN's pending list, gather statistics.
    if (kind === 'postgres') await admin.query(`VACUUM ANALYZE "${schema}".articles`)
    const times = await timeQueries(store, list)
    const articles = (await store.stats()).articles
    await store.close()
    let megabytes: number
    let ginMegabytes: number | null = null
    if (kind === 'sqlite') {
      megabytes = statSync(db).size / 1e6
    } else {
      const { rows } = await admin.query<{ total: string; gin: string }>(
        `SELECT pg_total_relation_size('"${schema}".articles') + pg_total_relation_size('"${schema}".files') AS total,
                pg_relation_size('"${schema}".articles_document') AS gin`,
      )
      megabytes = Number(rows[0]!.total) / 1e6
      ginMegabytes = Number(rows[0]!.gin) / 1e6
    }
    return {
      store: kind,
      articles,
      writers,
      rate: articles / seconds,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      p99: percentile(times, 99),
      megabytes,
      ginMegabytes,
    }
  } finally {
    if (kind === 'postgres') {
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
      await admin.end()
    }
    await rm(dir, { recursive: true, force: true })
  }
}

const fixed = (n: number, digits = 1) => n.toFixed(digits)

async function main(): Promise<void> {
  const source = await templates()
  console.log(
    `${source.articles.length} distinct articles from ${(source.bytes / 1e6).toFixed(1)} MB of pages; ` +
      `parsed and tokenised at ${Math.round(source.rate)} articles/s`,
  )
  const list = queries(source.articles)
  console.log(`${list.length} queries, e.g. ${list.slice(0, 3).join(' | ')} … ${list.slice(-3).join(' | ')}`)
  const rows: Row[] = []
  for (const size of SIZES) {
    for (const [kind, writers] of [
      ['sqlite', 1],
      ['postgres', 1],
      ['postgres', 2],
    ] as const) {
      const row = await measure(kind, size, writers, source.articles, list)
      rows.push(row)
      console.error(`done: ${kind} ${size} × ${writers}`)
    }
  }
  console.log('\n| store | articles | writers | written/s | p50 ms | p95 ms | p99 ms | size MB | GIN MB |')
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|')
  for (const r of rows) {
    console.log(
      `| ${r.store} | ${r.articles} | ${r.writers} | ${Math.round(r.rate)} | ${fixed(r.p50)} | ${fixed(r.p95)} | ${fixed(r.p99)} | ${fixed(r.megabytes)} | ${r.ginMegabytes === null ? '' : fixed(r.ginMegabytes)} |`,
    )
  }
}

await main()
