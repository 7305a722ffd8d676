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
import { topFacets } from './facets.js'
import { toFts5 } from './fts5-query.js'
import { toHit, toStoredArticle } from './rows.js'
import {
  type FacetCount,
  type Facets,
  FIELD_WEIGHTS,
  type Hit,
  type IndexedFile,
  type Page,
  SCHEMA_VERSION,
  type SearchResult,
  type Store,
  type StoredArticle,
  type StoreStats,
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
    INSERT INTO fts(fts, rank) VALUES ('rank', 'bm25(${Object.values(FIELD_WEIGHTS).join(', ')})');
  `,
}

/** SQLite pragmas for a single-writer index read by many. */
const PRAGMAS = ['journal_mode = WAL', 'synchronous = NORMAL', 'foreign_keys = ON', 'busy_timeout = 5000']

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

/** Row kinds of the one search statement. */
const FACET_KIND = { hit: 0, total: 1, section: 2, month: 3, author: 4 } as const
const FACET_NAMES: Record<number, keyof Facets> = {
  [FACET_KIND.section]: 'section',
  [FACET_KIND.month]: 'month',
  [FACET_KIND.author]: 'author',
}

function hash8(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

/** Open (and create) an SQLite index file. */
export async function openSqliteStore(path: string, options: { mustExist?: boolean } = {}): Promise<Store> {
  let db: Database.Database
  try {
    if (!options.mustExist && path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true })
    db = new Database(path, { fileMustExist: options.mustExist ?? false })
    for (const pragma of PRAGMAS) db.pragma(pragma)
  } catch (error) {
    throw new Error(`cannot open index ${path}: ${(error as Error).message}`)
  }
  return new SqliteStore(db, path)
}

class SqliteStore implements Store {
  readonly kind = 'sqlite'
  readonly #db: Database.Database
  readonly #path: string
  readonly #statements = new Map<string, Database.Statement>()

  constructor(db: Database.Database, path: string) {
    this.#db = db
    this.#path = path
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
    const insertFts = db.prepare(
      'INSERT INTO fts (rowid, headline, deks, bylines, body, words) VALUES (?, ?, ?, ?, ?, ?)',
    )
    const now = new Date().toISOString()
    db.transaction(() => {
      for (const file of files) {
        const existing = findFile.get(file.path) as number | undefined
        if (existing !== undefined) {
          dropFts.run(existing)
          dropArticles.run(existing)
        }
        const fileId = (upsertFile.pluck().get(file.path, file.hash, file.bytes, now) as number) ?? existing
        for (const a of file.articles) {
          const id = idTaken.get(a.id) ? uniqueId(a.id, file.path, a.ordinal, hash8) : a.id
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
            month: a.date && a.date.length >= 7 ? a.date.slice(0, 7) : null,
            page: a.page,
            section: a.section,
            sectionKey: a.section === null ? null : fold(a.section),
            lang: a.lang,
            line: a.line,
            body: a.body,
            record: JSON.stringify(a.record),
          })
          // One row per distinct (folded) name; the name as first printed is what facets show.
          const names = new Map(a.authors.map((name) => [fold(name), name] as const).reverse())
          for (const [key, name] of names) insertAuthor.run(lastInsertRowid, key, name)
          const t = a.tokens
          insertFts.run(lastInsertRowid, t.headline, t.deks, t.bylines, t.body, t.words)
        }
      }
    })()
  }

  async removeFiles(paths: readonly string[]): Promise<number> {
    const db = this.#db
    const findFile = db.prepare('SELECT id FROM files WHERE path = ?').pluck()
    const dropFts = db.prepare(
      'DELETE FROM fts WHERE rowid IN (SELECT rowid FROM articles WHERE file_id = ?)',
    )
    const dropFile = db.prepare('DELETE FROM files WHERE id = ?')
    let removed = 0
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
    const where: string[] = []
    const params: unknown[] = []
    if (query.match) {
      where.push('fts MATCH ?')
      params.push(toFts5(query.match))
    }
    if (query.exclude) {
      where.push('a.rowid NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)')
      params.push(toFts5(query.exclude))
    }
    for (const author of filters.authors) {
      where.push('EXISTS (SELECT 1 FROM authors au WHERE au.article = a.rowid AND instr(au.key, ?) > 0)')
      params.push(fold(author).trim())
    }
    for (const section of filters.sections) {
      where.push('a.section_key = ?')
      params.push(fold(section).trim())
    }
    if (filters.from) {
      where.push('a.date >= ?')
      params.push(filters.from)
    }
    if (filters.to) {
      where.push('a.date <= ?')
      params.push(filters.to + DATE_END)
    }
    if (filters.lang) {
      where.push('(a.lang = ? OR a.lang LIKE ?)')
      params.push(filters.lang, `${filters.lang}-%`)
    }
    // One statement, one pass over the matches: the page of hits, the total
    // and every facet are read from the same materialized result set.
    const matches = query.match
      ? `SELECT a.rowid AS id, a.section, a.month, -fts.rank AS score, a.date FROM fts JOIN articles a ON a.rowid = fts.rowid
         WHERE ${where.join(' AND ')}`
      : `SELECT a.rowid AS id, a.section, a.month, 0 AS score, a.date FROM articles a
         ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`
    const order = query.match ? 'score DESC, id' : 'date DESC, id'
    const sql = `WITH m AS MATERIALIZED (${matches})
      SELECT * FROM (SELECT ${FACET_KIND.hit} AS kind, id AS value, score AS n FROM m ORDER BY ${order} LIMIT ? OFFSET ?)
      UNION ALL SELECT ${FACET_KIND.total}, NULL, count(*) FROM m
      UNION ALL SELECT ${FACET_KIND.section}, section, count(*) FROM m WHERE section IS NOT NULL GROUP BY section
      UNION ALL SELECT ${FACET_KIND.month}, month, count(*) FROM m WHERE month IS NOT NULL GROUP BY month
      UNION ALL SELECT ${FACET_KIND.author}, au.name, count(DISTINCT au.article) FROM m JOIN authors au ON au.article = m.id
        GROUP BY au.name`
    const rows = this.#statement(sql)
      .raw(true)
      .all(...params, page.limit, page.offset) as [number, unknown, number][]
    let total = 0
    const hitRows: { rowid: number; score: number }[] = []
    const facets: Record<keyof Facets, FacetCount[]> = { section: [], author: [], month: [] }
    for (const [kind, value, n] of rows) {
      if (kind === FACET_KIND.hit) hitRows.push({ rowid: value as number, score: n })
      else if (kind === FACET_KIND.total) total = n
      else facets[FACET_NAMES[kind]!].push({ value: String(value), count: n })
    }
    const load = this.#statement(
      'SELECT a.*, f.path FROM articles a JOIN files f ON f.id = a.file_id WHERE a.rowid = ?',
    )
    const hits: Hit[] = hitRows.map((row) => {
      const a = load.get(row.rowid) as ArticleRow
      return toHit({ ...a, bylines: JSON.parse(a.bylines) as string[] }, row.score, query.highlight)
    })
    return {
      total,
      hits,
      facets: {
        section: topFacets(facets.section),
        author: topFacets(facets.author),
        month: topFacets(facets.month),
      },
    }
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
