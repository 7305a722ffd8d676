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

/**
 * Character pairs of a text, punctuation and spaces left out. A pair is a
 * number (first code point × 0x110000 + second): cheaper to make and hash
 * than a two-character string, and this runs over every body.
 */
export function bigrams(text: string): Set<number> {
  const normal = text.normalize('NFKC')
  const out = new Set<number>()
  let previous = -1
  for (let i = 0; i < normal.length; i++) {
    const code = normal.codePointAt(i)!
    const wide = code > 0xffff
    if (isWordChar(code, normal, i, wide)) {
      if (previous >= 0) out.add(previous * 0x110000 + code)
      previous = code
    }
    if (wide) i++
  }
  return out
}

/** Share of the title's pairs that occur in the body (0 to 1). */
export function titleSimilarity(title: Set<number>, body: Set<number>): number {
  if (title.size === 0) return 0
  let hits = 0
  for (const g of title) if (body.has(g)) hits++
  return hits / title.size
}
