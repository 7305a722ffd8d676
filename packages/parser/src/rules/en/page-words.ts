/**
 * The words of a page counted for de-hyphenation, in one pass over the
 * page: each word is hashed by its lower case as it is read, and kept as a
 * range of the page in an open-addressing hash table (typed arrays),
 * compared by lower case when hashes agree. No string is cut out of the
 * page for a word and the page is not lower-cased as a copy. A page has
 * thousands of words and is asked about a few dozen.
 *
 * A word is `[A-Za-z\u00c0-\u024f]+(?:-[A-Za-z\u00c0-\u024f]+)*` (a hyphen
 * joins only when a letter follows it at once: a hyphen at a line end is not
 * part of a word printed on the page); a compound counts whole and by its
 * parts. Words are asked for in lower case, as `toLowerCase` spells them.
 */

/** Words of a page, lower-cased, with their counts; hyphenated compounds counted whole too. */
export interface Vocabulary {
  get(word: string): number | undefined
}

/** Whether a code unit is a letter of a word (`[A-Za-z\u00c0-\u024f]`). */
const isWordLetter = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)
const HYPHEN = 0x2d
/** `İ`, the one letter whose lower case is two code units (`i` and a combining dot above). */
const DOTTED_CAPITAL_I = 0x130
const SMALL_I = 0x69
const COMBINING_DOT_ABOVE = 0x307
/**
 * The lower case of each letter of a word (and of the hyphen), by code unit, as `toLowerCase` gives it;
 * `İ` stands for itself (no other letter lower-cases to it) and is spelled out where a word is hashed or
 * compared with an asked word.
 */
const LOWER = new Uint16Array(0x250)
for (let c = 0; c < LOWER.length; c++)
  LOWER[c] = c === DOTTED_CAPITAL_I ? c : String.fromCharCode(c).toLowerCase().charCodeAt(0)

/** Fewest slots of a new table (a power of two); it doubles when half full. */
const INITIAL_SLOTS = 1024
/** Characters per word assumed when a table is sized from its text. */
const WORD_CHARS = 6

/** FNV-1a, one code unit at a time. */
const FNV_START = 0x811c9dc5
const fnv = (hash: number, unit: number) => Math.imul(hash ^ unit, 0x01000193)
/** The hash of a lower-case unit of a word as the asked word spells it (`İ` as two units). */
const fnvLower = (hash: number, lower: number) =>
  lower === DOTTED_CAPITAL_I ? fnv(fnv(hash, SMALL_I), COMBINING_DOT_ABOVE) : fnv(hash, lower)

/** The counted words of `texts` (lines: no word runs from one into the next). */
export function pageWords(texts: readonly string[]): Vocabulary {
  // A line break is no letter: joined, no word runs across lines either.
  const text = texts.join('\n')
  const table = new WordTable(text)
  const n = text.length
  let i = 0
  while (i < n) {
    let c = text.charCodeAt(i)
    if (!isWordLetter(c)) {
      i++
      continue
    }
    // A word, read once: the whole word's hash and the hash of each part between hyphens together.
    const start = i
    let whole = FNV_START
    let compound = false
    for (;;) {
      const from = i
      let part = FNV_START
      while (i < n) {
        c = text.charCodeAt(i)
        if (!isWordLetter(c)) break
        const lower = LOWER[c]!
        whole = fnvLower(whole, lower)
        part = fnvLower(part, lower)
        i++
      }
      const joins = c === HYPHEN && isWordLetter(text.charCodeAt(i + 1))
      if (joins || compound) table.add(part, from, i)
      if (!joins) break
      compound = true
      whole = fnv(whole, HYPHEN)
      i++
    }
    table.add(whole, start, i)
  }
  return table
}

/** Words as ranges of one text, with their counts. */
class WordTable implements Vocabulary {
  private hashes: Int32Array
  /** Start of the word's first occurrence in `text`; -1 for an empty slot. */
  private starts: Int32Array
  /** Length of that occurrence in code units of `text`. */
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

  /** Count the word `text[from, to)`, whose lower case hashes to `hash`. */
  add(hash: number, from: number, to: number): void {
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
    let hash = FNV_START
    for (let k = 0; k < word.length; k++) hash = fnv(hash, word.charCodeAt(k))
    const mask = this.starts.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const start = this.starts[slot]!
      if (start < 0) return undefined
      if (this.hashes[slot] === hash && this.spells(start, this.lengths[slot]!, word))
        return this.counts[slot]
    }
  }

  /**
   * Whether the words at `a` and `b` (both `length` units long) have the same lower case: unit by unit,
   * as `İ` stands for itself and its spelled-out lower case (`i` and a dot, no letter) starts no word.
   */
  private sameAt(a: number, b: number, length: number): boolean {
    for (let k = 0; k < length; k++)
      if (LOWER[this.text.charCodeAt(a + k)] !== LOWER[this.text.charCodeAt(b + k)]) return false
    return true
  }

  /** Whether the lower case of the word `text[start, start + length)` is `word`. */
  private spells(start: number, length: number, word: string): boolean {
    let j = 0
    for (let k = 0; k < length; k++) {
      const lower = LOWER[this.text.charCodeAt(start + k)]!
      if (lower === DOTTED_CAPITAL_I) {
        if (word.charCodeAt(j) !== SMALL_I || word.charCodeAt(j + 1) !== COMBINING_DOT_ABOVE) return false
        j += 2
      } else if (word.charCodeAt(j++) !== lower) return false
    }
    return j === word.length
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
