/** Small facts about a piece of English text that several rules weigh. */

import { isSpaceCode } from '../../pipeline/lines.js'
import { endTest } from '../../util/ends-with.js'

/** Whether a UTF-16 code unit is a letter of the Latin script, with accents (`[A-Za-z\u00c0-\u024f]`). */
export const isLatinLetterCode = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)
/** Whether a UTF-16 code unit is an upper-case Latin letter (`[A-Z\u00c0-\u00de]`). */
export const isLatinUpperCode = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde)

/** Sentence-final punctuation, with closing quotes and brackets that may follow it. */
export const EN_SENTENCE_END = endTest(/[.!?][”’"')\]]*$|[”"]$/, '.!?”’"\')]')

/** Words that rarely end a headline line but often end a broken body line. */
const TRAILING_FUNCTION_WORD = endTest(
  /\b(?:a|an|the|of|to|and|or|in|on|at|for|with|by|from|that|as|is|was|be|his|her|their|its|but|than)$/,
  'anefodrthysm',
)

/**
 * Counts of the last text asked about, in one pass: rules ask several of
 * these of one line in a row (`isTitleShaped` asks for letters, the letter
 * share, tokens and capitals). Plain variables, not an object: a token asked
 * about in a loop makes no garbage.
 */
let factsText: string | undefined
let factsLetters = 0
let factsUpper = 0
let factsVisible = 0
let factsTokens = 0

function countFacts(text: string): void {
  if (text === factsText) return
  let letters = 0
  let upper = 0
  let visible = 0
  let tokens = 0
  let inToken = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const space = isSpaceCode(c)
    if (!space) {
      visible++
      if (!inToken) tokens++
      // Every upper-case letter is a letter.
      if (isLatinLetterCode(c)) {
        letters++
        if (isLatinUpperCode(c)) upper++
      }
    }
    inToken = !space
  }
  factsText = text
  factsLetters = letters
  factsUpper = upper
  factsVisible = visible
  factsTokens = tokens
}

/** Count of Latin letters. */
export function letterCount(text: string): number {
  // A loop, not `text.match(/…/g)`: rules ask this of every line many times, and the match array is garbage.
  countFacts(text)
  return factsLetters
}

/** A comma, hyphen or semicolon at the end. */
const OPEN_PUNCTUATION_END = endTest(/[,\-;]$/, ',-;')

/** Count of Latin letters in `text[from, to)` (a token read in place). */
export function letterCountIn(text: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) if (isLatinLetterCode(text.charCodeAt(i))) n++
  return n
}

/** Share of upper-case letters among the letters (0 when there are none). */
export function capsShare(text: string): number {
  countFacts(text)
  return factsLetters ? factsUpper / factsLetters : 0
}

/**
 * `capsShare(text) >= share && letterCount(text) >= 2`, read only as far as it takes: the count stops at
 * a space once the characters left, were they all capitals, could no longer lift the share of capitals
 * to `share` (running text is ruled out within its first half). Counts already made of the text are
 * used as they are.
 */
export function capsShareReaches(text: string, share: number): boolean {
  if (text !== factsText) {
    let letters = 0
    let upper = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (isLatinLetterCode(c)) {
        letters++
        if (isLatinUpperCode(c)) upper++
      } else if (c === 0x20) {
        // The highest share the rest can give (every unit left a capital); rounding is monotone, so a
        // bound below `share` here is a final share below it as `capsShare` computes it.
        const left = text.length - i - 1
        if ((upper + left) / (letters + left) < share) return false
      }
    }
    return (letters ? upper / letters : 0) >= share && letters >= 2
  }
  return (factsLetters ? factsUpper / factsLetters : 0) >= share && factsLetters >= 2
}

/** Share of letters among the non-space characters. */
export function letterShare(text: string): number {
  countFacts(text)
  return factsVisible ? factsLetters / factsVisible : 0
}

/** Whitespace-separated tokens. */
export function tokens(text: string): string[] {
  return splitTokens(text)
}

/** `text.split(/\s+/).filter(Boolean)` by a scan of code units, without the expression and the empty strings. */
function splitTokens(text: string): string[] {
  const out: string[] = []
  let start = -1
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) {
      if (start >= 0) out.push(text.slice(start, i))
      start = -1
    } else if (start < 0) start = i
  }
  if (start >= 0) out.push(start === 0 ? text : text.slice(start))
  return out
}

/** Count of whitespace-separated tokens (`tokens(text).length` without building them). */
export function tokenCount(text: string): number {
  countFacts(text)
  return factsTokens
}

/**
 * Where the first whitespace-separated token at or after `from` starts (`text.length` when there is
 * none). With `tokenEnd`, tokens are read in place: `for (let s = tokenStart(t, 0); s < t.length; ) {
 * const e = tokenEnd(t, s); …; s = tokenStart(t, e) }`.
 */
export function tokenStart(text: string, from: number): number {
  while (from < text.length && isSpaceCode(text.charCodeAt(from))) from++
  return from
}

/** Where the token that starts at `from` ends. */
export function tokenEnd(text: string, from: number): number {
  while (from < text.length && !isSpaceCode(text.charCodeAt(from))) from++
  return from
}

/** `tokenCount(text) >= n`, read only up to the `n`-th token (asked of every line of a page). */
export function hasTokens(text: string, n: number): boolean {
  let tokens = 0
  let inToken = false
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i))
    if (!space && !inToken && ++tokens >= n) return true
    inToken = !space
  }
  return tokens >= n
}

/** Where the text ends without the spaces and underscores (a rule) after it: what `/[\s_]+$/` leaves. */
export function endBeforeSpaceOrRule(text: string): number {
  let end = text.length
  while (end > 0) {
    const c = text.charCodeAt(end - 1)
    if (c !== 0x5f && !isSpaceCode(c)) break
    end--
  }
  return end
}

/** Whether the text ends a sentence. */
export function endsSentence(text: string): boolean {
  return EN_SENTENCE_END.test(text)
}

/** Whether the text ends with a word that seldom ends a title (`a`, `the`, `of`…) or with a comma or hyphen. */
export function endsOpen(text: string): boolean {
  return OPEN_PUNCTUATION_END.test(text) || TRAILING_FUNCTION_WORD.test(text)
}

/** What `startsLower` reads: `/^[“"‘'(]*[a-z]/`. */
export const STARTS_LOWER = /^[“"‘'(]*[a-z]/
/** What `startsUpper` reads: `/^[“"‘'(]*[A-Z0-9]/`. */
export const STARTS_UPPER = /^[“"‘'(]*[A-Z0-9]/

/** `[“"‘'(]`: what may open a line before its first letter. */
const isOpeningMark = (c: number) => c === 0x201c || c === 0x22 || c === 0x2018 || c === 0x27 || c === 0x28

/** The first code unit after the opening marks (NaN when there is none): asked of nearly every line, by scan. */
function afterOpeningMarks(text: string): number {
  let i = 0
  while (i < text.length && isOpeningMark(text.charCodeAt(i))) i++
  return text.charCodeAt(i)
}

/** Whether the text starts with a lower-case letter (after opening quotes): `STARTS_LOWER`. */
export function startsLower(text: string): boolean {
  const c = afterOpeningMarks(text)
  return c >= 0x61 && c <= 0x7a
}

/** Whether the text starts with an upper-case letter or digit (after opening quotes): `STARTS_UPPER`. */
export function startsUpper(text: string): boolean {
  const c = afterOpeningMarks(text)
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)
}

/** Median of numbers (0 for none). */
export function median(values: readonly number[]): number {
  if (!values.length) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
