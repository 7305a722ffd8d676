/**
 * The embedded store: one SQLite file (WAL) through better-sqlite3, with a
 * contentless FTS5 table over the pre-tokenised fields (the original text
 * lives once, in `articles`).
 */
import { createHash } from 'node:crypto'
import type { RecordArticle } from '@news/parser'
import Database from 'better-sqlite3'
import type { CompiledQuery } from '../query/compile.js'
import type { QueryFilters } from '../query/parse.js'
import { fold } from '../text/fold.js'
import { bestSnippet } from '../text/snippet.js'
import { FacetCounter } from './facets.js'
import { toFts5 } from './fts5-query.js'
import {
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
      key TEXT NOT NULL
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

interface MatchRow {
  rowid: number
  section: string | null
  month: string | null
  authors: string
  score: number
}

function hash8(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

/** Open (and create) an SQLite index file. */
export async function openSqliteStore(path: string, options: { mustExist?: boolean } = {}): Promise<Store> {
  let db: Database.Database
  try {
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
      `INSERT INTO articles (id, file_id, ordinal, headline, bylines, authors, dateline, publication, date, month,
         page, section, section_key, lang, line, body, record)
       VALUES (@id, @file, @ordinal, @headline, @bylines, @authors, @dateline, @publication, @date, @month,
         @page, @section, @sectionKey, @lang, @line, @body, @record)`,
    )
    const insertAuthor = db.prepare('INSERT INTO authors (article, key) VALUES (?, ?)')
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
          for (const author of new Set(a.authors.map(fold))) insertAuthor.run(lastInsertRowid, author)
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
    const sql = query.match
      ? `SELECT a.rowid, a.section, a.month, a.authors, -fts.rank AS score FROM fts JOIN articles a ON a.rowid = fts.rowid
         WHERE ${where.join(' AND ')} ORDER BY fts.rank, a.rowid`
      : `SELECT a.rowid, a.section, a.month, a.authors, 0 AS score FROM articles a
         ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.date DESC, a.rowid`
    const rows = this.#db.prepare(sql).all(...params) as MatchRow[]
    const facets = new FacetCounter()
    for (const row of rows) {
      facets.add(row.section, row.authors === '' ? [] : row.authors.split(AUTHOR_SEPARATOR), row.month)
    }
    const load = this.#db.prepare(
      `SELECT a.*, f.path FROM articles a JOIN files f ON f.id = a.file_id WHERE a.rowid = ?`,
    )
    const hits: Hit[] = rows.slice(page.offset, page.offset + page.limit).map((row) => {
      const a = load.get(row.rowid) as ArticleRow
      const bylines = JSON.parse(a.bylines) as string[]
      return {
        id: a.id,
        headline: a.headline,
        bylines,
        dateline: a.dateline,
        publication: a.publication,
        date: a.date,
        page: a.page,
        section: a.section,
        snippet: bestSnippet([a.body, a.headline, bylines.join('; ')], query.highlight),
        score: Math.round(row.score * 1000) / 1000,
        source: { file: a.path, line: a.line },
      }
    })
    return { total: rows.length, hits, facets: facets.result() }
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const a = this.#db
      .prepare('SELECT a.*, f.path FROM articles a JOIN files f ON f.id = a.file_id WHERE a.id = ?')
      .get(id) as ArticleRow | undefined
    if (!a) return null
    return {
      id: a.id,
      ordinal: a.ordinal,
      publication: a.publication,
      date: a.date,
      page: a.page,
      section: a.section,
      lang: a.lang,
      source: { file: a.path, line: a.line },
      record: JSON.parse(a.record) as RecordArticle,
    }
  }

  async stats(): Promise<StoreStats> {
    const count = (sql: string) => this.#db.prepare(sql).pluck().get() as number
    return { files: count('SELECT count(*) FROM files'), articles: count('SELECT count(*) FROM articles') }
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close()
  }
}
