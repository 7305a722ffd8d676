/**
 * The server store: PostgreSQL through a `pg` connection pool, for archives
 * that outgrow one SQLite file (many readers, several indexing machines).
 *
 * Same behaviour as `sqlite.ts` (same tokens, same query meaning, same
 * JSON), built from PostgreSQL parts: one weighted `tsvector` per article
 * (`postgres/tsvector.ts`) under a GIN index, queries as `tsquery`
 * (`postgres/tsquery.ts`), ranking with `ts_rank_cd`, filters, totals and
 * facets computed in SQL. Writers cooperate through row locks: a file row
 * (keyed by path, holding the content hash that lets `index` skip unchanged
 * files) is locked while its articles are replaced, and article ids are
 * unique (`ON CONFLICT DO NOTHING`, then `uniqueId`), so indexers on several
 * machines never lose or duplicate an article.
 */
import { createHash } from 'node:crypto'
import type { RecordArticle } from '@news/parser'
import type pg from 'pg'
import type { CompiledQuery } from '../query/compile.js'
import type { QueryFilters } from '../query/parse.js'
import { fold } from '../text/fold.js'
import { createPool, explainError, redactUrl } from './postgres/connection.js'
import { migrate } from './postgres/schema.js'
import { toTsquery } from './postgres/tsquery.js'
import { documentLiteral } from './postgres/tsvector.js'
import { type ArticleColumns, toHit, toStoredArticle } from './rows.js'
import {
  FACET_LIMIT,
  type FacetCount,
  type Facets,
  FIELD_WEIGHTS,
  type Hit,
  type IndexedArticle,
  type IndexedFile,
  type Page,
  type SearchResult,
  type Store,
  type StoredArticle,
  type StoreStats,
  UNIQUE_ID_ATTEMPTS,
  uniqueId,
} from './store.js'

/** Upper bound appended to a `to:` date so that `to:1920` takes in all of 1920 (as in `sqlite.ts`). */
const DATE_END = '\uffff'

/**
 * `ts_rank_cd` weights for D, C, B, A (body, bylines, deks, headline),
 * scaled from `FIELD_WEIGHTS` so the headline counts 1.
 */
const RANK_WEIGHTS = `{${[
  FIELD_WEIGHTS.body,
  FIELD_WEIGHTS.bylines,
  FIELD_WEIGHTS.deks,
  FIELD_WEIGHTS.headline,
]
  .map((weight) => weight / FIELD_WEIGHTS.headline)
  .join(',')}}`

/** How often a write transaction is tried when PostgreSQL aborts it for a deadlock between indexers. */
export const WRITE_ATTEMPTS = 5
/** Wait before trying again, times the attempt number (plus jitter). */
const RETRY_DELAY_MS = 50
/** SQLSTATEs after which the whole transaction can simply be run again. */
const RETRYABLE = new Set(['40P01', '40001'])

/** Options of {@link openPostgresStore}. */
export interface PostgresStoreOptions {
  /** The index must exist already (the server and `query`): never create an empty one. */
  mustExist?: boolean
  /** Connections in the pool (default `POOL_MAX_CONNECTIONS`). */
  maxConnections?: number
}

/**
 * Open the index in the PostgreSQL database at `url`
 * (`postgres://user:password@host:port/database`; the tables go in the
 * connection's current schema). Nothing connects until `migrate()`.
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const pool = createPool(url, options.maxConnections === undefined ? {} : { max: options.maxConnections })
  return new PostgresStore(pool, url, options.mustExist ?? false)
}

/** Lone UTF-16 surrogates, which PostgreSQL's UTF-8 and `jsonb` refuse. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const NUL = /\0/g

/** Text PostgreSQL accepts: NUL and lone surrogates (never valid UTF-8 text) become U+FFFD. */
function storable(text: string): string {
  return text.replace(NUL, '\uFFFD').replace(LONE_SURROGATE, '\uFFFD')
}

function storableOrNull(text: string | null): string | null {
  return text === null ? null : storable(text)
}

/** JSON for a `jsonb` column, with every string made {@link storable}. */
function storableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? storable(v) : v))
}

function hash8(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

/** The columns of one article row, in the order of `INSERT_ARTICLES`. */
const ARTICLE_COLUMNS = [
  'id',
  'file_id',
  'ordinal',
  'headline',
  'bylines',
  'authors',
  'author_keys',
  'dateline',
  'publication',
  'date',
  'month',
  'page',
  'section',
  'section_key',
  'lang',
  'line',
  'body',
  'record',
  'document',
] as const

/** One multi-row insert per batch: every column sent as one array, unnested in order. */
const INSERT_ARTICLES = `
  INSERT INTO articles (${ARTICLE_COLUMNS.join(', ')})
  SELECT r.id, r.file_id, r.ordinal, r.headline, r.bylines::jsonb,
    ARRAY(SELECT jsonb_array_elements_text(r.authors::jsonb)),
    ARRAY(SELECT jsonb_array_elements_text(r.author_keys::jsonb)),
    r.dateline, r.publication, r.date, r.month, r.page, r.section, r.section_key, r.lang, r.line,
    r.body, r.record::jsonb, r.document::tsvector
  FROM unnest($1::text[], $2::bigint[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
    $9::text[], $10::text[], $11::text[], $12::int[], $13::text[], $14::text[], $15::text[], $16::int[],
    $17::text[], $18::text[], $19::text[])
    WITH ORDINALITY AS r(${ARTICLE_COLUMNS.join(', ')}, n)
  ORDER BY r.n
  ON CONFLICT (id) DO NOTHING
  RETURNING id`

type ArticleRow = Record<(typeof ARTICLE_COLUMNS)[number], unknown>

function articleRow(article: IndexedArticle, id: string, fileId: string): ArticleRow {
  return {
    id: storable(id),
    file_id: fileId,
    ordinal: article.ordinal,
    headline: storableOrNull(article.headline),
    bylines: storableJson(article.bylines),
    authors: storableJson(article.authors),
    author_keys: storableJson([...new Set(article.authors.map(fold))]),
    dateline: storableOrNull(article.dateline),
    publication: storableOrNull(article.publication),
    date: storableOrNull(article.date),
    month: article.date && article.date.length >= 7 ? storable(article.date.slice(0, 7)) : null,
    page: article.page,
    section: storableOrNull(article.section),
    section_key: article.section === null ? null : storable(fold(article.section)),
    lang: storable(article.lang),
    line: article.line,
    body: storable(article.body),
    record: storableJson(article.record),
    document: documentLiteral(article.tokens),
  }
}

/** An article waiting to be inserted, with the file it belongs to. */
interface Pending {
  article: IndexedArticle
  path: string
  fileId: string
}

/** A hit's columns; `deks` straight from the record (a list). */
type HitRow = Omit<ArticleColumns, 'ordinal' | 'lang' | 'deks'> & { deks: string[]; score: number }

interface FacetRow {
  facet: 'total' | keyof Facets
  value: string | null
  count: string
}

type StoredRow = Pick<
  ArticleColumns,
  'id' | 'ordinal' | 'publication' | 'date' | 'page' | 'section' | 'lang' | 'line' | 'path'
> & { record: RecordArticle }

class PostgresStore implements Store {
  readonly kind = 'postgres'
  readonly #pool: pg.Pool
  readonly #url: string
  readonly #mustExist: boolean
  #closed = false

  constructor(pool: pg.Pool, url: string, mustExist: boolean) {
    this.#pool = pool
    this.#url = url
    this.#mustExist = mustExist
  }

  async migrate(): Promise<void> {
    await this.#withClient((client) =>
      migrate(client, { mustExist: this.#mustExist, where: redactUrl(this.#url) }),
    )
  }

  async fileHashes(): Promise<Map<string, string>> {
    const { rows } = await this.#query<{ path: string; hash: string }>('SELECT path, hash FROM files')
    return new Map(rows.map((row) => [row.path, row.hash]))
  }

  async writeFiles(files: readonly IndexedFile[]): Promise<void> {
    if (files.length === 0) return
    for (let attempt = 1; ; attempt++) {
      try {
        await this.#withClient((client) => this.#writeOnce(client, files))
        return
      } catch (error) {
        const code = (error as { code?: unknown }).code
        if (attempt >= WRITE_ATTEMPTS || typeof code !== 'string' || !RETRYABLE.has(code)) throw error
        await new Promise((done) => setTimeout(done, RETRY_DELAY_MS * attempt * (1 + Math.random())))
      }
    }
  }

  /** One attempt at writing a batch, in one transaction. */
  async #writeOnce(client: pg.PoolClient, files: readonly IndexedFile[]): Promise<void> {
    await client.query('BEGIN')
    try {
      const pending: Pending[] = []
      for (const file of files) {
        const fileId = await claimFile(client, file)
        for (const article of file.articles) pending.push({ article, path: file.path, fileId })
      }
      let taken = await insertArticles(client, pending, (p) => p.article.id)
      // Ids another file already holds (or an earlier article of this batch): add a stable suffix, as sqlite.ts does.
      for (let attempt = 0; taken.length > 0 && attempt < UNIQUE_ID_ATTEMPTS; attempt++) {
        taken = await insertArticles(client, taken, (p) =>
          uniqueId(p.article.id, p.path, p.article.ordinal, hash8, attempt),
        )
      }
      if (taken.length > 0) {
        throw new Error(
          `article id ${taken[0]!.article.id} of ${taken[0]!.path} is taken even with its suffixes`,
        )
      }
      await client.query('COMMIT')
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {})
      throw error
    }
  }

  async removeFiles(paths: readonly string[]): Promise<number> {
    if (paths.length === 0) return 0
    const { rowCount } = await this.#query('DELETE FROM files WHERE path = ANY($1::text[])', [paths])
    return rowCount ?? 0
  }

  async search(query: CompiledQuery, filters: QueryFilters, page: Page): Promise<SearchResult> {
    const where: string[] = []
    const params: unknown[] = []
    const param = (value: unknown) => {
      params.push(value)
      return `$${params.length}`
    }
    let rank = '0'
    if (query.match) {
      const match = param(toTsquery(query.match))
      where.push(`a.document @@ ${match}::tsquery`)
      rank = `ts_rank_cd('${RANK_WEIGHTS}'::float4[], a.document, ${match}::tsquery)`
    }
    if (query.exclude) where.push(`NOT (a.document @@ ${param(toTsquery(query.exclude))}::tsquery)`)
    for (const author of filters.authors) {
      where.push(
        `EXISTS (SELECT 1 FROM unnest(a.author_keys) AS k WHERE strpos(k, ${param(storable(fold(author).trim()))}) > 0)`,
      )
    }
    for (const section of filters.sections)
      where.push(`a.section_key = ${param(storable(fold(section).trim()))}`)
    if (filters.from) where.push(`a.date >= ${param(filters.from)}`)
    if (filters.to) where.push(`a.date <= ${param(filters.to + DATE_END)}`)
    if (filters.lang)
      where.push(`(a.lang = ${param(filters.lang)} OR a.lang LIKE ${param(`${filters.lang}-%`)})`)
    const condition = where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''
    const order = query.match ? 'score DESC, a.seq' : 'a.date DESC NULLS LAST, a.seq'
    const hitsSql = `
      SELECT a.id, a.headline, a.record->'deks' AS deks, a.bylines, a.dateline, a.publication, a.date, a.page,
        a.section, a.line, a.body,
        f.path, ${rank} AS score
      FROM articles a JOIN files f ON f.id = a.file_id
      ${condition}
      ORDER BY ${order}
      LIMIT ${param(page.limit)} OFFSET ${param(page.offset)}`
    const facetParams = params.slice(0, params.length - 2)
    const [hitRows, facetRows] = await Promise.all([
      this.#query<HitRow>(hitsSql, params),
      this.#query<FacetRow>(facetsSql(condition), facetParams),
    ])
    const hits: Hit[] = hitRows.rows.map((a) =>
      toHit({ ...a, deks: a.deks.join('\n') }, a.score, query.highlight),
    )
    const facets: Facets = { section: [], author: [], month: [] }
    let total = 0
    for (const row of facetRows.rows) {
      if (row.facet === 'total') total = Number(row.count)
      else facets[row.facet].push({ value: row.value ?? '', count: Number(row.count) } satisfies FacetCount)
    }
    // PostgreSQL counts the whole result set: totals and facets are exact.
    return { total, totalExact: true, hits, facets, facetsOver: total }
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const { rows } = await this.#query<StoredRow>(
      `SELECT a.id, a.ordinal, a.publication, a.date, a.page, a.section, a.lang, a.line, a.record, f.path
       FROM articles a JOIN files f ON f.id = a.file_id WHERE a.id = $1`,
      [storable(id)],
    )
    const a = rows[0]
    return a ? toStoredArticle(a, a.record) : null
  }

  async stats(): Promise<StoreStats> {
    const { rows } = await this.#query<{ files: string; articles: string }>(
      'SELECT (SELECT count(*) FROM files) AS files, (SELECT count(*) FROM articles) AS articles',
    )
    return { files: Number(rows[0]!.files), articles: Number(rows[0]!.articles) }
  }

  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    await this.#pool.end()
  }

  /** A pooled query whose connection errors say what went wrong and where. */
  async #query<Row extends pg.QueryResultRow>(
    sql: string,
    params: unknown[] = [],
  ): Promise<pg.QueryResult<Row>> {
    try {
      return await this.#pool.query<Row>(sql, params)
    } catch (error) {
      throw explainError(error, this.#url)
    }
  }

  /** Run `work` on one pooled connection (for transactions), released afterwards. */
  async #withClient<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient
    try {
      client = await this.#pool.connect()
    } catch (error) {
      throw explainError(error, this.#url)
    }
    let broken: Error | undefined
    try {
      return await work(client)
    } catch (error) {
      // A connection that failed mid-transaction is not given back to the pool.
      if (!(error as { code?: unknown }).code || (error as Error).message.includes('Connection terminated')) {
        broken = error as Error
      }
      throw explainError(error, this.#url)
    } finally {
      client.release(broken)
    }
  }
}

/**
 * Lock the row of `file` (creating it if new) until the transaction ends,
 * record its new hash and drop its old articles; returns its id. A second
 * indexer writing the same file waits here, then replaces what the first
 * wrote: each article ends up there once.
 */
async function claimFile(client: pg.PoolClient, file: IndexedFile): Promise<string> {
  const path = storable(file.path)
  const inserted = await client.query<{ id: string }>(
    'INSERT INTO files (path, hash, bytes) VALUES ($1, $2, $3) ON CONFLICT (path) DO NOTHING RETURNING id',
    [path, file.hash, file.bytes],
  )
  if (inserted.rows[0]) return inserted.rows[0].id
  const updated = await client.query<{ id: string }>(
    'UPDATE files SET hash = $2, bytes = $3, indexed_at = now() WHERE path = $1 RETURNING id',
    [path, file.hash, file.bytes],
  )
  const id = updated.rows[0]?.id
  // Removed by another process between the two statements: a deadlock-like race, so the batch is retried.
  if (id === undefined)
    throw Object.assign(new Error(`file ${file.path} was removed while being written`), { code: '40001' })
  await client.query('DELETE FROM articles WHERE file_id = $1', [id])
  return id
}

/** Insert articles under the ids `idOf` gives; returns those whose id was taken. */
async function insertArticles(
  client: pg.PoolClient,
  pending: readonly Pending[],
  idOf: (p: Pending) => string,
): Promise<Pending[]> {
  if (pending.length === 0) return []
  const ids = pending.map((p) => storable(idOf(p)))
  const rows = pending.map((p, index) => articleRow(p.article, ids[index]!, p.fileId))
  const columns = ARTICLE_COLUMNS.map((column) => rows.map((row) => row[column]))
  const { rows: inserted } = await client.query<{ id: string }>(INSERT_ARTICLES, columns)
  const done = new Set(inserted.map((row) => row.id))
  // An id given twice in one batch is inserted once: only its first holder counts as done.
  const seen = new Set<string>()
  return pending.filter((_p, index) => {
    const id = ids[index]!
    if (done.has(id) && !seen.has(id)) {
      seen.add(id)
      return false
    }
    return true
  })
}

/** Total and facets of the whole result set, in one statement; rows `(facet, value, count)`. */
function facetsSql(condition: string): string {
  const top = (facet: string, value: string, from: string) => `(
      SELECT '${facet}' AS facet, ${value} AS value, count(*) AS count FROM ${from}
      GROUP BY ${value} ORDER BY count(*) DESC, ${value} COLLATE "C" LIMIT ${FACET_LIMIT})`
  return `
    WITH m AS MATERIALIZED (SELECT a.section, a.month, a.authors FROM articles a ${condition})
    SELECT 'total' AS facet, NULL AS value, count(*) AS count FROM m
    UNION ALL ${top('section', 'section', "m WHERE section <> ''")}
    UNION ALL ${top('author', 'author', "m CROSS JOIN LATERAL (SELECT DISTINCT unnest(m.authors) AS author) AS x WHERE author <> ''")}
    UNION ALL ${top('month', 'month', 'm WHERE month IS NOT NULL')}`
}
