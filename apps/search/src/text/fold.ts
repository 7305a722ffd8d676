/**
 * Character folding shared by indexing, querying and highlighting: NFKC
 * (full-width and half-width forms, Kangxi radicals), lower case, Latin
 * diacritics removed, and Traditional Chinese folded to Simplified, so
 * `晶報` and `晶报`, `Ｃａｆé` and `cafe` are the same to the index.
 *
 * Folding is done one code point at a time so that every folded character
 * can be traced back to its place in the original text (snippets need
 * that). Phrase-level conversion would be more faithful as prose, but
 * search only needs both sides folded the same way.
 */
import { Converter } from 'opencc-js'

const toSimplified = Converter({ from: 't', to: 'cn' })

/** Combining marks left after canonical decomposition (diacritics). */
const COMBINING_MARKS = /\p{Mn}/gu

const cache = new Map<string, string>()

/** Fold one code point (a string of one or two UTF-16 units). */
export function foldChar(char: string): string {
  const cached = cache.get(char)
  if (cached !== undefined) return cached
  const compat = char.normalize('NFKC').toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '')
  const folded: string = /\p{Script=Han}/u.test(compat) ? toSimplified(compat) : compat
  cache.set(char, folded)
  return folded
}

/** Folded text and, for each folded UTF-16 unit, its offset in the original. */
export interface Folded {
  text: string
  /** `offsets[i]` is where folded unit `i` came from; one extra entry marks the end. */
  offsets: number[]
}

/** Fold text, keeping the way back to the original offsets. */
export function foldWithOffsets(text: string): Folded {
  let out = ''
  const offsets: number[] = []
  let index = 0
  for (const char of text) {
    const folded = foldChar(char)
    for (let i = 0; i < folded.length; i++) offsets.push(index)
    out += folded
    index += char.length
  }
  offsets.push(index)
  return { text: out, offsets }
}

/** Fold text (no offsets). */
export function fold(text: string): string {
  let out = ''
  for (const char of text) out += foldChar(char)
  return out
}
