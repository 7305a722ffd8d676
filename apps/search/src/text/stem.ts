/** English stemming (Porter, through the `stemmer` package) for folded Latin words. */
import { stemmer } from 'stemmer'

/** Only plain a-z words are stemmed; other scripts and numbers pass through. */
const STEMMABLE = /^[a-z]+$/

/**
 * Stems remembered, at most this many (then the memory starts afresh).
 * Stemming runs a chain of regular expressions per word, while a newspaper
 * archive's vocabulary is small: most words are seen again soon, when
 * indexing and when marking snippets.
 */
export const STEM_CACHE_SIZE = 50_000

const cache = new Map<string, string>()

/** Stem one folded word (`debates` → `debat`, same as `debate`). */
export function stem(word: string): string {
  const known = cache.get(word)
  if (known !== undefined) return known
  const stemmed = STEMMABLE.test(word) ? stemmer(word) : word
  if (cache.size >= STEM_CACHE_SIZE) cache.clear()
  cache.set(word, stemmed)
  return stemmed
}
