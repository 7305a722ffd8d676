/** Counting things in a stream: memory grows with distinct keys, never with items. */
import type { Bin, NameCount } from './report.js'

/** A multiset of strings. */
export class Counter {
  readonly #counts = new Map<string, number>()

  add(key: string, n = 1): void {
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + n)
  }

  get(key: string): number {
    return this.#counts.get(key) ?? 0
  }

  get size(): number {
    return this.#counts.size
  }

  entries(): IterableIterator<[string, number]> {
    return this.#counts.entries()
  }

  /** Every key, most frequent first, ties by name. */
  sorted(): NameCount[] {
    return [...this.#counts]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || compareText(a.name, b.name))
  }
}

/** A distribution of numbers kept as value → count (exact, bounded by distinct values). */
export class Distribution {
  readonly #counts = new Map<number, number>()
  #n = 0
  #sum = 0

  add(value: number): void {
    this.#counts.set(value, (this.#counts.get(value) ?? 0) + 1)
    this.#n++
    this.#sum += value
  }

  get count(): number {
    return this.#n
  }

  get sum(): number {
    return this.#sum
  }

  get mean(): number | null {
    return this.#n ? this.#sum / this.#n : null
  }

  get max(): number | null {
    let max: number | null = null
    for (const v of this.#counts.keys()) if (max === null || v > max) max = v
    return max
  }

  /** The smallest value with at least `q` of the values at or below it (nearest rank). */
  quantile(q: number): number | null {
    if (!this.#n) return null
    const rank = Math.max(1, Math.ceil(q * this.#n))
    let seen = 0
    for (const v of [...this.#counts.keys()].sort((a, b) => a - b)) {
      seen += this.#counts.get(v)!
      if (seen >= rank) return v
    }
    return null
  }

  /** Counts in `edges.length - 1` bins; the last bin includes its upper edge, values beyond go to the nearest bin. */
  bins(edges: readonly number[]): Bin[] {
    const bins = edges.slice(0, -1).map((from, i) => ({ from, to: edges[i + 1]!, count: 0 }))
    if (!bins.length) return bins
    for (const [value, count] of this.#counts) {
      let i = bins.findIndex((b) => value < b.to)
      if (i < 0) i = bins.length - 1
      bins[i]!.count += count
    }
    return bins
  }
}

/** Edges `0, step, 2·step…` up to the first edge at or above `max` (at least one bin). */
export function linearEdges(max: number, step: number): number[] {
  const edges = [0]
  // Rounded, so that 0.3 falls in [0.3, 0.4) and not below 0.30000000000000004.
  do edges.push(Math.round(edges.length * step * 1e9) / 1e9)
  while (edges.at(-1)! < max)
  return edges
}

/** Edges for a length distribution: about `target` bins of a round width. */
export function roundEdges(max: number, target: number): number[] {
  const raw = Math.max(1, max / target)
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw
  return linearEdges(Math.max(max, 1) + (max % step === 0 ? 1 : 0), step)
}

const collator = new Intl.Collator('en')

/** Stable, locale-independent-enough order for names in several scripts. */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
}
