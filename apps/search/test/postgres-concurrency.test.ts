/**
 * Several indexers, one PostgreSQL database: two real `news-search index`
 * processes write overlapping folders into a fresh schema at the same time
 * (both also create the schema), and afterwards every article of every file
 * is there exactly once. Then two writers that lock the same files in
 * opposite orders (a deadlock PostgreSQL breaks by aborting one) both finish.
 */
import { execFile } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { readEdition } from '@news/parser/node'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { indexedArticles } from '../src/indexer/document.js'
import { openStore } from '../src/store/open.js'
import type { IndexedFile, Store } from '../src/store/store.js'
import { indexedFile } from './helpers/articles.js'
import { enArticles, zhArticles } from './helpers/fixture.js'
import { dropSchema, uniqueSchemaName, urlWithSchema } from './helpers/postgres.js'

const run = promisify(execFile)
const APP = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const CLI = join(APP, 'dist/cli.js')
const SAMPLES = resolve(APP, '../../samples')
/** Small sample pages of both languages, so two parses fit in a few seconds. */
const PAGES = [
  'en/002-chronam-1916-day-book-chicago.txt',
  'en/011-chronam-1916-red-cloud-chief.txt',
  'zh/008-jingbao-1939-04-21-p8.txt',
  'zh/016-jingbao-1920-04-09-p4.txt',
]
/** Folders of copies: process one indexes the first two, process two the last two (the middle one by both). */
const FOLDERS = ['north', 'shared', 'south']
/** Rounds of the opposite-order writers. */
const WRITER_ROUNDS = 2

describe('PostgreSQL with several indexers at once', () => {
  let root: string
  let schema: string
  let db: string
  let inspector: pg.Client

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (pnpm --filter @news/search build)`)
    root = mkdtempSync(join(tmpdir(), 'news-search-pg-'))
    for (const folder of FOLDERS) {
      mkdirSync(join(root, folder))
      for (const page of PAGES) copyFileSync(join(SAMPLES, page), join(root, folder, basename(page)))
    }
    schema = uniqueSchemaName('concurrency')
    db = urlWithSchema(schema)
    inspector = new pg.Client({ connectionString: db })
    await inspector.connect()
  })
  afterAll(async () => {
    await inspector?.end()
    if (schema) await dropSchema(schema)
    if (root) rmSync(root, { recursive: true, force: true })
  })

  it('should hold every article exactly once after two index processes', async () => {
    const index = (folders: string[]) =>
      run(process.execPath, [
        CLI,
        'index',
        ...folders.map((f) => join(root, f)),
        '--db',
        db,
        '--workers',
        '1',
        '-q',
      ])
    const [one, two] = await Promise.all([index(FOLDERS.slice(0, 2)), index(FOLDERS.slice(1).reverse())])
    expect(one.stderr).toMatch(/indexed 8 files/)
    expect(two.stderr).toMatch(/indexed 8 files/)

    // What the parser finds in each page, counted here once.
    const expected = new Map<string, number>()
    for await (const result of readEdition(
      PAGES.map((p) => join(SAMPLES, p)),
      { workers: 0 },
    )) {
      expected.set(basename(result.file), indexedArticles(result).length)
    }
    // A page may hold no article (a front page of advertisements); together they hold many.
    expect([...expected.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(10)

    const { rows } = await inspector.query<{ path: string; articles: number; distinct: number }>(
      `SELECT f.path, count(a.seq)::int AS articles, count(DISTINCT a.ordinal)::int AS distinct
       FROM files f LEFT JOIN articles a ON a.file_id = f.id GROUP BY f.path ORDER BY f.path`,
    )
    expect(rows).toHaveLength(FOLDERS.length * PAGES.length)
    for (const row of rows) {
      const want = expected.get(basename(row.path))
      expect({ path: row.path, articles: row.articles, distinct: row.distinct }).toEqual({
        path: row.path,
        articles: want,
        distinct: want,
      })
    }

    // A second pass, given the database through NEWS_SEARCH_DB, finds nothing to do.
    const again = await run(process.execPath, [CLI, 'index', ...FOLDERS.map((f) => join(root, f)), '-q'], {
      env: { ...process.env, NEWS_SEARCH_DB: db },
    })
    expect(again.stderr).toMatch(/indexed 0 files .*skipped 12 unchanged/)
  })

  it('should finish both writers when they lock the same files in opposite orders', async () => {
    const files: IndexedFile[] = [...zhArticles, ...enArticles].map((article) =>
      indexedFile(`/writers/${article.id}.txt`, [article]),
    )
    const stores: Store[] = [await openStore(db), await openStore(db)]
    try {
      for (let round = 0; round < WRITER_ROUNDS; round++) {
        await Promise.all([stores[0]!.writeFiles(files), stores[1]!.writeFiles([...files].reverse())])
      }
      const { rows } = await inspector.query<{ n: number; ids: number }>(
        `SELECT count(*)::int AS n, count(DISTINCT a.id)::int AS ids
         FROM articles a JOIN files f ON f.id = a.file_id WHERE f.path LIKE '/writers/%'`,
      )
      expect(rows[0]).toEqual({ n: files.length, ids: files.length })
    } finally {
      for (const store of stores) await store.close()
    }
  })
})
