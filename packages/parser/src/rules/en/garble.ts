/**
 * How much of a line is OCR garble, token by token, from letter patterns
 * alone: case salad (`IVltAIUU`, `HOl'KS`), letter runs English never
 * prints (`VVUULU`), words of vowels only or of no vowel (`UIO`, `STRK`),
 * figures run into letters (`17I1H1`, `3lde`) and fragments of one or two
 * letters that are no word (`rl`, `tt`). A title is read at a glance, so a
 * line with much garble is no title (`In Ceir rl America. tt i`), and a line
 * in capitals that is mostly garble is noise.
 *
 * The title test asks this of nearly every short line of a page, so tokens
 * are read in place by code unit; what each step states as an expression is
 * written beside it.
 */
import { isSpaceCode } from '../../pipeline/lines.js'
import { isGarbledWordIn } from './ocr-noise.js'

/** Words of one or two letters (a lone `i` in lower case is no word: the pronoun is a capital). */
const SHORT_WORDS = new Set(
  'a A I O an as at be by do go he if in is it me my no of oh on or ox so to up us we am ah ay ye'.split(' '),
)
/**
 * `SHORT_WORDS` as a table of numbers (asked of most short tokens): 1 at a one-letter word's code unit,
 * and at a two-letter word's `c1 * 128 + c2` lower-cased.
 */
const SHORT_WORD_KEYS = new Uint8Array(128 * 128)
for (const w of SHORT_WORDS)
  SHORT_WORD_KEYS[w.length === 1 ? w.charCodeAt(0) : w.charCodeAt(0) * 128 + w.charCodeAt(1)] = 1
/** Figures with letters that belong to them: ordinals, decades, `8-HOUR`, `2D`, `44th`, `$2.50`. */
const FIGURE_WITH_LETTERS = /^[$£]?\d[\d,.]*(?:st|nd|rd|th|d|s|c|m|am|pm|[a-z]?)$|^\d[\d,.]*(?:-[A-Za-z]+)+$/i
/** A capital, then small letters, then (after an apostrophe) a capital again: `HOl'KS`. */
const SALAD_ACROSS_APOSTROPHE = /[A-Z][a-z]+['’][A-Z]{2}/

const isLower = (c: number) => c >= 0x61 && c <= 0x7a
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a
const isLetter = (c: number) => isLower(c) || isUpper(c)
const isDigit = (c: number) => c >= 0x30 && c <= 0x39
const isAlnum = (c: number) => isLetter(c) || isDigit(c)
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019
/** `[IVXLC]`: a letter of a roman numeral. */
const isNumeral = (c: number) => c === 0x49 || c === 0x56 || c === 0x58 || c === 0x4c || c === 0x43

/**
 * `/^[A-Z][A-Za-z]?\.$|^[IVXLC]{2,4}$/` on `text[from, to)`: an initial or abbreviation (`J.`, `Mo.`,
 * `St.`), or a roman numeral of a title (`II`, `XIV`).
 */
function isInitial(text: string, from: number, to: number): boolean {
  const length = to - from
  if (
    (length === 2 || length === 3) &&
    isUpper(text.charCodeAt(from)) &&
    text.charCodeAt(to - 1) === 0x2e &&
    (length === 2 || isLetter(text.charCodeAt(from + 1)))
  )
    return true
  if (length < 2 || length > 4) return false
  for (let i = from; i < to; i++) if (!isNumeral(text.charCodeAt(i))) return false
  return true
}

/** Whether one token (punctuation around it allowed) is garble. */
export function isGarbledToken(token: string): boolean {
  return isGarbledTokenIn(token, 0, token.length)
}

/** `isGarbledToken(text.slice(from, to))`, read in place. */
function isGarbledTokenIn(text: string, from: number, to: number): boolean {
  // The core: without `^[^A-Za-z0-9$£]+` before and `[^A-Za-z0-9]+$` after.
  let p = from
  while (p < to) {
    const c = text.charCodeAt(p)
    if (isAlnum(c) || c === 0x24 || c === 0xa3) break
    p++
  }
  let e = to
  while (e > p && !isAlnum(text.charCodeAt(e - 1))) e--
  if (p >= e) return false
  let letters = 0
  let digits = 0
  let runs = 0
  let apostrophe = false
  for (let i = p; i < e; i++) {
    const c = text.charCodeAt(i)
    if (isLetter(c)) {
      if (i === p || !isLetter(text.charCodeAt(i - 1))) runs++
      letters++
    } else if (isDigit(c)) digits++
    else if (isApostrophe(c)) apostrophe = true
  }
  if (letters === 0) return false
  if (digits > 0) {
    if (FIGURE_WITH_LETTERS.test(text.slice(p, e))) return false
    // A figure misread inside a word (`WU.S0N`, `HEARIN6S`) leaves a word; figures and letters mixed are garble.
    if (digits >= letters) return true
  }
  if (apostrophe && SALAD_ACROSS_APOSTROPHE.test(text.slice(p, e))) return true
  if (letters <= 2) {
    if (isShortWord(text, p, e, letters)) return false
    // The token without `[,;:)]+` at its end.
    let t = to
    while (t > from) {
      const c = text.charCodeAt(t - 1)
      if (c !== 0x2c && c !== 0x3b && c !== 0x3a && c !== 0x29) break
      t--
    }
    if (isInitial(text, from, t)) return false
    // `!/^[A-Z]\.?$/.test(core)`: the core ends in a letter or figure, so only a lone capital matches.
    return runs === 1 && !(e - p === 1 && isUpper(text.charCodeAt(p)))
  }
  // The core ends in a letter or figure, so of `INITIAL` only the roman numeral can match it.
  if (isInitial(text, p, e)) return false
  for (let i = p; i < e; ) {
    if (!isLetter(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    while (i < e && isLetter(text.charCodeAt(i))) i++
    if (i - start >= 3 && isGarbledWordIn(text, start, i)) return true
  }
  return false
}

/** Whether the letters of `text[from, to)` (one or two of them, joined) are a word of `SHORT_WORDS`. */
function isShortWord(text: string, from: number, to: number, letters: number): boolean {
  let key = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (!isLetter(c)) continue
    // One letter is looked up as printed, two lower-cased.
    key = letters === 1 ? c : key * 128 + (c | 0x20)
  }
  return SHORT_WORD_KEYS[key] === 1
}

/** Whether `text[from, to)` holds an ASCII letter. */
function hasLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLetter(text.charCodeAt(i))) return true
  return false
}

/** Share of a line's tokens with letters that are garble (0 when it has none). */
export function garbledShare(text: string): number {
  scanGarble(text)
  return scannedLettered ? scannedGarbled / scannedLettered : 0
}

/** Count of a line's tokens with letters (what `garbledShare` divides by). */
export function letteredTokenCount(text: string): number {
  scanGarble(text)
  return scannedLettered
}

/** Counts of the last line scanned: plain variables, as `garbledShare` and `letteredTokenCount` ask in turn. */
let scannedText: string | undefined
let scannedLettered = 0
let scannedGarbled = 0

/** Count the tokens of a line with letters and those of them that are garble. */
function scanGarble(text: string): void {
  if (text === scannedText) return
  let lettered = 0
  let garbled = 0
  let start = -1
  // Whether the token so far is small letters, then perhaps marks that are neither letters nor figures
  // (`word`, `word,`, `word.”`), as most words of a line are: its core (`isGarbledToken` trims such
  // marks) is its letters, so it is garble as a fragment (two letters or fewer, no short word) or as a
  // word. Where its letters end (-1 while it is letters only).
  let plain = false
  let lettersEnd = -1
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length) {
      const c = text.charCodeAt(i)
      if (!isSpaceCode(c)) {
        if (start < 0) {
          start = i
          plain = isLower(c)
          lettersEnd = -1
        } else if (plain) {
          if (lettersEnd < 0) {
            if (!isLower(c)) {
              if (isAlnum(c)) plain = false
              else lettersEnd = i
            }
          } else if (isAlnum(c)) plain = false
        }
        continue
      }
    }
    if (start < 0) continue
    if (plain) {
      lettered++
      const end = lettersEnd < 0 ? i : lettersEnd
      const length = end - start
      if (length <= 2 ? !isShortWord(text, start, end, length) : isGarbledWordIn(text, start, end)) garbled++
    } else if (hasLetter(text, start, i)) {
      lettered++
      if (isGarbledTokenIn(text, start, i)) garbled++
    }
    start = -1
  }
  scannedText = text
  scannedLettered = lettered
  scannedGarbled = garbled
}
