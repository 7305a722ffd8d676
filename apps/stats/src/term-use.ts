/** Counting one term (`--term`) in articles: a Chinese term anywhere, an alphabetic one as a whole word. */

const HAN = /\p{Script=Han}/u

/** A function that counts the occurrences of `term` in a text. */
export function termMatcher(term: string): (text: string) => number {
  const wanted = term.trim()
  if (!wanted) throw new TypeError('Expected a non-empty term')
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = HAN.test(wanted)
    ? new RegExp(escaped, 'gu')
    : new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu')
  return (text) => {
    let n = 0
    pattern.lastIndex = 0
    while (pattern.exec(text)) n++
    return n
  }
}
