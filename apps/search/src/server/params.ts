/**
 * Reading `GET /api/search` parameters. Anything malformed is a
 * `ParamError` (answered 400 with a JSON error); anything too large is
 * capped (`limit`) or refused (`q`).
 */
import { MAX_QUERY_LENGTH, normalizeDate } from '../query/parse.js'
import { MAX_LIMIT, MAX_OFFSET, type SearchRequest } from '../search.js'

/** Most values accepted for one repeatable filter parameter. */
export const MAX_FILTER_VALUES = 10
/** Longest filter value accepted. */
export const MAX_FILTER_LENGTH = 200

/** A parameter that cannot be read. */
export class ParamError extends Error {}

type Lookup = { one(name: string): string | undefined; all(name: string): string[] }

function integer(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined || value === '') return undefined
  if (!/^\d{1,9}$/.test(value) || Number(value) < min) {
    throw new ParamError(`"${name}" must be an integer of at least ${min}`)
  }
  return Number(value)
}

function date(value: string | undefined, name: string): string | null {
  if (value === undefined || value === '') return null
  const d = normalizeDate(value)
  if (d === null) throw new ParamError(`"${name}" must be a date: YYYY, YYYY-MM or YYYY-MM-DD`)
  return d
}

function values(params: Lookup, name: string): string[] {
  const list = params.all(name).filter((v) => v.trim() !== '')
  if (list.length > MAX_FILTER_VALUES) throw new ParamError(`at most ${MAX_FILTER_VALUES} "${name}" values`)
  if (list.some((v) => v.length > MAX_FILTER_LENGTH)) {
    throw new ParamError(`"${name}" values are at most ${MAX_FILTER_LENGTH} characters`)
  }
  return list
}

/** A search request from URL parameters. */
export function searchRequest(params: Lookup): SearchRequest {
  const q = params.one('q') ?? ''
  if (q.length > MAX_QUERY_LENGTH) throw new ParamError(`"q" is at most ${MAX_QUERY_LENGTH} characters`)
  const limit = integer(params.one('limit'), 'limit', 1)
  const offset = integer(params.one('offset'), 'offset', 0)
  if (offset !== undefined && offset > MAX_OFFSET) throw new ParamError(`"offset" is at most ${MAX_OFFSET}`)
  const lang = params.one('lang')
  if (lang !== undefined && lang !== '' && !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(lang)) {
    throw new ParamError('"lang" must be a language code such as zh or en')
  }
  return {
    q,
    limit: limit === undefined ? undefined : Math.min(limit, MAX_LIMIT),
    offset,
    filters: {
      authors: values(params, 'author'),
      sections: values(params, 'section'),
      from: date(params.one('from'), 'from'),
      to: date(params.one('to'), 'to'),
      lang: lang ? lang.toLowerCase().split('-')[0]! : null,
    },
  }
}
