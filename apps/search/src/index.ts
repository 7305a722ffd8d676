/**
 * @news/search: index newspaper pages and search them. The CLI
 * (`news-search`), the HTTP server and tests use these.
 */
export { type IndexOptions, type IndexProgress, type IndexSummary, indexPaths } from './indexer/run.js'
export { type CompiledQuery, compileQuery, type HighlightTerms, type MatchNode } from './query/compile.js'
export {
  MAX_QUERY_LENGTH,
  type ParsedQuery,
  parseQuery,
  type QueryFilters,
  withFilters,
} from './query/parse.js'
export {
  DEFAULT_LIMIT,
  MAX_LIMIT,
  MAX_OFFSET,
  type SearchRequest,
  type SearchResponse,
  search,
} from './search.js'
export { createApp } from './server/app.js'
export { type RunningServer, startServer } from './server/serve.js'
export { type OpenOptions, openStore } from './store/open.js'
export type * from './store/store.js'
export { escapeHtml, snippet } from './text/snippet.js'
export { type Tokens, tokenize } from './text/tokenize.js'
