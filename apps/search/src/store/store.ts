/**
 * The store: where indexed articles live and how they are searched. The
 * CLI, the API and the page use only this interface; `open.ts` picks the
 * implementation from `--db` (a file path → SQLite in `sqlite.ts`; a
 * `postgres://` URL → PostgreSQL in `postgres.ts`).
 *
 * What every store shares, so results are the same whatever the store:
 * - tokens: articles arrive pre-tokenised (`IndexedArticle.tokens`, built by
 *   `text/tokenize.ts`); a store indexes those space-separated strings as
 *   they are (FTS5 `unicode61`; PostgreSQL a `tsvector` literal, `postgres/tsvector.ts`) and
 *   never tokenises text itself;
 * - queries: a store receives a `CompiledQuery` (`query/compile.ts`), a
 *   tree of token conditions, and renders it in its own syntax;
 * - results: hits carry snippets made by `text/snippet.ts` from the
 *   article's original text; facets count the whole result set, or its
 *   best `FACET_SAMPLE` results when it is larger (`facetsOver` says how
 *   many), and `total` is exact up to `TOTAL_CAP` (`totalExact`).
 *
 * Ranking is BM25-like with field weights `FIELD_WEIGHTS` (headline above
 * deks above bylines above body).
 */
import type { RecordArticle } from '@news/parser'
import type { CompiledQuery } from '../query/compile.js'
import type { QueryFilters } from '../query/parse.js'

/** Version of the stored schema. A store refuses or upgrades an index of another version. */
export const SCHEMA_VERSION = 2

/** Relative weight of each indexed field in ranking. */
export const FIELD_WEIGHTS = { headline: 10, deks: 5, bylines: 3, body: 1, words: 2 } as const

/** Indexed fields, in this order in every store. */
export type IndexedField = keyof typeof FIELD_WEIGHTS

/** How many values each facet lists at most (the most frequent first). */
export const FACET_LIMIT = 20

/**
 * Facets count at most this many results, the best ranked (newest first
 * without words), as search engines do: a frequent word then costs no
 * more than a rare one, and the facets describe what the reader will see.
 */
export const FACET_SAMPLE = 200

/**
 * Results are counted exactly up to this many (or to the deepest page
 * asked for, when deeper); beyond, `total` is this bound and `totalExact`
 * is false ("1,000+").
 */
export const TOTAL_CAP = 1000

/** One article, ready to store. */
export interface IndexedArticle {
  /** Public id: the record's `id`, made unique in the index (see `uniqueId`). */
  id: string
  /** Position of the article in its file (0-based, over all pages of the file). */
  ordinal: number
  headline: string | null
  /** Byline texts as printed. */
  bylines: string[]
  /** Author names from all bylines. */
  authors: string[]
  dateline: string | null
  publication: string | null
  /** `YYYY-MM-DD` (or shorter) or null. */
  date: string | null
  page: number | null
  section: string | null
  /** BCP 47 language of the page. */
  lang: string
  /** First line of the article in its file (1-based), or null. */
  line: number | null
  /** Body text: paragraphs joined with newlines (used for snippets). */
  body: string
  /** The full record, for the article view. */
  record: RecordArticle
  /** Pre-tokenised fields: space-separated tokens (see `text/tokenize.ts`). */
  tokens: Record<IndexedField, string>
}

/** One source file and everything indexed from it. */
export interface IndexedFile {
  /** Absolute path. */
  path: string
  /** Content hash (file bytes + index format); unchanged files are skipped. */
  hash: string
  bytes: number
  articles: IndexedArticle[]
}

/** Paging of results. */
export interface Page {
  limit: number
  offset: number
}

/** One search hit: exactly the JSON of `news-search query --json`. */
export interface Hit {
  id: string
  headline: string | null
  bylines: string[]
  dateline: string | null
  publication: string | null
  date: string | null
  page: number | null
  section: string | null
  /** HTML: matched words in `<mark>`, everything else escaped. */
  snippet: string
  /** Higher is better. */
  score: number
  source: { file: string; line: number | null }
}

/** A facet value and how many results have it. */
export interface FacetCount {
  value: string
  count: number
}

/** Counts over the result set (see `SearchResult.facetsOver`). */
export interface Facets {
  section: FacetCount[]
  author: FacetCount[]
  /** `YYYY-MM`. */
  month: FacetCount[]
}

/** What a search gives (without the echo of the query, added by `search.ts`). */
export interface SearchResult {
  /** How many articles match: exact when `totalExact`, else a lower bound (`TOTAL_CAP`). */
  total: number
  /** False when there are more than `total` results (counting stopped at `TOTAL_CAP`). */
  totalExact: boolean
  hits: Hit[]
  facets: Facets
  /** How many results the facets count: all of them, or the best `FACET_SAMPLE`. */
  facetsOver: number
}

/** An article as stored, for `GET /api/articles/:id`. */
export interface StoredArticle {
  id: string
  /**
   * Position of the article in its file (as in `IndexedArticle.ordinal`):
   * lets the server re-parse the source for the parser's HTML. Without it
   * the HTML is rendered from the record.
   */
  ordinal?: number
  publication: string | null
  date: string | null
  page: number | null
  section: string | null
  lang: string
  source: { file: string; line: number | null }
  record: RecordArticle
}

/** Counts of what the index holds. */
export interface StoreStats {
  files: number
  articles: number
}

/** A place to keep and search articles. Every method may be called after `open` resolves. */
export interface Store {
  /** `sqlite` or `postgres`. */
  readonly kind: string
  /**
   * Create the schema, or check the stored schema version: an older index is
   * upgraded, an index from a newer version is refused with an `Error`
   * saying so.
   */
  migrate(): Promise<void>
  /** Hash of every indexed file, by path. */
  fileHashes(): Promise<Map<string, string>>
  /**
   * Replace the articles of these files in one transaction (a crash leaves
   * each batch all in or all out). Article ids are made unique across files.
   */
  writeFiles(files: readonly IndexedFile[]): Promise<void>
  /**
   * Compact the index after a bulk load (SQLite: FTS5 `optimize`, one
   * b-tree per index instead of many segments, so queries read less).
   * Optional: stores that need no such step leave it out.
   */
  optimize?(): Promise<void>
  /** Remove files (and their articles); returns how many were removed. */
  removeFiles(paths: readonly string[]): Promise<number>
  /** Search: hits for the page with snippets, the total and facets (bounded, see `SearchResult`). */
  search(query: CompiledQuery, filters: QueryFilters, page: Page): Promise<SearchResult>
  /** One article by its public id, or null. */
  getArticle(id: string): Promise<StoredArticle | null>
  stats(): Promise<StoreStats>
  close(): Promise<void>
}

/**
 * The id to store for an article whose record id is already taken by an
 * article of another file (the same page indexed twice from two folders):
 * the record id plus a short, stable suffix from the file and position.
 * The suffix is short (six hex digits), so among many copies of one page
 * two can share it: then the next `attempt` gives another, still stable.
 */
export function uniqueId(
  recordId: string,
  path: string,
  ordinal: number,
  hash: (s: string) => string,
  attempt = 0,
): string {
  return `${recordId}-${hash(`${path}#${ordinal}${attempt > 0 ? `#${attempt}` : ''}`).slice(0, 6)}`
}

/** Suffixes tried for an article id before a write gives up (see `uniqueId`). */
export const UNIQUE_ID_ATTEMPTS = 16
