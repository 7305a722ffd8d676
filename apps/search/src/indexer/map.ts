/**
 * Runs in the parser's worker threads, as `readEdition`'s `map` module
 * (built to `dist/index-map.js`): a parsed file's articles, tokenised, in
 * place of its records. Tokenising where the file was parsed keeps the
 * index run's main thread for the SQLite writes alone.
 */
import type { FileResult } from '@news/parser/node'
import type { IndexedArticle } from '../store/store.js'
import { indexedArticles } from './document.js'

/** A parsed file as the index run receives it from a worker. */
export interface IndexedResult extends FileResult {
  articles: IndexedArticle[]
}

/** `readEdition`'s map: the file's articles, tokenised (its records are then not needed). */
export function mapResult(result: FileResult): IndexedResult {
  return { ...result, records: [], articles: indexedArticles(result) }
}
