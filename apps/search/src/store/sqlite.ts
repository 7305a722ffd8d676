/**
 * The embedded store: one SQLite file (WAL) through better-sqlite3, with a
 * contentless FTS5 table over the pre-tokenised fields (the original text
 * lives once, in `articles`).
 */
import { createHash } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { RecordArticle } from '@news/parser'
import Database from 'better-sqlite3'
import type { CompiledQuery } from '../query/compile.js'
import type { QueryFilters } from '../query/parse.js'
import { fold } from '../text/fold.js'
import { SNIPPET_TEXT_LIMIT } from '../text/snippet.js'
import { type ArticleKeys, FACET_KEYS_MAX_ARTICLES, FacetKeys } from './facet-keys.js'
import { FacetCounter, topFacets } from './facets.js'
import { BM25, bm25Weights, toFts5 } from './fts5-query.js'
import { toHit, toStoredArticle } from './rows.js'
import {
  FACET_LIMIT,
  FACET_SAMPLE,
  type Facets,
  type Hit,
  type IndexedFile,
  type Page,
  SCHEMA_VERSION,
  type SearchResult,
  type Store,
  type StoredArticle,
  type StoreStats,
  TOTAL_CAP,
  UNIQUE_ID_ATTEMPTS,
  uniqueId,
} from './store.js'

/** Separates author names in one column (never occurs in names). */
const AUTHOR_SEPARATOR = '\u001f'
/** Upper bound appended to a `to:` date so that `to:1920` takes in all of 1920. */
const DATE_END = '\uffff'

/** Schema steps: `MIGRATIONS[n]` takes an index from version n-1 to n. */
const MIGRATIONS: Record<number, string> = {
  1: `
    CREATE TABLE files (
      id INTEGER PRIMARY KEY,
      path TEXT NOT NULL UNIQUE,
      hash TEXT NOT NULL,
      bytes INTEGER NOT NULL,
      indexed_at TEXT NOT NULL
    );
    CREATE TABLE articles (
      rowid INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      headline TEXT,
      deks TEXT NOT NULL,
      bylines TEXT NOT NULL,
      authors TEXT NOT NULL,
      dateline TEXT,
      publication TEXT,
      date TEXT,
      month TEXT,
      page INTEGER,
      section TEXT,
      section_key TEXT,
      lang TEXT NOT NULL,
      line INTEGER,
      body TEXT NOT NULL,
      record TEXT NOT NULL
    );
    CREATE INDEX articles_file ON articles(file_id);
    CREATE INDEX articles_date ON articles(date);
    CREATE INDEX articles_section ON articles(section_key);
    CREATE TABLE authors (
      article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
      key TEXT NOT NULL,
      name TEXT NOT NULL
    );
    CREATE INDEX authors_article ON authors(article);
    CREATE VIRTUAL TABLE fts USING fts5(
      headline, deks, bylines, body, words,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 0'
    );
    INSERT INTO fts(fts, rank) VALUES ('rank', 'bm25(${bm25Weights()})');
  `,
  // Filters and facets read a narrow table: a few rows per page, where an
  // article row (body, record) fills a page or more of its own.
  2: `
    CREATE TABLE article_keys (
      rowid INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
      section TEXT,
      section_key TEXT,
      month TEXT,
      date TEXT,
      lang TEXT NOT NULL,
      -- JSON array of the distinct author names, as facets show them
      authors TEXT NOT NULL
    );
    INSERT INTO article_keys (rowid, section, section_key, month, date, lang, authors)
      SELECT a.rowid, a.section, a.section_key, a.month, a.date, a.lang,
        (SELECT json_group_array(au.name) FROM authors au WHERE au.article = a.rowid)
      FROM articles a;
    CREATE INDEX article_keys_date ON article_keys(date);
    CREATE INDEX article_keys_section ON article_keys(section_key);
    DROP INDEX articles_date;
    DROP INDEX articles_section;
  `,
}

/** Page cache per connection, in KiB (negative: KiB for SQLite): article bodies read for snippets must not push the full-text index out. */
const CACHE_KIB = 65_536
/** Bytes of the file read through memory mapping (no read call per page). */
const MMAP_BYTES = 1 << 30

/** SQLite pragmas for a single-writer index read by many. */
const PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = NORMAL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
  // Searches materialize their best matches and sort facets: in memory, not in temporary files.
  'temp_store = MEMORY',
  `cache_size = -${CACHE_KIB}`,
  `mmap_size = ${MMAP_BYTES}`,
]

interface ArticleRow {
  rowid: number
  id: string
  ordinal: number
  headline: string | null
  deks: string
  bylines: string
  dateline: string | null
  publication: string | null
  date: string | null
  page: number | null
  section: string | null
  lang: string
  line: number | null
  body: string
  record: string
  path: string
}

/** Columns of an article read back for a hit. */
type HitRow = Omit<ArticleRow, 'rowid' | 'ordinal' | 'lang' | 'record'>

/** The ranked part of a search: the page's rows, the facets, how many best matches were kept. */
interface Ranked {
  hitRows: [rowid: number, score: number][]
  facets: Facets
  total: number
}

/** Row kinds of the search statement. */
const ROW_KIND = { hit: 0, sampled: 1, section: 2, month: 3, author: 4 } as const
const FACET_OF_KIND: Record<number, keyof Facets> = {
  [ROW_KIND.section]: 'section',
  [ROW_KIND.month]: 'month',
  [ROW_KIND.author]: 'author',
}

/**
 * The best matches (`rowid, score, date`, at most `?` of them), and the count of
 * all matches up to `?`. Without filters on keys FTS5 ranks and cuts by
 * itself; without words the newest come first.
 */
function matchesSql(query: CompiledQuery, keyFilters: readonly string[]): { best: string; count: string } {
  const exclude = query.exclude ? ' AND fts.rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)' : ''
  if (query.match && keyFilters.length === 0) {
    return {
      best: `SELECT rowid, -${BM25} AS score, NULL AS date FROM fts WHERE fts MATCH ?${exclude} ORDER BY score DESC, rowid LIMIT ?`,
      count: `SELECT count(*) FROM (SELECT 1 FROM fts WHERE fts MATCH ?${exclude} LIMIT ?)`,
    }
  }
  if (query.match) {
    const from = `FROM fts JOIN article_keys k ON k.rowid = fts.rowid WHERE fts MATCH ?${exclude} AND ${keyFilters.join(' AND ')}`
    return {
      best: `SELECT k.rowid, -${BM25} AS score, NULL AS date ${from} ORDER BY score DESC, k.rowid LIMIT ?`,
      count: `SELECT count(*) FROM (SELECT 1 ${from} LIMIT ?)`,
    }
  }
  const conditions = [
    ...(query.exclude ? ['k.rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)'] : []),
    ...keyFilters,
  ]
  const from = `FROM article_keys k${conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : ''}`
  return {
    best: `SELECT k.rowid, 0 AS score, k.date ${from} ORDER BY k.date DESC, k.rowid LIMIT ?`,
    count: `SELECT count(*) FROM (SELECT 1 ${from} LIMIT ?)`,
  }
}

/**
 * One statement: the page of hits, how many best matches were taken, and
 * the facets of the sample, counted inside SQLite so that only a few dozen
 * rows come back. Parameters: the match's, the number of best matches, the
 * page's limit and offset, then (when the best matches hold more than the
 * sample, for a deep page) the sample size.
 */
function searchSql(best: string, deep: boolean): string {
  // Scores rank matches; without words all scores are 0 and dates order.
  const order = 'score DESC, date DESC, rowid'
  const sampled = deep ? `(SELECT rowid FROM best ORDER BY ${order} LIMIT ?)` : 'best'
  const facet = (kind: number, value: string, from: string) =>
    `SELECT * FROM (SELECT ${kind}, ${value} AS value, count(*) AS n FROM ${from} GROUP BY value
       ORDER BY n DESC, value LIMIT ${FACET_LIMIT})`
  return `WITH best AS MATERIALIZED (${best}),
    page AS (SELECT rowid, score FROM best ORDER BY ${order} LIMIT ? OFFSET ?),
    sample AS MATERIALIZED (
      SELECT k.section, k.month, k.authors FROM ${sampled} s JOIN article_keys k ON k.rowid = s.rowid)
    SELECT ${ROW_KIND.hit}, rowid, score FROM page
    UNION ALL SELECT ${ROW_KIND.sampled}, NULL, count(*) FROM best
    UNION ALL ${facet(ROW_KIND.section, 'section', 'sample WHERE section IS NOT NULL')}
    UNION ALL ${facet(ROW_KIND.month, 'month', 'sample WHERE month IS NOT NULL')}
    UNION ALL ${facet(ROW_KIND.author, 'j.value', 'sample, json_each(sample.authors) j')}`
}

function hash8(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

/** Options of the SQLite store. */
export interface SqliteStoreOptions {
  /** The file must exist already. Default: false. */
  mustExist?: boolean
  /** Facets count at most this many best results. Default: `FACET_SAMPLE`. */
  facetSample?: number
  /** Totals are exact up to this many results. Default: `TOTAL_CAP`. */
  totalCap?: number
  /**
   * Facet keys are held in memory (`FacetKeys`) for indexes of at most this
   * many articles; larger ones count facets in SQL. 0: always in SQL.
   * Default: `FACET_KEYS_MAX_ARTICLES`.
   */
  facetKeysMaxArticles?: number
}

/** Open (and create) an SQLite index file. */
export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<Store> {
  let db: Database.Database
  try {
    if (!options.mustExist && path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true })
    db = new Database(path, { fileMustExist: options.mustExist ?? false })
    for (const pragma of PRAGMAS) db.pragma(pragma)
  } catch (error) {
    throw new Error(`cannot open index ${path}: ${(error as Error).message}`)
  }
  return new SqliteStore(
    db,
    path,
    {
      facetSample: options.facetSample ?? FACET_SAMPLE,
      totalCap: options.totalCap ?? TOTAL_CAP,
    },
    new FacetKeys(db, options.facetKeysMaxArticles ?? FACET_KEYS_MAX_ARTICLES),
  )
}

class SqliteStore implements Store {
  readonly kind = 'sqlite'
  readonly #db: Database.Database
  readonly #path: string
  readonly #statements = new Map<string, Database.Statement>()
  readonly #bounds: { facetSample: number; totalCap: number }
  readonly #facetKeys: FacetKeys

  constructor(
    db: Database.Database,
    path: string,
    bounds: { facetSample: number; totalCap: number },
    facetKeys: FacetKeys,
  ) {
    this.#db = db
    this.#path = path
    this.#bounds = bounds
    this.#facetKeys = facetKeys
  }

  async migrate(): Promise<void> {
    const db = this.#db
    const version = db.pragma('user_version', { simple: true }) as number
    if (version > SCHEMA_VERSION) {
      throw new Error(
        `${this.#path} is an index of schema version ${version}, made by a newer news-search; this one reads version ${SCHEMA_VERSION}. Upgrade news-search or index again into a new file.`,
      )
    }
    if (version === 0) {
      const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as {
        n: number
      }
      if (tables.n > 0) throw new Error(`${this.#path} is an SQLite file but not a news-search index`)
    }
    if (version === SCHEMA_VERSION) return
    db.transaction(() => {
      for (let step = version + 1; step <= SCHEMA_VERSION; step++) db.exec(MIGRATIONS[step]!)
      db.pragma(`user_version = ${SCHEMA_VERSION}`)
    })()
  }

  async fileHashes(): Promise<Map<string, string>> {
    const rows = this.#db.prepare('SELECT path, hash FROM files').all() as { path: string; hash: string }[]
    return new Map(rows.map((r) => [r.path, r.hash]))
  }

  async writeFiles(files: readonly IndexedFile[]): Promise<void> {
    const db = this.#db
    const findFile = db.prepare('SELECT id FROM files WHERE path = ?').pluck()
    const dropFts = db.prepare(
      'DELETE FROM fts WHERE rowid IN (SELECT rowid FROM articles WHERE file_id = ?)',
    )
    const dropArticles = db.prepare('DELETE FROM articles WHERE file_id = ?')
    const upsertFile = db.prepare(
      `INSERT INTO files (path, hash, bytes, indexed_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(path) DO UPDATE SET hash = excluded.hash, bytes = excluded.bytes, indexed_at = excluded.indexed_at
       RETURNING id`,
    )
    const idTaken = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck()
    const insertArticle = db.prepare(
      `INSERT INTO articles (id, file_id, ordinal, headline, deks, bylines, authors, dateline, publication, date, month,
         page, section, section_key, lang, line, body, record)
       VALUES (@id, @file, @ordinal, @headline, @deks, @bylines, @authors, @dateline, @publication, @date, @month,
         @page, @section, @sectionKey, @lang, @line, @body, @record)`,
    )
    const insertAuthor = db.prepare('INSERT INTO authors (article, key, name) VALUES (?, ?, ?)')
    const insertKeys = db.prepare(
      'INSERT INTO article_keys (rowid, section, section_key, month, date, lang, authors) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    const insertFts = db.prepare(
      'INSERT INTO fts (rowid, headline, deks, bylines, body, words) VALUES (?, ?, ?, ?, ?, ?)',
    )
    const now = new Date().toISOString()
    this.#facetKeys.invalidate()
    db.transaction(() => {
      for (const file of files) {
        const existing = findFile.get(file.path) as number | undefined
        if (existing !== undefined) {
          dropFts.run(existing)
          dropArticles.run(existing)
        }
        const fileId = (upsertFile.pluck().get(file.path, file.hash, file.bytes, now) as number) ?? existing
        for (const a of file.articles) {
          let id = a.id
          for (let attempt = 0; idTaken.get(id); attempt++) {
            if (attempt >= UNIQUE_ID_ATTEMPTS)
              throw new Error(`article id ${a.id} of ${file.path} is taken even with its suffixes`)
            id = uniqueId(a.id, file.path, a.ordinal, hash8, attempt)
          }
          const month = a.date && a.date.length >= 7 ? a.date.slice(0, 7) : null
          const sectionKey = a.section === null ? null : fold(a.section)
          const { lastInsertRowid } = insertArticle.run({
            id,
            file: fileId,
            ordinal: a.ordinal,
            headline: a.headline,
            deks: a.record.deks.join('\n'),
            bylines: JSON.stringify(a.bylines),
            authors: a.authors.join(AUTHOR_SEPARATOR),
            dateline: a.dateline,
            publication: a.publication,
            date: a.date,
            month,
            page: a.page,
            section: a.section,
            sectionKey,
            lang: a.lang,
            line: a.line,
            body: a.body,
            record: JSON.stringify(a.record),
          })
          // One row per distinct (folded) name; the name as first printed is what facets show.
          const names = new Map(a.authors.map((name) => [fold(name), name] as const).reverse())
          for (const [key, name] of names) insertAuthor.run(lastInsertRowid, key, name)
          insertKeys.run(
            lastInsertRowid,
            a.section,
            sectionKey,
            month,
            a.date,
            a.lang,
            JSON.stringify([...names.values()]),
          )
          const t = a.tokens
          insertFts.run(lastInsertRowid, t.headline, t.deks, t.bylines, t.body, t.words)
        }
      }
    })()
  }

  async optimize(): Promise<void> {
    this.#db.exec("INSERT INTO fts(fts) VALUES ('optimize')")
    // The rewritten index sits in the WAL; move it into the file (and empty
    // the WAL) so that reads go through the memory map, not the WAL index.
    this.#db.pragma('wal_checkpoint(TRUNCATE)')
  }

  async removeFiles(paths: readonly string[]): Promise<number> {
    const db = this.#db
    const findFile = db.prepare('SELECT id FROM files WHERE path = ?').pluck()
    const dropFts = db.prepare(
      'DELETE FROM fts WHERE rowid IN (SELECT rowid FROM articles WHERE file_id = ?)',
    )
    const dropFile = db.prepare('DELETE FROM files WHERE id = ?')
    let removed = 0
    this.#facetKeys.invalidate()
    db.transaction(() => {
      for (const path of paths) {
        const id = findFile.get(path) as number | undefined
        if (id === undefined) continue
        dropFts.run(id)
        dropFile.run(id)
        removed++
      }
    })()
    return removed
  }

  async search(query: CompiledQuery, filters: QueryFilters, page: Page): Promise<SearchResult> {
    const keyFilters: string[] = []
    const keyParams: unknown[] = []
    for (const author of filters.authors) {
      keyFilters.push('EXISTS (SELECT 1 FROM authors au WHERE au.article = k.rowid AND instr(au.key, ?) > 0)')
      keyParams.push(fold(author).trim())
    }
    for (const section of filters.sections) {
      keyFilters.push('k.section_key = ?')
      keyParams.push(fold(section).trim())
    }
    if (filters.from) {
      keyFilters.push('k.date >= ?')
      keyParams.push(filters.from)
    }
    if (filters.to) {
      keyFilters.push('k.date <= ?')
      keyParams.push(filters.to + DATE_END)
    }
    if (filters.lang) {
      keyFilters.push('(k.lang = ? OR k.lang LIKE ?)')
      keyParams.push(filters.lang, `${filters.lang}-%`)
    }
    const matches = matchesSql(query, keyFilters)
    const params: unknown[] = []
    if (query.match) params.push(toFts5(query.match))
    if (query.exclude) params.push(toFts5(query.exclude))
    params.push(...keyParams)
    // One ranked pass (the work a plain FTS5 top-10 does anyway) gives the
    // page and the sample the facets count.
    const { facetSample, totalCap } = this.#bounds
    const wanted = Math.max(facetSample, page.offset + page.limit)
    const keys = this.#facetKeys.current()
    const {
      hitRows,
      facets,
      total: kept,
    } = keys
      ? this.#rankedWithKeys(matches.best, params, wanted, page, keys)
      : this.#ranked(matches.best, params, wanted, page)
    let total = kept
    const facetsOver = Math.min(total, facetSample)
    let totalExact = true
    if (total === wanted) {
      // There may be more: count on, without ranking, up to the cap.
      const cap = Math.max(totalCap, wanted)
      total = this.#statement(matches.count)
        .pluck()
        .get(...params, cap + 1) as number
      totalExact = total <= cap
      total = Math.min(total, cap)
    }
    const hits = this.#hits(hitRows, query.highlight)
    return { total, totalExact, hits, facets, facetsOver }
  }

  /**
   * The best `wanted` matches in rank order, from which the page is cut and
   * whose first `facetSample` the facets count, from the keys in memory.
   */
  #rankedWithKeys(
    best: string,
    params: readonly unknown[],
    wanted: number,
    page: Page,
    keys: Map<number, ArticleKeys>,
  ): Ranked {
    // `best` is in the page's order: score, then date (no words), then rowid.
    const rows = this.#statement(best)
      .raw(true)
      .all(...params, wanted) as [rowid: number, score: number, date: unknown][]
    const counter = new FacetCounter()
    const sampled = Math.min(rows.length, this.#bounds.facetSample)
    for (let i = 0; i < sampled; i++) {
      const k = keys.get(rows[i]![0])
      if (k) counter.add(k.section, k.authors, k.month)
    }
    const hitRows = rows
      .slice(page.offset, page.offset + page.limit)
      .map(([rowid, score]): [number, number] => [rowid, score])
    return { hitRows, facets: counter.result(), total: rows.length }
  }

  /** As `#rankedWithKeys`, the facets counted in SQL (the keys not in memory). */
  #ranked(best: string, params: readonly unknown[], wanted: number, page: Page): Ranked {
    const { facetSample } = this.#bounds
    const deep = wanted > facetSample
    const rows = this.#statement(searchSql(best, deep))
      .raw(true)
      .all(...params, wanted, page.limit, page.offset, ...(deep ? [facetSample] : [])) as [
      number,
      unknown,
      number,
    ][]
    const hitRows: [number, number][] = []
    const facets: Facets = { section: [], author: [], month: [] }
    let total = 0
    for (const [kind, value, n] of rows) {
      if (kind === ROW_KIND.hit) hitRows.push([value as number, n])
      else if (kind === ROW_KIND.sampled) total = n
      else facets[FACET_OF_KIND[kind]!].push({ value: String(value), count: n })
    }
    return {
      hitRows,
      facets: {
        section: topFacets(facets.section),
        author: topFacets(facets.author),
        month: topFacets(facets.month),
      },
      total,
    }
  }

  /** The page's articles, read in one statement, as hits in rank order. */
  #hits(page: readonly [rowid: number, score: number][], highlight: CompiledQuery['highlight']): Hit[] {
    if (page.length === 0) return []
    const rows = this.#statement(
      `SELECT a.rowid, a.id, a.headline, a.deks, a.bylines, a.dateline, a.publication, a.date, a.page, a.section,
         a.line, substr(a.body, 1, ${SNIPPET_TEXT_LIMIT}) AS body, f.path
       FROM articles a JOIN files f ON f.id = a.file_id WHERE a.rowid IN (${page.map(() => '?').join(', ')})`,
    ).all(...page.map(([rowid]) => rowid)) as (HitRow & { rowid: number })[]
    const byRowid = new Map(rows.map((row) => [row.rowid, row]))
    return page.flatMap(([rowid, score]) => {
      const a = byRowid.get(rowid)
      return a ? [toHit({ ...a, bylines: JSON.parse(a.bylines) as string[] }, score, highlight)] : []
    })
  }

  /** A prepared statement, compiled once per SQL text. */
  #statement(sql: string): Database.Statement {
    let statement = this.#statements.get(sql)
    if (!statement) {
      statement = this.#db.prepare(sql)
      this.#statements.set(sql, statement)
    }
    return statement
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const a = this.#db
      .prepare('SELECT a.*, f.path FROM articles a JOIN files f ON f.id = a.file_id WHERE a.id = ?')
      .get(id) as ArticleRow | undefined
    if (!a) return null
    return toStoredArticle(a, JSON.parse(a.record) as RecordArticle)
  }

  async stats(): Promise<StoreStats> {
    const count = (sql: string) => this.#db.prepare(sql).pluck().get() as number
    return { files: count('SELECT count(*) FROM files'), articles: count('SELECT count(*) FROM articles') }
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close()
  }
}
