/**
 * The facet keys (section, month, author names) of every article of an
 * SQLite index, held in memory so that a search counts the facets of its
 * best results in JavaScript: joining those results with `article_keys`
 * and grouping them three times in SQL cost a third of a frequent word's
 * search. This is a copy of index data, not of any query's results: it is
 * read again whenever the index changed (`PRAGMA data_version` for other
 * connections, `invalidate` for this one's own writes).
 */
import type Database from 'better-sqlite3'

/** What facets count of one article. */
export interface ArticleKeys {
  section: string | null
  month: string | null
  /** Distinct author names, as facets show them. */
  authors: readonly string[]
}

/** Indexes of more articles than this are not held in memory (facets are then counted in SQL). */
export const FACET_KEYS_MAX_ARTICLES = 1_000_000

const NO_AUTHORS: readonly string[] = Object.freeze([])

/** The facet keys of an index, by article rowid. */
export class FacetKeys {
  readonly #db: Database.Database
  readonly #maxArticles: number
  #keys: Map<number, ArticleKeys> | null = null
  /** `data_version` when the keys were read; null: not read, or invalidated. */
  #version: number | null = null

  /** Prepared once: asked before every search. */
  readonly #dataVersion: Database.Statement

  constructor(db: Database.Database, maxArticles = FACET_KEYS_MAX_ARTICLES) {
    this.#db = db
    this.#maxArticles = maxArticles
    this.#dataVersion = db.prepare('PRAGMA data_version').pluck()
  }

  /** This connection wrote: read the keys again before the next use. */
  invalidate(): void {
    this.#version = null
  }

  /** The keys of every article, current; null when the index is too large to hold them. */
  current(): Map<number, ArticleKeys> | null {
    const version = this.#dataVersion.get() as number
    if (version === this.#version) return this.#keys
    this.#keys = this.#read()
    this.#version = version
    return this.#keys
  }

  #read(): Map<number, ArticleKeys> | null {
    if (this.#maxArticles <= 0) return null
    const count = this.#db.prepare('SELECT count(*) FROM article_keys').pluck().get() as number
    if (count > this.#maxArticles) return null
    // Values repeat across articles: one string each.
    const interned = new Map<string, string>()
    const intern = (value: string | null) => {
      if (value === null) return null
      const known = interned.get(value)
      if (known !== undefined) return known
      interned.set(value, value)
      return value
    }
    const keys = new Map<number, ArticleKeys>()
    const rows = this.#db
      .prepare('SELECT rowid, section, month, authors FROM article_keys')
      .raw(true)
      .iterate() as IterableIterator<[number, string | null, string | null, string]>
    for (const [rowid, section, month, authors] of rows) {
      const names =
        authors === '[]' ? NO_AUTHORS : (JSON.parse(authors) as string[]).map((name) => intern(name)!)
      keys.set(rowid, { section: intern(section), month: intern(month), authors: names })
    }
    return keys
  }
}
