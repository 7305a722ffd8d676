/**
 * How much a title says what a body says: the share of the title's
 * character pairs (bigrams of Han characters, letters and digits) found in
 * the body. Titles are short rewrites of their story, so most of their pairs
 * occur in it.
 */

const WORD_CHAR = /[\p{Script=Han}\p{L}\p{N}]/u

/** `WORD_CHAR.test(c)`, answered without the expression for ASCII and the main Han block (most of a page). */
function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0)
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
  if (code >= 0x4e00 && code <= 0x9fff) return true
  return WORD_CHAR.test(c)
}

/** Character pairs of a text, punctuation and spaces left out. */
export function bigrams(text: string): Set<string> {
  const chars: string[] = []
  for (const c of text.normalize('NFKC')) if (isWordChar(c)) chars.push(c)
  const out = new Set<string>()
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!)
  return out
}

/** Share of the title's pairs that occur in the body (0 to 1). */
export function titleSimilarity(title: Set<string>, body: Set<string>): number {
  if (title.size === 0) return 0
  let hits = 0
  for (const g of title) if (body.has(g)) hits++
  return hits / title.size
}

/**
 * `titleSimilarity(title, body)` against many bodies at once: returns a
 * function giving, for a title, its similarity to each body in order. Looks
 * up each of the title's pairs once instead of once per body.
 */
export function similarityIndex(bodies: readonly Set<string>[]): (title: Set<string>) => Float64Array {
  const holders = new Map<string, number[]>()
  bodies.forEach((body, k) => {
    for (const g of body) {
      const list = holders.get(g)
      if (list) list.push(k)
      else holders.set(g, [k])
    }
  })
  return (title) => {
    const hits = new Float64Array(bodies.length)
    if (title.size === 0) return hits
    for (const g of title) for (const k of holders.get(g) ?? []) hits[k] = hits[k]! + 1
    for (let k = 0; k < hits.length; k++) hits[k] = hits[k]! / title.size
    return hits
  }
}
