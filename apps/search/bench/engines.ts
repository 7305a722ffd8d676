/**
 * The peers, each given the same articles and the same segmentation (the
 * tokens of `text/tokenize.ts`), answering top-10 queries.
 */
import Database from 'better-sqlite3'
import { Index } from 'flexsearch'
import MiniSearch from 'minisearch'
import { compileQuery, type MatchNode } from '../src/query/compile.js'
import { parseQuery } from '../src/query/parse.js'
import { BM25, toFts5 } from '../src/store/fts5-query.js'
import { FIELD_WEIGHTS, type IndexedArticle } from '../src/store/store.js'

/** A peer: add documents, then answer top-10 queries. */
export interface Engine {
  name: string
  add(articles: readonly IndexedArticle[], firstId: number): void
  /** Top ten ids for prepared query tokens. */
  query(prepared: PreparedQuery): unknown
  /** Serialized size in bytes, for in-memory engines. */
  size(): number
}

/** A query segmented once, outside the timed part, for the peers. */
export interface PreparedQuery {
  text: string
  /** FTS5 MATCH expression (plain FTS5 peer). */
  match: string
  /** All tokens, space-separated (FlexSearch, MiniSearch). */
  tokens: string
}

function tokensOf(node: MatchNode | null, out: string[] = []): string[] {
  if (!node) return out
  if (node.type === 'tokens') {
    if (node.stream === 'grams') out.push(...node.tokens)
  } else {
    for (const child of node.children) tokensOf(child, out)
  }
  return out
}

/** Segment a query once for the peers. */
export function prepare(text: string): PreparedQuery {
  const compiled = compileQuery(parseQuery(text))
  return {
    text,
    match: compiled.match ? toFts5(compiled.match) : '',
    tokens: [...new Set(tokensOf(compiled.match))].join(' '),
  }
}

/** The text each in-memory peer indexes: every field's tokens. */
function allTokens(a: IndexedArticle): string {
  const t = a.tokens
  return `${t.headline} ${t.deks} ${t.bylines} ${t.body}`
}

/** How the plain FTS5 query orders its matches. */
export type PlainOrder = 'bm25' | 'rank'

/**
 * Plain FTS5 top-10 over this app's own index (same file, same tokens, same
 * ranking). `bm25` (the yardstick) is written the fastest way we know, as
 * this app's own query is: ordered by the `bm25()` expression (see `BM25`);
 * `rank` is the textbook `ORDER BY rank`, shown for reference.
 */
export function plainFts5(
  dbPath: string,
  order: PlainOrder = 'bm25',
): Pick<Engine, 'name' | 'query'> & { close(): void } {
  const db = new Database(dbPath, { readonly: true })
  const statement = db
    .prepare(`SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY ${order === 'bm25' ? BM25 : 'rank'} LIMIT 10`)
    .pluck()
  return {
    name: order === 'bm25' ? 'plain FTS5 top-10' : 'plain FTS5 top-10 (ORDER BY rank)',
    query: (q) => (q.match ? statement.all(q.match) : []),
    close: () => db.close(),
  }
}

/**
 * FlexSearch 0.8, `encode` splitting the pre-segmented tokens. One index
 * over every field's tokens: a FlexSearch `Document` answers per field and
 * cannot require every term across fields, as this app's query does. Its
 * own ranking (term position, no field weights); every term required.
 */
export function flexSearch(): Engine {
  const index = new Index({ tokenize: 'strict', encode: (text: string) => text.split(' ').filter(Boolean) })
  return {
    name: 'FlexSearch 0.8',
    add(articles, firstId) {
      articles.forEach((a, i) => {
        index.add(firstId + i, allTokens(a))
      })
    },
    query: (q) => index.search(q.tokens, { limit: 10 }),
    size() {
      let bytes = 0
      index.export((key: string | number, data: unknown) => {
        bytes +=
          String(key).length + (typeof data === 'string' ? data.length : JSON.stringify(data ?? '').length)
      })
      return bytes
    },
  }
}

/** The fields this app searches (the `grams` stream) and their weights. */
const FIELDS = ['headline', 'deks', 'bylines', 'body'] as const

/**
 * MiniSearch given what this app's query does, no more, no less: the same
 * tokens in the same four fields, every term required (`AND`), the fields
 * weighted as this app weights them, no prefix or fuzzy matching.
 */
export function miniSearch(): Engine {
  type Doc = { id: number } & Record<(typeof FIELDS)[number], string>
  const index = new MiniSearch<Doc>({
    fields: [...FIELDS],
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
    searchOptions: {
      combineWith: 'AND',
      fields: [...FIELDS],
      boost: Object.fromEntries(FIELDS.map((f) => [f, FIELD_WEIGHTS[f]])),
      prefix: false,
      fuzzy: false,
    },
  })
  return {
    name: 'MiniSearch',
    add(articles, firstId) {
      index.addAll(
        articles.map((a, i) => ({
          id: firstId + i,
          headline: a.tokens.headline,
          deks: a.tokens.deks,
          bylines: a.tokens.bylines,
          body: a.tokens.body,
        })),
      )
    },
    // MiniSearch has no limit: it scores and sorts every match, then we keep ten.
    query: (q) => index.search(q.tokens).slice(0, 10),
    size: () => JSON.stringify(index).length,
  }
}
