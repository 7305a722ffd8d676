/** English stemming (Porter, through the `stemmer` package) for folded Latin words. */
import { stemmer } from 'stemmer'

/** Only plain a-z words are stemmed; other scripts and numbers pass through. */
const STEMMABLE = /^[a-z]+$/

/** Stem one folded word (`debates` → `debat`, same as `debate`). */
export function stem(word: string): string {
  return STEMMABLE.test(word) ? stemmer(word) : word
}
