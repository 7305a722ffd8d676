/**
 * OCR noise: lines that are mostly symbols (`iu>Mlt.\Ki?.Mivi roi;`,
 * `^,.1 ■■ ■ ;`), mostly fragments of one or two letters that are no
 * word (`na o a H rN nn muu n nu`), lines in capitals that are mostly garble
 * (`IVltAIUU VVUULU UIO IHIL`), or too short to hold a word, become furniture of kind
 * `noise` so they neither open nor break an article. Only whole lines are
 * taken: noisy characters inside a line of text stay in the text.
 */
import { isSpaceCode } from '../../pipeline/lines.js'
import type { PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { parseDateline } from './datelines.js'
import {
  capsShare,
  isLatinLetterCode,
  isLatinUpperCode,
  letterCount,
  letterCountIn,
  tokenEnd,
  tokenStart,
  tokens,
} from './features.js'
import { enState, mark, splitSegment } from './segments.js'
import { isWordLike } from './word-like.js'

/** A line with fewer letters than this (and no digits that make it a folio) is noise. */
export const NOISE_MIN_LETTERS = 3
/** A line whose share of letters among its visible characters is below this is noise. */
export const NOISE_MAX_LETTER_SHARE = 0.55
/** …unless it is long: a long line with this many real words is text with noise in it. */
const NOISE_REAL_WORDS = 4
/** Words of one or two letters that a narrow column may print alone on a line. */
/** (`isShortWordIn` reads it in place, lower-cased.) */
export const SHORT_WORD =
  /^[“"‘'(]*(?:a|A|I|an|as|at|be|by|do|go|he|if|in|is|it|me|my|no|of|on|or|so|to|up|us|we)[.,;:!?”"’')]*$/
/** A real word (`isRealWordIn` reads it in place). */
export const REAL_WORD = /^[“"‘'(]*[A-Za-z][a-z]{2,}[.,;:!?”"’')]*$/

/** A line where word-like tokens hold less than this share of the visible characters is noise. */
export const NOISE_MAX_WORD_SHARE = 0.35
/** A line whose letter tokens are mostly fragments of one or two letters that are no word is noise (`na o a H rN nn muu n nu`). */
export const NOISE_MIN_FRAGMENT_SHARE = 0.6
/** …when it has at least this many letter tokens. */
const FRAGMENT_MIN_TOKENS = 4
/** An abbreviation or initial (`J.`, `Mo.`, `St.`): a word, not a fragment. */
export const ABBREVIATION = /^[“"‘'(]*[A-Z][a-z]?\.[,;:)]*$/

/** Share of a line's letter tokens that are fragments: one or two letters, no word, no initial. */
export function fragmentShare(text: string): { share: number; count: number } {
  return fragmentShareOf(tokens(text))
}

/** `fragmentShare` of a line's tokens. */
function fragmentShareOf(words: readonly string[]): { share: number; count: number } {
  // Counted, not filtered into arrays: this runs on every line.
  let lettered = 0
  let fragments = 0
  for (const t of words) {
    const letters = letterCount(t)
    if (letters === 0) continue
    lettered++
    if (letters <= 2 && isFragment(t)) fragments++
  }
  return { share: lettered ? fragments / lettered : 0, count: lettered }
}

/** Whether a token of one or two letters is a fragment: no short word, no initial, no figure. */
function isFragment(token: string): boolean {
  return isFragmentIn(token, 0, token.length)
}

/** `isFragment(text.slice(from, to))`, read in place (asked of every short token of every line). */
function isFragmentIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isDigitCode(text.charCodeAt(i))) return false
  return !isShortWordIn(text, from, to) && !isAbbreviationIn(text, from, to)
}

const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39
/** `[“"‘'(]`: what may open a word. */
const isOpeningCode = (c: number) => c === 0x201c || c === 0x22 || c === 0x2018 || c === 0x27 || c === 0x28
/** `[.,;:!?”"’')]`: what may close a word. */
const isClosingCode = (c: number) =>
  c === 0x2e ||
  c === 0x2c ||
  c === 0x3b ||
  c === 0x3a ||
  c === 0x21 ||
  c === 0x3f ||
  c === 0x201d ||
  c === 0x22 ||
  c === 0x2019 ||
  c === 0x27 ||
  c === 0x29
/** The two-letter words of `SHORT_WORD`: 1 at `c1 * 128 + c2` (a table, not a `Set`: asked of most short tokens). */
const SHORT_PAIRS = new Uint8Array(128 * 128)
for (const w of 'an as at be by do go he if in is it me my no of on or so to up us we'.split(' '))
  SHORT_PAIRS[w.charCodeAt(0) * 128 + w.charCodeAt(1)] = 1

/**
 * `SHORT_WORD.test(text.slice(from, to).toLowerCase())`: opening marks, a short word, closing marks. Its
 * letters are the run from the first ASCII letter on (lower-casing makes no ASCII letter of another
 * character that could stand in a short word); lower-cased, `A` and `I` of the list are no longer there.
 */
function isShortWordIn(text: string, from: number, to: number): boolean {
  let p = from
  while (p < to && isOpeningCode(text.charCodeAt(p))) p++
  let q = p
  while (q < to && isAsciiLetterCode(text.charCodeAt(q))) q++
  const length = q - p
  if (length === 0 || length > 2) return false
  const first = text.charCodeAt(p) | 0x20
  if (length === 1 ? first !== 0x61 : SHORT_PAIRS[first * 128 + (text.charCodeAt(p + 1) | 0x20)] !== 1)
    return false
  while (q < to && isClosingCode(text.charCodeAt(q))) q++
  return q === to
}

/** `ABBREVIATION.test(text.slice(from, to))`: opening marks, a capital, maybe a small letter, a period, `[,;:)]*`. */
function isAbbreviationIn(text: string, from: number, to: number): boolean {
  let p = from
  while (p < to && isOpeningCode(text.charCodeAt(p))) p++
  if (p >= to || !isUpperCode(text.charCodeAt(p))) return false
  p++
  if (p < to && isLowerCode(text.charCodeAt(p))) p++
  if (p >= to || text.charCodeAt(p) !== 0x2e) return false
  p++
  for (; p < to; p++) {
    const c = text.charCodeAt(p)
    if (c !== 0x2c && c !== 0x3b && c !== 0x3a && c !== 0x29) return false
  }
  return true
}

/** `REAL_WORD.test(text.slice(from, to))`: opening marks, a letter and two small letters or more, closing marks. */
function isRealWordIn(text: string, from: number, to: number): boolean {
  let p = from
  while (p < to && isOpeningCode(text.charCodeAt(p))) p++
  if (p >= to || !isAsciiLetterCode(text.charCodeAt(p))) return false
  let q = p + 1
  while (q < to && isLowerCode(text.charCodeAt(q))) q++
  if (q - p - 1 < 2) return false
  while (q < to && isClosingCode(text.charCodeAt(q))) q++
  return q === to
}

/** A line in capitals this much (share of letters) is a title or label, where OCR garble shows most. */
export const GARBLED_CAPS_SHARE = 0.6
/** A line in capitals is garbled when more than this share of its words of three letters or more are. */
export const GARBLED_WORD_SHARE = 0.5
// The definitions `isGarbledWordIn` reads by code unit (the tests hold the scan to them).
/** Letters English never doubles (or triples): OCR reads `W` as `VV`, `N` as `IV`/`il`. */
export const IMPOSSIBLE_RUN = /vv|uu|ii|jj|qq|xx|hh|ww|yy|kk|aaa|eee|ooo/
/** A word in capitals with a small letter before a capital inside it (`IVltAIUU`, `BOARtTwiLL`), not `McDONALD`. */
export const CASE_SALAD = /[a-z][A-Z]/
/** Names with a capital inside (`McDONALD`, `O'Brien` read as `OBrien`): no salad. */
export const NAME_PREFIX = /^(?:Mc|Mac|O)[A-Z]/

/** Share of vowels above which a word of three letters or more is garble (`UIO`): English words mix vowels and consonants. */
export const GARBLED_VOWEL_SHARE = 0.8

/**
 * Whether a word of ASCII letters is OCR garble: case salad, no vowel in four letters or more, (nearly)
 * nothing but vowels, or a letter run English never prints.
 */
export function isGarbledWord(word: string): boolean {
  return isGarbledWordIn(word, 0, word.length)
}

const isLowerCode = (c: number) => c >= 0x61 && c <= 0x7a
const isUpperCode = (c: number) => c >= 0x41 && c <= 0x5a
/** `[aeiou]`, as a bit of `LETTER_CLASS`. */
const VOWEL = 1
/** Letters English never doubles (`IMPOSSIBLE_RUN`): v u i j q x h w y k. */
const NEVER_DOUBLED = 2
/** …and never triples: a e o. */
const NEVER_TRIPLED = 4
/**
 * What each lower-cased ASCII letter is, as bits (a table, not sets: asked of every letter of every
 * longer word; a unit past its end reads `undefined`, no bit).
 */
const LETTER_CLASS = new Uint8Array(128)
for (const [letters, bit] of [
  ['aeiou', VOWEL],
  ['vuijqxhwyk', NEVER_DOUBLED],
  ['aeo', NEVER_TRIPLED],
] as const)
  for (let k = 0; k < letters.length; k++) LETTER_CLASS[letters.charCodeAt(k)]! |= bit

/** `NAME_PREFIX` on `text[from, to)`: `Mc`, `Mac` or `O` before a capital. */
function hasNamePrefix(text: string, from: number, to: number): boolean {
  // Not a closure over the word: a function that makes one allocates its context on every call.
  const c1 = from + 1 < to ? text.charCodeAt(from + 1) : 0
  const c2 = from + 2 < to ? text.charCodeAt(from + 2) : 0
  switch (text.charCodeAt(from)) {
    case 0x4f:
      return isUpperCode(c1)
    case 0x4d:
      if (c1 === 0x63) return isUpperCode(c2)
      return c1 === 0x61 && c2 === 0x63 && from + 3 < to && isUpperCode(text.charCodeAt(from + 3))
    default:
      return false
  }
}

/**
 * `isGarbledWord(text.slice(from, to))` for a word of ASCII letters (`[A-Za-z]+`), read in place: the title
 * test asks it of every longer word of nearly every short line.
 */
export function isGarbledWordIn(text: string, from: number, to: number): boolean {
  const length = to - from
  // One pass: `CASE_SALAD` (a small letter before a capital), vowels, and runs English never prints.
  let salad = false
  let vowels = 0
  let y = false
  let previous = 0
  let run = 0
  let impossibleRun = false
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (!salad && i > from && isUpperCode(code) && isLowerCode(text.charCodeAt(i - 1))) salad = true
    const c = code | 0x20
    const letterClass = LETTER_CLASS[c]!
    if (letterClass & VOWEL) vowels++
    else if (c === 0x79) y = true
    run = c === previous ? run + 1 : 1
    previous = c
    if ((run === 2 && letterClass & NEVER_DOUBLED) || (run === 3 && letterClass & NEVER_TRIPLED))
      impossibleRun = true
  }
  // Salad is garble unless `NAME_PREFIX` (`Mc`, `Mac`, `O` before a capital).
  if (salad && !hasNamePrefix(text, from, to)) return true
  if (length >= 4 && vowels === 0 && !y) return true
  if (length >= 3 && vowels / length > GARBLED_VOWEL_SHARE) return true
  return impossibleRun
}

/** A line of at least this many tokens with no word of four letters or more… */
export const SPECKLED_MIN_TOKENS = 4
/** …where at least this share of the tokens hold one letter or none is specks (`I 1 1 I I WEA`, `M CO 7- OA`). */
export const SPECKLED_MIN_SHARE = 0.5

/**
 * Whether a line in capitals is mostly garble (`IVltAIUU VVUULU UIO IHIL`)
 * or specks with no word in them (`M CO 7- OA`): no headline, noise.
 */
export function isGarbledCapsLine(text: string): boolean {
  return isGarbledCapsLineOf(text, capsShare(text))
}

/** `isGarbledCapsLine` of a line whose share of capitals (`capsShare`) is known. */
function isGarbledCapsLineOf(text: string, caps: number): boolean {
  if (caps < GARBLED_CAPS_SHARE) return false
  // The runs of letters (`[A-Za-z]+`), read in place: how many have three letters or more, how many of
  // those are garble, and whether one has four or more.
  let words = 0
  let garbled = 0
  let long = false
  for (let i = 0; i < text.length; ) {
    if (!isAsciiLetterCode(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    while (i < text.length && isAsciiLetterCode(text.charCodeAt(i))) i++
    if (i - start < 3) continue
    words++
    if (i - start >= 4) long = true
    if (isGarbledWordIn(text, start, i)) garbled++
  }
  if (words && garbled / words > GARBLED_WORD_SHARE) return true
  if (long) return false
  let parts = 0
  let specks = 0
  for (let start = tokenStart(text, 0); start < text.length; ) {
    const end = tokenEnd(text, start)
    parts++
    // Initials (`U. S. TO ACT`) are words.
    if (letterCountIn(text, start, end) <= 1 && !isAbbreviationIn(text, start, end)) specks++
    start = tokenStart(text, end)
  }
  if (parts < SPECKLED_MIN_TOKENS) return false
  return specks / parts >= SPECKLED_MIN_SHARE
}

const isAsciiLetterCode = (c: number) => isLowerCode(c) || isUpperCode(c)

/** Where the noise test is in a token of the shape it reads without `isWordLike` (see there). */
const BEFORE_LETTERS = 0
const IN_LETTERS = 1
const AFTER_LETTERS = 2
const NOT_PLAIN = 3

/** A rule of dashes, underscores, stars or dots. */
export const RULE_LINE = /^[-–—_=*.\s]+$/
/** Whether a code unit opens `RULE_LINE` (most lines open with a letter, and are not tried). */
export const opensRule = (c: number) =>
  c === 0x2d ||
  c === 0x2013 ||
  c === 0x2014 ||
  c === 0x5f ||
  c === 0x3d ||
  c === 0x2a ||
  c === 0x2e ||
  isSpaceCode(c)
/** Figures that make a short line a folio, not noise. */
const FOLIO_NUMBER = /^\d{1,4}$/

/** Whether a line is OCR noise. */
export function isNoiseLine(text: string): boolean {
  const trimmed = text.trim()
  if (!trimmed) return false
  if (opensRule(trimmed.charCodeAt(0)) && RULE_LINE.test(trimmed)) return true
  // Tokens read in place, with the letters and capitals (as `letterCount` and `capsShare` count them),
  // the word share and the fragment share in one pass (this runs on every line); nothing is cut out.
  let letters = 0
  let upper = 0
  let visible = 0
  let wordy = 0
  let lettered = 0
  let fragments = 0
  let start = -1
  // Latin letters of the token so far (`letterCountIn`), counted on the way; and its shape, for a
  // token that is one run of ASCII letters with other marks (no figures) before or after it only
  // (`word,`, `“Word`, `WORD.`): with all but its first letter small, or all capitals, such a token is
  // word-like without asking `isWordLike`, and most tokens of a line are such.
  let tokenLetters = 0
  let shape = BEFORE_LETTERS
  let restLower = true
  let restUpper = true
  for (let i = 0; i <= trimmed.length; i++) {
    if (i < trimmed.length) {
      const c = trimmed.charCodeAt(i)
      if (c >= 0x61 && c <= 0x7a) {
        // A small ASCII letter, most units of a line: the steps below for it alone.
        if (start < 0) {
          start = i
          tokenLetters = 0
          shape = BEFORE_LETTERS
        }
        if (shape === BEFORE_LETTERS) {
          shape = IN_LETTERS
          restLower = true
          restUpper = false
        } else if (shape === IN_LETTERS) restUpper = false
        else shape = NOT_PLAIN
        tokenLetters++
        continue
      }
      if (!isSpaceCode(c)) {
        if (start < 0) {
          start = i
          tokenLetters = 0
          shape = BEFORE_LETTERS
        }
        if (isAsciiLetterCode(c)) {
          if (shape === BEFORE_LETTERS) {
            shape = IN_LETTERS
            restLower = true
            // `WORD` needs its first letter in capitals too (`aS` is no word).
            restUpper = isUpperCode(c)
          } else if (shape === IN_LETTERS) {
            if (isLowerCode(c)) restUpper = false
            else restLower = false
          } else shape = NOT_PLAIN
        } else if (isDigitCode(c)) shape = NOT_PLAIN
        else if (shape === IN_LETTERS) shape = AFTER_LETTERS
        if (isLatinLetterCode(c)) {
          tokenLetters++
          if (isLatinUpperCode(c)) upper++
        }
        continue
      }
    }
    if (start < 0) continue
    const from = start
    start = -1
    visible += i - from
    letters += tokenLetters
    if (
      ((shape === IN_LETTERS || shape === AFTER_LETTERS) && (restLower || restUpper)) ||
      isWordLike(trimmed, from, i) ||
      isFigureToken(trimmed, from, i)
    )
      wordy += i - from
    if (tokenLetters === 0) continue
    lettered++
    if (tokenLetters <= 2 && isFragmentIn(trimmed, from, i)) fragments++
  }
  if (letters < NOISE_MIN_LETTERS) return !FOLIO_NUMBER.test(trimmed) && !SHORT_WORD.test(trimmed)
  if (wordy / visible < NOISE_MAX_WORD_SHARE) return true
  if (isGarbledCapsLineOf(trimmed, upper / letters)) return true
  const share = lettered ? fragments / lettered : 0
  if (lettered >= FRAGMENT_MIN_TOKENS && share >= NOISE_MIN_FRAGMENT_SHARE) return true
  if (letters / visible >= NOISE_MAX_LETTER_SHARE) return false
  let realWords = 0
  for (let from = tokenStart(trimmed, 0); from < trimmed.length; ) {
    const to = tokenEnd(trimmed, from)
    if (isRealWordIn(trimmed, from, to) && ++realWords >= NOISE_REAL_WORDS) return false
    from = tokenStart(trimmed, to)
  }
  return true
}

/** Whether `text[from, to)` is a figure (`/^[\d$.,:%-]+$/`): digits, money and number signs only. */
function isFigureToken(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (
      !(
        (c >= 0x30 && c <= 0x39) ||
        c === 0x24 ||
        c === 0x2e ||
        c === 0x2c ||
        c === 0x3a ||
        c === 0x25 ||
        c === 0x2d
      )
    )
      return false
  }
  return to > from
}

/** A stray mark the OCR put before a dateline (`? KIMBERLEY, Feb. 28.—`, `•LONDON, March 1.—`, `4- WASHINGTON…`). */
const MARK_BEFORE_DATELINE = /^(?:[?•¦·*]|\d?[-–—])\s?(?=[A-Z])/

/** Whether a line opens as `MARK_BEFORE_DATELINE` may (a mark, a dash or a figure): most lines do not. */
function opensWithMark(text: string): boolean {
  const c = text.charCodeAt(0)
  return (
    c === 0x3f ||
    c === 0x2022 ||
    c === 0xa6 ||
    c === 0xb7 ||
    c === 0x2a ||
    c === 0x2d ||
    c === 0x2013 ||
    c === 0x2014 ||
    isDigitCode(c)
  )
}

export const ocrNoise: Rule = {
  name: 'en-ocr-noise',
  description:
    'Lines of symbols or stray characters, and stray marks before a dateline, become `noise` furniture.',
  run(page: PageContext) {
    const state = enState(page)
    for (const segment of [...state.segments]) {
      if (segment.role !== 'body') continue
      if (isNoiseLine(segment.text)) {
        mark(segment, 'furniture', this.name, 0.7, 'noise')
        continue
      }
      const stray = opensWithMark(segment.text) ? MARK_BEFORE_DATELINE.exec(segment.text)?.[0] : undefined
      if (!stray || segment.start !== segment.line.contentStart) continue
      if (!parseDateline(segment.text.slice(stray.length))) continue
      const [head] = splitSegment(state, segment, stray.length)
      if (head) mark(head, 'furniture', this.name, 0.6, 'noise')
    }
  },
}
