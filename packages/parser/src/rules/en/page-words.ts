/**
 * The words of a page counted for de-hyphenation, as `vocabularyOf` counts
 * them, without cutting a string out of the page for each word: words are
 * kept as ranges of the lower-cased page in an open-addressing hash table
 * (typed arrays), compared character by character when their hashes agree.
 * A page has thousands of words and is asked about a few dozen.
 */
import type { Vocabulary } from './dehyphenate.js'

/** Whether a code unit is a letter of a word (`[A-Za-z\u00c0-\u024f]`), as `vocabularyOf` reads them. */
const isWordLetter = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)
const HYPHEN = 0x2d
/** Fewest slots of a new table (a power of two); it doubles when half full. */
const INITIAL_SLOTS = 1024
/** Characters per word assumed when a table is sized from its text. */
const WORD_CHARS = 6

/**
 * The counted words of `texts` (lines: no word runs from one into the
 * next), or null when lower-casing changes the length of the text (`İ`
 * becomes two code units): then ranges of the lower-cased text would not
 * match the words found in the text, and the caller counts with strings.
 */
export function pageWords(texts: readonly string[]): Vocabulary | null {
  // A line break is no letter: joined, no word runs across lines either.
  const text = texts.join('\n')
  const lower = text.toLowerCase()
  if (lower.length !== text.length) return null
  const table = new WordTable(lower)
  forEachWord(text, (start, end, compound) => {
    table.add(start, end)
    // A compound counts whole and by its parts.
    if (compound) {
      let from = start
      for (let k = start; k <= end; k++) {
        if (k === end || text.charCodeAt(k) === HYPHEN) {
          table.add(from, k)
          from = k + 1
        }
      }
    }
  })
  return table
}

/**
 * Call `found` with the range of each word of `text` as the vocabulary reads
 * words, `[A-Za-z\u00c0-\u024f]+(?:-[A-Za-z\u00c0-\u024f]+)*` (a hyphen
 * joins only when a letter follows it at once), and whether it is a compound.
 */
export function forEachWord(
  text: string,
  found: (start: number, end: number, compound: boolean) => void,
): void {
  let i = 0
  while (i < text.length) {
    if (!isWordLetter(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    let compound = false
    for (;;) {
      while (i < text.length && isWordLetter(text.charCodeAt(i))) i++
      if (text.charCodeAt(i) !== HYPHEN || !isWordLetter(text.charCodeAt(i + 1))) break
      compound = true
      i++
    }
    found(start, i, compound)
  }
}

/** FNV-1a over code units. */
function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h
}

/** Words as ranges of one text, with their counts. */
class WordTable implements Vocabulary {
  private hashes: Int32Array
  /** Start of the word's first occurrence in `text`; -1 for an empty slot. */
  private starts: Int32Array
  private lengths: Int32Array
  private counts: Int32Array
  private used = 0

  constructor(private readonly text: string) {
    // Sized from the text (a word and the space after it take three characters or more, and a table
    // doubles when half full), so that it seldom grows: growing places every word again.
    let slots = INITIAL_SLOTS
    while (slots * 2 < (text.length / WORD_CHARS) * 2) slots *= 2
    this.hashes = new Int32Array(slots)
    this.starts = new Int32Array(slots).fill(-1)
    this.lengths = new Int32Array(slots)
    this.counts = new Int32Array(slots)
  }

  /** Count the word `text[from, to)`. */
  add(from: number, to: number): void {
    const hash = hashOf(this.text, from, to)
    const mask = this.starts.length - 1
    const length = to - from
    let slot = hash & mask
    for (;;) {
      const start = this.starts[slot]!
      if (start < 0) break
      if (this.hashes[slot] === hash && this.lengths[slot] === length && this.sameAt(start, from, length)) {
        this.counts[slot]!++
        return
      }
      slot = (slot + 1) & mask
    }
    this.hashes[slot] = hash
    this.starts[slot] = from
    this.lengths[slot] = length
    this.counts[slot] = 1
    if (++this.used * 2 > this.starts.length) this.grow()
  }

  get(word: string): number | undefined {
    const hash = hashOf(word, 0, word.length)
    const mask = this.starts.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const start = this.starts[slot]!
      if (start < 0) return undefined
      if (this.hashes[slot] === hash && this.lengths[slot] === word.length && this.equals(start, word))
        return this.counts[slot]
    }
  }

  /** Whether `text[a, a + length)` and `text[b, b + length)` hold the same code units. */
  private sameAt(a: number, b: number, length: number): boolean {
    for (let k = 0; k < length; k++)
      if (this.text.charCodeAt(a + k) !== this.text.charCodeAt(b + k)) return false
    return true
  }

  private equals(start: number, word: string): boolean {
    for (let k = 0; k < word.length; k++)
      if (this.text.charCodeAt(start + k) !== word.charCodeAt(k)) return false
    return true
  }

  private grow(): void {
    const { hashes, starts, lengths, counts } = this
    const size = starts.length * 2
    this.hashes = new Int32Array(size)
    this.starts = new Int32Array(size).fill(-1)
    this.lengths = new Int32Array(size)
    this.counts = new Int32Array(size)
    const mask = size - 1
    for (let k = 0; k < starts.length; k++) {
      if (starts[k]! < 0) continue
      let slot = hashes[k]! & mask
      while (this.starts[slot]! >= 0) slot = (slot + 1) & mask
      this.hashes[slot] = hashes[k]!
      this.starts[slot] = starts[k]!
      this.lengths[slot] = lengths[k]!
      this.counts[slot] = counts[k]!
    }
  }
}
