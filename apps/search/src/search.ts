/**
 * One search, as the CLI (`query --json`) and the API (`GET /api/search`)
 * answer it: parse, compile, cap, ask the store, echo the query.
 */
import { compileQuery } from './query/compile.js'
import { parseQuery, type QueryFilters, withFilters } from './query/parse.js'
import type { Facets, Hit, Store } from './store/store.js'

/** Results per page when none is asked for. */
export const DEFAULT_LIMIT = 10
/** Most results per page. */
export const MAX_LIMIT = 100
/** Deepest offset served (paging further is not research, it is scraping). */
export const MAX_OFFSET = 10_000

/** The JSON of `news-search query --json` and `GET /api/search`. */
export interface SearchResponse {
  query: string
  /** Matching articles: exact when `totalExact`, else a lower bound ("1,000+"). */
  total: number
  totalExact: boolean
  offset: number
  limit: number
  hits: Hit[]
  facets: Facets
  /** How many results the facets count: all, or the best `FACET_SAMPLE` of a larger set. */
  facetsOver: number
}

/** A search request. */
export interface SearchRequest {
  q: string
  limit?: number
  offset?: number
  /** Filters given outside the query text. */
  filters?: Partial<QueryFilters>
}

/** Run one search; `warnings` says how odd input was read. */
export async function search(
  store: Store,
  request: SearchRequest,
): Promise<{ response: SearchResponse; warnings: string[] }> {
  const parsed = withFilters(parseQuery(request.q), request.filters ?? {})
  const compiled = compileQuery(parsed)
  const limit = clamp(request.limit ?? DEFAULT_LIMIT, 1, MAX_LIMIT)
  const offset = clamp(request.offset ?? 0, 0, MAX_OFFSET)
  const result = await store.search(compiled, parsed.filters, { limit, offset })
  return {
    response: {
      query: parsed.text,
      total: result.total,
      totalExact: result.totalExact,
      offset,
      limit,
      hits: result.hits,
      facets: result.facets,
      facetsOver: result.facetsOver,
    },
    warnings: compiled.warnings,
  }
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : min
}
