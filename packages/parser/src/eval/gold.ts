/**
 * news-gold/1: the truth format (documented in `docs/news-gold.md`). A truth
 * file names the page it describes (`source`, relative to the truth file)
 * and lists what a perfect parser would find on it, in the records' shape.
 */

export const GOLD_FORMAT = 'news-gold/1'

/** A figure as the truth records it. */
export interface GoldFigure {
  title?: string | null
  caption?: string | null
  credit?: string | null
}

/** An article as the truth records it. */
export interface GoldArticle {
  kicker?: string | null
  headline?: string | null
  deks?: string[]
  bylines?: Array<{ text?: string; authors?: string[] }>
  dateline?: string | null
  paragraphs?: string[]
  figures?: GoldFigure[]
}

/** A truth file. Fields the scorer does not read (`notes`, `provenance`, `_…`) may be present. */
export interface NewsGold {
  format: typeof GOLD_FORMAT
  /** Path of the page text, relative to the truth file. */
  source: string
  /** BCP 47 language of the page (`zh`, `en`…): Chinese, Japanese and Korean text is compared without whitespace. */
  lang?: string
  /** Section name of the page, or null. */
  section?: string | null
  articles: GoldArticle[]
  /** Figures not attached to an article. */
  figures?: GoldFigure[]
}

/** Thrown when a file is not news-gold/1. */
export class GoldError extends Error {
  constructor(reason: string) {
    super(reason)
    this.name = 'GoldError'
  }
}

/** Check parsed JSON is a truth file; returns it typed, or throws a `GoldError` that says what is wrong. */
export function asGold(value: unknown): NewsGold {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GoldError('expected a JSON object')
  }
  const gold = value as Record<string, unknown>
  if (gold.format !== GOLD_FORMAT) {
    throw new GoldError(`expected \`format: "${GOLD_FORMAT}"\`, not ${JSON.stringify(gold.format)}`)
  }
  if (typeof gold.source !== 'string' || gold.source === '') {
    throw new GoldError('expected `source`, the path of the page text relative to the truth file')
  }
  if (!Array.isArray(gold.articles)) throw new GoldError('expected an `articles` array')
  gold.articles.forEach((a, i) => {
    if (typeof a !== 'object' || a === null) throw new GoldError(`articles[${i}]: expected an object`)
  })
  return value as NewsGold
}
