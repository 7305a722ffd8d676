/**
 * Whether a token looks like a word: letters in a word's case pattern, with
 * punctuation only around them. The noise test asks this of every token of
 * every line, so it is answered by a scan rather than by `WORD_LIKE`, which
 * states it and which the tests hold the scan to.
 */

/** The definition: what `isWordLike` answers. */
export const WORD_LIKE =
  /^[^A-Za-z0-9]*(?:[A-Za-z][a-z'’]+|[A-Z][A-Z'’]+|[A-Za-z])(?:-[A-Za-z][a-z]+)*[^A-Za-z0-9]*$/

const isLower = (c: number) => c >= 0x61 && c <= 0x7a
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a
const isLetter = (c: number) => isLower(c) || isUpper(c)
const isAlnum = (c: number) => isLetter(c) || (c >= 0x30 && c <= 0x39)
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019
const HYPHEN = 0x2d

/**
 * `WORD_LIKE.test(token.slice(from, to))`, read in place. What lies before the first ASCII letter or digit
 * and after the last one is the punctuation around the word (trailing
 * apostrophes may go either way); between them must be a core (a letter,
 * then lower-case letters and apostrophes, or capitals and apostrophes) up
 * to the first hyphen, then hyphen groups (a letter, then lower-case
 * letters).
 */
export function isWordLike(token: string, from = 0, to = token.length): boolean {
  let p = from
  while (p < to && !isAlnum(token.charCodeAt(p))) p++
  if (p === to || !isLetter(token.charCodeAt(p))) return false
  let e = to
  while (!isAlnum(token.charCodeAt(e - 1))) e--
  let h = p + 1
  while (h < e && token.charCodeAt(h) !== HYPHEN) h++
  if (h - p > 1) {
    let lowerTail = true
    let upperTail = isUpper(token.charCodeAt(p))
    for (let i = p + 1; i < h && (lowerTail || upperTail); i++) {
      const c = token.charCodeAt(i)
      lowerTail &&= isLower(c) || isApostrophe(c)
      upperTail &&= isUpper(c) || isApostrophe(c)
    }
    if (!lowerTail && !upperTail) return false
  }
  for (let i = h; i < e; ) {
    // token[i] is a hyphen: a letter and at least one lower-case letter follow, up to the next hyphen or the end.
    i++
    if (i >= e || !isLetter(token.charCodeAt(i))) return false
    const start = ++i
    while (i < e && isLower(token.charCodeAt(i))) i++
    if (i === start || (i < e && token.charCodeAt(i) !== HYPHEN)) return false
  }
  return true
}
