/**
 * TF-IDF over articles, accumulated one article at a time: per term the
 * occurrences, the articles it occurs in and the sum of its term
 * frequencies. The score needs the number of articles, so it is computed at
 * the end: score(t) = Σ_articles tf(t, a) × idf(t), with the sublinear
 * tf = 1 + ln(occurrences in a), so that one article repeating a word does
 * not outweigh many articles using it, and the smoothed
 * idf = ln((1 + N) / (1 + df(t))) + 1, so that a term in every article
 * still counts, and one seen in few articles counts more. Term frequencies
 * are not divided by article length: in an archive, short notices and
 * advertisements would otherwise fill the top of the list.
 */
import type { TermScore } from './report.js'

interface TermTotals {
  count: number
  articles: number
  tfSum: number
}

export class TermIndex {
  readonly #terms = new Map<string, TermTotals>()
  #articles = 0

  /** Add one article's term counts. */
  addArticle(counts: ReadonlyMap<string, number>): void {
    this.#articles++
    for (const [term, n] of counts) {
      let t = this.#terms.get(term)
      if (!t) {
        t = { count: 0, articles: 0, tfSum: 0 }
        this.#terms.set(term, t)
      }
      t.count += n
      t.articles++
      t.tfSum += 1 + Math.log(n)
    }
  }

  get articles(): number {
    return this.#articles
  }

  /** Every term, highest score first (ties by count, then term). */
  scores(): TermScore[] {
    const n = this.#articles
    return [...this.#terms]
      .map(([term, t]) => ({
        term,
        count: t.count,
        articles: t.articles,
        score: t.tfSum * (Math.log((1 + n) / (1 + t.articles)) + 1),
      }))
      .sort((a, b) => b.score - a.score || b.count - a.count || (a.term < b.term ? -1 : 1))
  }
}
