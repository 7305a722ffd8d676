/**
 * De-hyphenation of English line ends: `Demo-` + `crats` → `Democrats`, but
 * `well-` + `known` → `well-known`. Decided from the page's own vocabulary
 * (the joined word or the hyphenated compound printed elsewhere on the
 * page), letter case (`Anglo-` + `American` keeps its hyphen) and a small
 * built-in list of first parts that make compounds. A line that ends
 * without a hyphen is joined with a space: lost hyphens are not invented.
 */

/** First parts that, before a hyphen, usually make a real compound. */
const COMPOUND_FIRST_PARTS = new Set(
  'well ill self half ex non anti vice so twenty thirty forty fifty sixty seventy eighty ninety one two three four five six seven eight nine year old mid semi multi near much best long short full part cross'.split(
    ' ',
  ),
)

/** Words of a page, lower-cased, with their counts; hyphenated compounds counted whole too. */
export type Vocabulary = ReadonlyMap<string, number>

const WORD = /[A-Za-z\u00c0-\u024f]+(?:-[A-Za-z\u00c0-\u024f]+)*/g

/** Count the words of a text (compounds both whole and in parts). */
export function vocabularyOf(text: string): Vocabulary {
  const counts = new Map<string, number>()
  const add = (w: string) => counts.set(w, (counts.get(w) ?? 0) + 1)
  // A hyphen at a line end is not part of a word printed on the page.
  for (const match of text.replace(/-\s*\n/g, ' ').matchAll(WORD)) {
    const word = match[0].toLowerCase()
    add(word)
    if (word.includes('-')) for (const part of word.split('-')) add(part)
  }
  return counts
}

const LEFT_WORD = /([A-Za-z\u00c0-\u024f]+(?:-[A-Za-z\u00c0-\u024f]+)*)-$/
const RIGHT_WORD = /^([A-Za-z\u00c0-\u024f]+)/

/**
 * Whether to drop the hyphen that ends `left` before `right` (the next
 * line). Returns false when `left` does not end in a letter and a hyphen.
 */
export function dropLineEndHyphen(left: string, right: string, vocabulary: Vocabulary): boolean {
  const l = LEFT_WORD.exec(left)
  const r = RIGHT_WORD.exec(right)
  if (!l || !r) return false
  const leftWord = l[1]!
  const rightWord = r[1]!
  const lastPart = leftWord.split('-').at(-1)!.toLowerCase()
  const joined = `${leftWord}${rightWord}`.toLowerCase()
  const compound = `${leftWord}-${rightWord}`.toLowerCase()
  // The page's own vocabulary first: which form does it print elsewhere?
  const asWord = vocabulary.get(joined) ?? 0
  const asCompound = vocabulary.get(compound) ?? 0
  if (asWord > asCompound) return true
  if (asCompound > asWord) return false
  // A capital after the hyphen (`Anglo-` + `American`) or a digit is a compound.
  if (/^[A-Z]/.test(rightWord) && /[a-z]/.test(rightWord)) return false
  if (/^[A-Z]+$/.test(leftWord) && /^[A-Z]+$/.test(rightWord)) return true
  if (COMPOUND_FIRST_PARTS.has(lastPart)) return false
  return true
}
