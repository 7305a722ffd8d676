/**
 * The tokens an article is indexed with. Every store indexes these same
 * pre-split tokens (SQLite FTS5 with `unicode61` over space-joined tokens;
 * a PostgreSQL store with `tsvector` over the same strings), so matching
 * is identical whatever the store.
 *
 * Two streams per text:
 * - `grams`: the matching stream. Latin words folded and stemmed; each Han
 *   run as overlapping character pairs plus its last character alone
 *   (`李明华` → `李明 明华 华`), so any one- or two-character word, and any
 *   name the segmenter splits, is found as a phrase of pairs.
 * - `words`: dictionary words of two or more Han characters from
 *   `Intl.Segmenter`, used to rank a real word above a chance pair that
 *   straddles two words.
 */
import { fold } from './fold.js'
import { segmentHanRuns } from './segment.js'
import { stem } from './stem.js'

/** Token streams of one text. */
export interface Tokens {
  /** Matching stream, in text order (positions matter for phrases). */
  grams: string[]
  /** Han dictionary words of two or more characters. */
  words: string[]
}

const RUNS = /(\p{Script=Han}+)|([\p{L}\p{N}]+)/gu
/** Han characters outside the BMP (extensions B and later) take two UTF-16 units. */
const HAS_SURROGATES = /[\uD800-\uDFFF]/

/** Overlapping character pairs of a Han run, then its last character alone (added to `out`). */
export function hanGrams(run: string, out: string[] = []): string[] {
  const chars = HAS_SURROGATES.test(run) ? Array.from(run) : run
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!)
  if (chars.length > 0) out.push(chars[chars.length - 1]!)
  return out
}

/** Tokenize any text for the index. */
export function tokenize(text: string, options: { words?: boolean } = {}): Tokens {
  const wantWords = options.words ?? true
  const grams: string[] = []
  const runs: string[] = []
  for (const match of fold(text).matchAll(RUNS)) {
    const han = match[1]
    if (han) {
      hanGrams(han, grams)
      if (wantWords && han.length > 1) runs.push(han)
    } else {
      grams.push(stem(match[2]!))
    }
  }
  // One segmenter pass over all the runs of the text (see `segmentHanRuns`).
  const words = runs.length > 0 ? segmentHanRuns(runs).filter((word) => word.length > 1) : []
  return { grams, words }
}

/** Tokens joined the way the stores index them. */
export function joinTokens(tokens: readonly string[]): string {
  return tokens.join(' ')
}
