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
  const key = input.headline
    ? normaliseForId(input.headline)
    : normaliseForId(input.body ?? '').slice(0, ID_BODY_PREFIX)
  return hash53([input.publication ?? '', input.date ?? '', input.page ?? '', key].join('\u0000'))
}
