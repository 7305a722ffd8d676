/**
 * How much a title says what a body says: the share of the title's
 * character pairs (bigrams of Han characters, letters and digits) found in
 * the body. Titles are short rewrites of their story, so most of their pairs
 * occur in it.
 */

const WORD_CHAR = /[\p{Script=Han}\p{L}\p{N}]/u

/** `WORD_CHAR.test` of each BMP code unit asked about so far: 0 not yet asked, 1 yes, 2 no. */
const WORD_CHAR_OF_UNIT = new Uint8Array(0x10000)

/** `WORD_CHAR.test(char)` for the code point at `i`, answered without the expression for ASCII and the main Han block (most of a page), and once per other BMP character. */
function isWordChar(code: number, text: string, i: number, wide: boolean): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
  if (code >= 0x4e00 && code <= 0x9fff) return true
  if (wide) return WORD_CHAR.test(text.slice(i, i + 2))
  if (WORD_CHAR_OF_UNIT[code] === 0)
    WORD_CHAR_OF_UNIT[code] = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2
  return WORD_CHAR_OF_UNIT[code] === 1
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

/**
 * The distinct character pairs of a text, in the order they first occur.
 * Pairs of common characters (every pair of a page, nearly) go to an
 * open-addressing table of integers sized from the text (with each key's
 * place in the list beside it, for `indexOf`), so counting a body's pairs
 * allocates a few arrays rather than a growing `Set`; other pairs go to a
 * `Map` of strings to their places.
 */
export class GramSet implements Iterable<Gram>, GramLookup {
  /** Pair keys (never 0: a key is at least `0x30 * 0x8000`), 0 for a free slot; null for a short text, whose few pairs are searched in `items`. */
  private readonly slots: Int32Array | null
  /** The place in `items` of the key in the same slot. */
  private readonly places: Int32Array | null
  private readonly items: Gram[] = []
  private readonly strings = new Map<string, number>()

  constructor(text: string) {
    const normal = text.normalize('NFKC')
    // A text of n code units has fewer than n pairs: the table stays at most half full. A short
    // text (a title) has no table: a small typed array costs more to make than its few pairs to search.
    let size = 8
    while (size < normal.length * 2) size *= 2
    this.slots = normal.length > SHORT_TEXT ? new Int32Array(size) : null
    this.places = normal.length > SHORT_TEXT ? new Int32Array(size) : null
    const keys = pairsOf(normal)
    for (let k = 0, next = 0; k < keys.length; k++) {
      const key = keys[k]!
      if (key >= 0) this.addKey(key)
      else this.addString(pairStrings[next++]!)
    }
  }

  get size(): number {
    return this.items.length
  }

  has(gram: Gram): boolean {
    return this.indexOf(gram) >= 0
  }

  /** Where the pair is in `list()`, or -1. */
  indexOf(gram: Gram): number {
    if (typeof gram === 'string') return this.strings.get(gram) ?? -1
    const slots = this.slots
    if (!slots) return this.items.indexOf(gram)
    const mask = slots.length - 1
    for (let slot = slotOf(gram, mask); ; slot = (slot + 1) & mask) {
      const key = slots[slot]!
      if (key === gram) return this.places![slot]!
      if (key === 0) return -1
    }
  }

  hitsOf(title: GramSet): number {
    let hits = 0
    for (const g of title.list()) if (this.has(g)) hits++
    return hits
  }

  [Symbol.iterator](): Iterator<Gram> {
    return this.items[Symbol.iterator]()
  }

  /** The pairs, in the order they first occur. */
  list(): readonly Gram[] {
    return this.items
  }

  private addKey(key: number): void {
    const slots = this.slots
    if (!slots) {
      if (!this.items.includes(key)) this.items.push(key)
      return
    }
    const mask = slots.length - 1
    let slot = slotOf(key, mask)
    for (;;) {
      const k = slots[slot]!
      if (k === key) return
      if (k === 0) break
      slot = (slot + 1) & mask
    }
    slots[slot] = key
    this.places![slot] = this.items.length
    this.items.push(key)
  }

  private addString(gram: string): void {
    if (this.strings.has(gram)) return
    this.strings.set(gram, this.items.length)
    this.items.push(gram)
  }
}

/** Scratch for the keys `pairsOf` finds, grown as needed up to `SCRATCH_MAX_LENGTH` code units of text. */
let scratchKeys = new Int32Array(1024)
/** Longer texts (a page run into one line) get keys of their own, so that the scratch stays small. */
const SCRATCH_MAX_LENGTH = 1 << 16
/** The pairs `pairsOf` found last that have no small key, in order. */
const pairStrings: string[] = []

/**
 * The character pairs of an NFKC text in order, repeats included: a small
 * integer key for a pair of common characters, -1 for the next string of
 * `pairStrings`. One walk that callers then read in a plain loop (a
 * callback per pair costs more); the keys are valid until the next call.
 */
function pairsOf(normal: string): Int32Array {
  let keys = scratchKeys
  if (keys.length < normal.length) {
    keys = new Int32Array(normal.length * 2)
    if (normal.length <= SCRATCH_MAX_LENGTH) scratchKeys = keys
  }
  pairStrings.length = 0
  let n = 0
  let previous = -1
  for (let i = 0; i < normal.length; i++) {
    const code = normal.codePointAt(i)!
    const wide = code > 0xffff
    if (isWordChar(code, normal, i, wide)) {
      if (previous >= 0) {
        const a = smallCode(previous)
        const b = smallCode(code)
        if (a >= 0 && b >= 0) keys[n++] = a * 0x8000 + b
        else {
          keys[n++] = -1
          pairStrings.push(String.fromCodePoint(previous, code))
        }
      }
      previous = code
    }
    if (wide) i++
  }
  return keys.subarray(0, n)
}

/** Texts up to this many code units keep their pairs in a list, searched one by one. */
const SHORT_TEXT = 24

/** A key's first slot in a table of `mask + 1` slots (Fibonacci hashing: neighbouring keys spread out). */
function slotOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 7) & mask
}

/** How many texts `bigrams` remembers (the titles and bodies of a page or two). */
const REMEMBERED_TEXTS = 128
/** Texts longer than this (code units) are counted afresh each time. */
const REMEMBERED_MAX_LENGTH = 16_384
/** Pairs of the texts asked about last, oldest first: the rules ask about one text several times (a body in two rules, a title line alone and in its unit). */
const remembered = new Map<string, GramSet>()

/** Character pairs of a text, punctuation and spaces left out (this runs over every body). */
export function bigrams(text: string): GramSet {
  // A very long text (a page run into one line) is not kept: its table would stay in memory.
  if (text.length > REMEMBERED_MAX_LENGTH) return new GramSet(text)
  const known = remembered.get(text)
  if (known) return known
  const grams = new GramSet(text)
  if (remembered.size >= REMEMBERED_TEXTS) remembered.delete(remembered.keys().next().value!)
  remembered.set(text, grams)
  return grams
}

/** What a title is held against: how many of the title's pairs occur in it. */
export interface GramLookup {
  has(gram: Gram): boolean
  /** How many of `title`'s pairs occur here. */
  hitsOf(title: GramSet): number
}

/**
 * A body's pairs as far as the titles of a page ask about them. A page's
 * titles hold a few hundred pairs and its bodies tens of thousands: only
 * which of the pairs in `asked` (the titles' pairs) occur is kept, a flag
 * per asked pair, and a title is held against a body by the places of its
 * pairs in `asked` (found once per title, not once per body). A pair
 * outside `asked` is answered from the body's whole set, made then, so the
 * answers are always those of `bigrams(text)`.
 */
export class AskedGrams implements GramLookup {
  private readonly present: Uint8Array

  constructor(
    private readonly text: string,
    private readonly asked: AskedPairs,
  ) {
    const present = new Uint8Array(asked.pairs.size)
    const starts = asked.starts
    const keys = pairsOf(text.normalize('NFKC'))
    for (let k = 0, next = 0; k < keys.length; k++) {
      const key = keys[k]!
      // Most of a body's pairs start with a character that starts no asked pair.
      const at =
        key >= 0
          ? starts[key >>> 15] === 0
            ? -1
            : asked.pairs.indexOf(key)
          : asked.pairs.indexOf(pairStrings[next++]!)
      if (at >= 0) present[at] = 1
    }
    this.present = present
  }

  has(gram: Gram): boolean {
    const at = this.asked.pairs.indexOf(gram)
    return at >= 0 ? this.present[at] === 1 : bigrams(this.text).has(gram)
  }

  hitsOf(title: GramSet): number {
    let hits = 0
    const places = this.asked.placesOf(title)
    const present = this.present
    for (let i = 0; i < places.length; i++) {
      const at = places[i]!
      if (at >= 0 ? present[at] === 1 : this.has(title.list()[i]!)) hits++
    }
    return hits
  }
}

/** The pairs a page's titles ask bodies about, and where each title's pairs are among them. */
export class AskedPairs {
  readonly pairs: GramSet
  private readonly places = new Map<GramSet, Int32Array>()

  /** `texts`: every text whose pairs will be asked about (more is harmless; fewer costs a fallback). */
  /** 1 for each small code (see `smallCode`) that starts an asked pair of small codes. */
  readonly starts = new Uint8Array(0x8000)

  constructor(texts: readonly string[]) {
    this.pairs = new GramSet(texts.join('\n'))
    for (const gram of this.pairs.list()) if (typeof gram === 'number') this.starts[gram >>> 15] = 1
  }

  /** The place among `pairs` of each of the title's pairs (-1 for a pair not asked about). */
  placesOf(title: GramSet): Int32Array {
    let places = this.places.get(title)
    if (!places) {
      const list = title.list()
      places = new Int32Array(list.length)
      for (let i = 0; i < list.length; i++) places[i] = this.pairs.indexOf(list[i]!)
      this.places.set(title, places)
    }
    return places
  }
}

/** Share of the title's pairs that occur in the body (0 to 1). */
export function titleSimilarity(title: GramSet, body: GramLookup): number {
  return title.size === 0 ? 0 : body.hitsOf(title) / title.size
}
