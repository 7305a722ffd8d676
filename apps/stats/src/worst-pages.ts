/** The worst extracted pages, kept as a short sorted list while pages stream by. */
import type { WorstPage } from './report.js'

/** Pages kept in the report; the terminal shows the first `TOP_ROWS`. */
export const WORST_PAGES_KEPT = 50
/*
 * The flags below were swept on the even-numbered corpus pages that have a
 * truth file and checked on the odd ones (`bench/flags.mjs`): a page is bad
 * when the scorer gives it less than 0.5. Measured with the parser of
 * 2026-11-29, precision / recall of "flagged ⇒ bad" on the check half.
 */
/** Flag a page with at least this share of characters unplaced (check: P 1.00, R 0.09 — rare but sure). */
export const UNPLACED_SHARE_FLAG = 0.05
/** Flag a page whose mean article confidence is below this (check: P 0.42, R 0.64 — the best single signal). */
export const LOW_CONFIDENCE_FLAG = 0.7
/** Flag a page where at least this share of articles has no headline (check: P 0.33, R 0.36 — weak). */
export const HEADLINELESS_SHARE_FLAG = 0.05

/** What is known about a page when it is judged. */
export interface PageFacts {
  file: string
  page: number | null
  articles: number
  headlineless: number
  meanConfidence: number | null
  unplacedShare: number
  /** Messages of the page's file that are not repairs, by ruleId. */
  warnings: ReadonlyMap<string, number>
  /** Why the file failed, or null. */
  error: string | null
}

/** Score from 0 (worst) to 1 and the reasons, most serious first; no reasons for a page with no flagged problem. */
export function judgePage(facts: PageFacts): { score: number; reasons: string[] } {
  if (facts.error) return { score: 0, reasons: [`could not be read: ${facts.error}`] }
  const reasons: string[] = []
  if (facts.articles === 0) reasons.push('no articles found')
  if (facts.unplacedShare >= UNPLACED_SHARE_FLAG) {
    reasons.push(`${Math.round(facts.unplacedShare * 100)}% of characters not placed`)
  }
  if (facts.meanConfidence !== null && facts.meanConfidence < LOW_CONFIDENCE_FLAG) {
    reasons.push(`mean confidence ${facts.meanConfidence.toFixed(2)}`)
  }
  if (facts.articles > 0 && facts.headlineless / facts.articles >= HEADLINELESS_SHARE_FLAG) {
    reasons.push(`${facts.headlineless} of ${facts.articles} articles without headline`)
  }
  if (facts.warnings.size) {
    const list = [...facts.warnings].sort((a, b) => b[1] - a[1])
    const total = list.reduce((n, [, c]) => n + c, 0)
    reasons.push(
      `${total} message${total === 1 ? '' : 's'}: ${list.map(([id, c]) => `${id} ×${c}`).join(', ')}`,
    )
  }
  const score = facts.articles === 0 ? 0 : (facts.meanConfidence ?? 0) * (1 - facts.unplacedShare)
  return { score, reasons }
}

/** Keeps the `limit` lowest-scoring pages with a flagged problem, in reading order for ties. */
export class WorstPages {
  readonly #pages: WorstPage[] = []
  readonly #limit: number

  constructor(limit = WORST_PAGES_KEPT) {
    this.#limit = limit
  }

  add(facts: PageFacts): void {
    const { score, reasons } = judgePage(facts)
    if (!reasons.length) return
    const list = this.#pages
    if (list.length >= this.#limit && score >= list.at(-1)!.score) return
    const entry: WorstPage = { file: facts.file, page: facts.page, score, articles: facts.articles, reasons }
    let i = list.findIndex((p) => p.score > score)
    if (i < 0) i = list.length
    list.splice(i, 0, entry)
    if (list.length > this.#limit) list.pop()
  }

  list(): WorstPage[] {
    return [...this.#pages]
  }
}
