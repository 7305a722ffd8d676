/**
 * Stable article ids: a hash of publication, date, page and the normalised
 * headline (or, without one, the first 32 characters of the body), so that
 * an id survives parser changes that touch other text. Feeds use it as guid.
 */
import { hash53 } from '../util/hash.js'

/** Length of the body prefix hashed when an article has no headline. */
export const ID_BODY_PREFIX = 32

/** Normalise text for hashing: NFKC, no whitespace, lower case. */
export function normaliseForId(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase()
}

export interface ArticleIdInput {
  publication?: string | null | undefined
  date?: string | null | undefined
  page?: number | null | undefined
  headline?: string | null | undefined
  body?: string | null | undefined
}

/** The stable id of an article. */
export function articleId(input: ArticleIdInput): string {
  const key = input.headline ? normaliseForId(input.headline) : bodyKey(input.body ?? '')
  return hash53([input.publication ?? '', input.date ?? '', input.page ?? '', key].join('\u0000'))
}

/** Characters of the body normalised at first: whitespace and NFKC rarely shrink 256 to under 32. */
const BODY_SAMPLE = 256

/**
 * The first `ID_BODY_PREFIX` normalised characters of a body, normalising
 * a growing prefix rather than the whole body (a body can be megabytes).
 * Normalisation is local, so the prefix gives the same characters.
 */
function bodyKey(body: string): string {
  for (let n = BODY_SAMPLE; ; n *= 4) {
    const key = normaliseForId(body.slice(0, n))
    // Keep a margin: the last characters of a cut prefix may normalise differently.
    if (key.length > ID_BODY_PREFIX + 8 || n >= body.length) return key.slice(0, ID_BODY_PREFIX)
  }
}
