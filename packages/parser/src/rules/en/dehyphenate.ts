/**
 * De-hyphenation of English line ends: `Demo-` + `crats` → `Democrats`, but
 * `well-` + `known` → `well-known`. Decided from the page's own vocabulary
 * (the joined word or the hyphenated compound printed elsewhere on the
 * page), letter case (`Anglo-` + `American` keeps its hyphen) and a small
 * built-in list of first parts that make compounds. A line that ends
 * without a hyphen is joined with a space: lost hyphens are not invented.
 */
import { pageWords, type Vocabulary } from './page-words.js'

/** First parts that, before a hyphen, usually make a real compound. */
const COMPOUND_FIRST_PARTS = new Set(
  'well ill self half ex non anti vice so twenty thirty forty fifty sixty seventy eighty ninety one two three four five six seven eight nine year old mid semi multi near much best long short full part cross'.split(
    ' ',
  ),
)

/**
 * The vocabulary of `texts`, counted when first asked: about half the pages
 * never ask (no word of theirs is broken at a line end).
 */
export function lazyVocabulary(texts: () => readonly string[]): Vocabulary {
  let counts: Vocabulary | undefined
  return {
    get(word) {
      counts ??= pageWords(texts())
      return counts.get(word)
    },
  }
}

/** Whether a code unit is a letter of a word (`[A-Za-z\u00c0-\u024f]`). */
const isWordLetter = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)
const HYPHEN = 0x2d

const RIGHT_WORD = /^([A-Za-z\u00c0-\u024f]+)/
// Made once: a literal in a function body makes a new RegExp object at every call.
const CAPITAL_FIRST = /^[A-Z]/
const SMALL_LETTER = /[a-z]/
const CAPITALS_ONLY = /^[A-Z]+$/

/**
 * The word (compounds whole) right before a hyphen that ends `text`, or
 * null: what `/([A-Za-z\u00c0-\u024f]+(?:-[A-Za-z\u00c0-\u024f]+)*)-$/`
 * captures, found from the end (that expression is tried at every offset
 * of the line).
 */
function wordBeforeEndHyphen(text: string): string | null {
  const end = text.length - 1
  if (text.charCodeAt(end) !== HYPHEN) return null
  let k = end
  while (k > 0 && isWordLetter(text.charCodeAt(k - 1))) k--
  if (k === end) return null
  while (k >= 2 && text.charCodeAt(k - 1) === HYPHEN && isWordLetter(text.charCodeAt(k - 2))) {
    k--
    while (k > 0 && isWordLetter(text.charCodeAt(k - 1))) k--
  }
  return text.slice(k, end)
}

/**
 * Whether to drop the hyphen that ends `left` before `right` (the next
 * line). Returns false when `left` does not end in a letter and a hyphen.
 */
export function dropLineEndHyphen(left: string, right: string, vocabulary: Vocabulary): boolean {
  const leftWord = wordBeforeEndHyphen(left)
  const r = RIGHT_WORD.exec(right)
  if (leftWord === null || !r) return false
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
  if (CAPITAL_FIRST.test(rightWord) && SMALL_LETTER.test(rightWord)) return false
  if (CAPITALS_ONLY.test(leftWord) && CAPITALS_ONLY.test(rightWord)) return true
  if (COMPOUND_FIRST_PARTS.has(lastPart)) return false
  return true
}
