/** Counting facet values over a result set, shared by the stores. */
import { FACET_LIMIT, type FacetCount, type Facets } from './store.js'

/** Accumulates facet counts one result at a time. */
export class FacetCounter {
  readonly #section = new Map<string, number>()
  readonly #author = new Map<string, number>()
  readonly #month = new Map<string, number>()

  /** Count one result. */
  add(section: string | null, authors: readonly string[], month: string | null): void {
    if (section) bump(this.#section, section)
    // An author named twice in one article counts once.
    for (const author of new Set(authors)) bump(this.#author, author)
    if (month) bump(this.#month, month)
  }

  /** The most frequent values of each facet (ties: by value). */
  result(): Facets {
    return { section: top(this.#section), author: top(this.#author), month: top(this.#month) }
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1)
}

function top(map: Map<string, number>): FacetCount[] {
  return topFacets(Array.from(map, ([value, count]) => ({ value, count })))
}

/** The `FACET_LIMIT` most frequent values (ties: by value). */
export function topFacets(list: FacetCount[]): FacetCount[] {
  return list
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, FACET_LIMIT)
}
