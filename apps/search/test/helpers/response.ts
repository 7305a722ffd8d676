/** The keys of the search JSON (`query --json`, `GET /api/search`), in order, as docs/search.md shows them. */
export const SEARCH_RESPONSE_KEYS = [
  'query',
  'total',
  'totalExact',
  'offset',
  'limit',
  'hits',
  'facets',
  'facetsOver',
] as const
