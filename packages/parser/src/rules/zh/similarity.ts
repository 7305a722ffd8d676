/**
 * How much a title says what a body says: the share of the title's
 * character pairs (bigrams of Han characters, letters and digits) found in
 * the body. Titles are short rewrites of their story, so most of their pairs
 * occur in it.
 */

const WORD_CHAR = /[\p{Script=Han}\p{L}\p{N}]/u

/** `WORD_CHAR.test(char)` for the code point at `i`, answered without the expression for ASCII and the main Han block (most of a page). */
function isWordChar(code: number, text: string, i: number, wide: boolean): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
  if (code >= 0x4e00 && code <= 0x9fff) return true
  return WORD_CHAR.test(text.slice(i, wide ? i + 2 : i + 1))
}

/** A character pair: a small integer for pairs of common characters, a string otherwise. */
export type Gram = number | string

/**
 * Code points below 0x2000 keep their value; the main Han block moves to
 * 0x2000…0x71ff; others get -1. Two of these make a pair key below 2^30, a
 * small integer that Sets hash and compare fastest.
 */
function smallCode(code: number): number {
  if (code < 0x2000) return code
  return code >= 0x4e00 && code <= 0x9fff ? code - 0x4e00 + 0x2000 : -1
}

/** How many texts `bigrams` remembers (the titles and bodies of a page or two). */
const REMEMBERED_TEXTS = 128
/** Pairs of the texts asked about last, oldest first: the rules ask about one text several times (a body in two rules, a title line alone and in its unit). */
const remembered = new Map<string, Set<Gram>>()

/**
 * Character pairs of a text, punctuation and spaces left out (this runs over
 * every body). The set may be shared with an earlier caller: do not change it.
 */
export function bigrams(text: string): Set<Gram> {
  const known = remembered.get(text)
  if (known) return known
  const grams = countBigrams(text)
  if (remembered.size >= REMEMBERED_TEXTS) remembered.delete(remembered.keys().next().value!)
  remembered.set(text, grams)
  return grams
}

function countBigrams(text: string): Set<Gram> {
  const normal = text.normalize('NFKC')
  const out = new Set<Gram>()
  let previous = -1
  for (let i = 0; i < normal.length; i++) {
    const code = normal.codePointAt(i)!
    const wide = code > 0xffff
    if (isWordChar(code, normal, i, wide)) {
      if (previous >= 0) {
        const a = smallCode(previous)
        const b = smallCode(code)
        out.add(a >= 0 && b >= 0 ? a * 0x8000 + b : String.fromCodePoint(previous, code))
      }
      previous = code
    }
    if (wide) i++
  }
  return out
}

/** Share of the title's pairs that occur in the body (0 to 1). */
export function titleSimilarity(title: Set<Gram>, body: Set<Gram>): number {
  if (title.size === 0) return 0
  let hits = 0
  for (const g of title) if (body.has(g)) hits++
  return hits / title.size
}
