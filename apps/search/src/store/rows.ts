/**
 * From a stored article row to the JSON every store answers with, so hits
 * and article views are the same whatever the store.
 */
import type { RecordArticle } from '@news/parser'
import type { HighlightTerms } from '../query/compile.js'
import { bestSnippet } from '../text/snippet.js'
import type { Hit, IndexedArticle, StoredArticle } from './store.js'

/** The columns of an article row a store reads back (bylines as a list, deks joined by newlines). */
export type ArticleColumns = Pick<
  IndexedArticle,
  | 'id'
  | 'ordinal'
  | 'headline'
  | 'bylines'
  | 'dateline'
  | 'publication'
  | 'date'
  | 'page'
  | 'section'
  | 'lang'
  | 'line'
  | 'body'
> & {
  deks: string
  /** Path of the article's file. */
  path: string
}

/** Decimals kept of a score. */
const SCORE_DECIMALS = 1000

/** A search hit: the row's fields, a snippet from the first text that matches, the score rounded. */
export function toHit(
  a: Omit<ArticleColumns, 'ordinal' | 'lang'>,
  score: number,
  highlight: HighlightTerms,
): Hit {
  return {
    id: a.id,
    headline: a.headline,
    bylines: a.bylines,
    dateline: a.dateline,
    publication: a.publication,
    date: a.date,
    page: a.page,
    section: a.section,
    snippet: bestSnippet([a.body, a.headline, a.deks, a.bylines.join('; ')], highlight),
    score: Math.round(score * SCORE_DECIMALS) / SCORE_DECIMALS,
    source: { file: a.path, line: a.line },
  }
}

/** The article view of `GET /api/articles/:id`. */
export function toStoredArticle(
  a: Pick<
    ArticleColumns,
    'id' | 'ordinal' | 'publication' | 'date' | 'page' | 'section' | 'lang' | 'line' | 'path'
  >,
  record: RecordArticle,
): StoredArticle {
  return {
    id: a.id,
    ordinal: a.ordinal,
    publication: a.publication,
    date: a.date,
    page: a.page,
    section: a.section,
    lang: a.lang,
    source: { file: a.path, line: a.line },
    record,
  }
}
