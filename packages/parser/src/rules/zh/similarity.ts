/**
 * How much a title says what a body says: the share of the title's
 * character pairs (bigrams of Han characters, letters and digits) found in
 * the body. Titles are short rewrites of their story, so most of their pairs
 * occur in it.
 */

const WORD_CHAR = /[\p{Script=Han}\p{L}\p{N}]/u

/** Character pairs of a text, punctuation and spaces left out. */
export function bigrams(text: string): Set<string> {
  const chars = Array.from(text.normalize('NFKC')).filter((c) => WORD_CHAR.test(c))
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
