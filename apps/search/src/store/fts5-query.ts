/**
 * Rendering a compiled query (`query/compile.ts`) as an FTS5 MATCH string.
 * Tokens are letters and digits only (see `text/tokenize.ts`), so quoting
 * each phrase is enough: no user text can form FTS5 syntax.
 */
import type { MatchNode } from '../query/compile.js'
import { FIELD_WEIGHTS } from './store.js'

/**
 * The ranking expression over the `fts` table: BM25 with the field weights
 * (lower is better, as FTS5's `rank`). Queries order by this expression, not
 * by `rank`: FTS5 sorts every match itself for `ORDER BY rank`, while an
 * ordinary expression lets SQLite keep only the best `LIMIT` rows as it goes
 * (measured: about 1.4× faster for a top 10 over 20,000 articles).
 */
export const BM25 = `bm25(fts, ${bm25Weights()})`

/** The field weights as `bm25()` arguments, in column order. */
export function bm25Weights(): string {
  return Object.values(FIELD_WEIGHTS).join(', ')
}

/** FTS5 columns searched by each token stream. */
export const STREAM_COLUMNS = {
  grams: '{headline deks bylines body}',
  words: '{words}',
} as const

/** The FTS5 MATCH expression for a condition. */
export function toFts5(node: MatchNode): string {
  switch (node.type) {
    case 'tokens': {
      const phrase = `"${node.tokens.join(' ').replace(/"/g, '')}"${node.prefix ? ' *' : ''}`
      return `${STREAM_COLUMNS[node.stream]} : ${phrase}`
    }
    case 'and':
    case 'or':
      return node.children.map((child) => `(${toFts5(child)})`).join(node.type === 'and' ? ' AND ' : ' OR ')
  }
}
