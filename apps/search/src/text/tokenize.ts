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
import { segmentHan } from './segment.js'
import { stem } from './stem.js'

/** Token streams of one text. */
export interface Tokens {
  /** Matching stream, in text order (positions matter for phrases). */
  grams: string[]
  /** Han dictionary words of two or more characters. */
  words: string[]
}

const RUNS = /(\p{Script=Han}+)|([\p{L}\p{N}]+)/gu

/** Overlapping character pairs of a Han run, then its last character alone. */
export function hanGrams(run: string): string[] {
  const chars = Array.from(run)
  const out: string[] = []
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!)
  if (chars.length > 0) out.push(chars[chars.length - 1]!)
  return out
}

/** Tokenize any text for the index. */
export function tokenize(text: string, options: { words?: boolean } = {}): Tokens {
  const wantWords = options.words ?? true
  const grams: string[] = []
  const words: string[] = []
  for (const match of fold(text).matchAll(RUNS)) {
    const han = match[1]
    if (han) {
      for (const gram of hanGrams(han)) grams.push(gram)
      if (wantWords && han.length > 1) {
        for (const word of segmentHan(han)) if (word.length > 1) words.push(word)
      }
    } else {
      grams.push(stem(match[2]!))
    }
  }
  return { grams, words }
}

/** Tokens joined the way the stores index them. */
export function joinTokens(tokens: readonly string[]): string {
  return tokens.join(' ')
}
