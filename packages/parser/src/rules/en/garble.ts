/**
 * How much of a line is OCR garble, token by token, from letter patterns
 * alone: case salad (`IVltAIUU`, `HOl'KS`), letter runs English never
 * prints (`VVUULU`), words of vowels only or of no vowel (`UIO`, `STRK`),
 * figures run into letters (`17I1H1`, `3lde`) and fragments of one or two
 * letters that are no word (`rl`, `tt`). A title is read at a glance, so a
 * line with much garble is no title (`In Ceir rl America. tt i`), and a line
 * in capitals that is mostly garble is noise.
 */
import { tokens } from './features.js'
import { isGarbledWord } from './ocr-noise.js'

/** Words of one or two letters (a lone `i` in lower case is no word: the pronoun is a capital). */
const SHORT_WORDS = new Set(
  'a A I O an as at be by do go he if in is it me my no of oh on or ox so to up us we am ah ay ye'.split(' '),
)
/** An initial or abbreviation (`J.`, `Mo.`, `St.`), or a roman numeral of a title (`II`, `XIV`). */
const INITIAL = /^[A-Z][A-Za-z]?\.$|^[IVXLC]{2,4}$/
/** Figures with letters that belong to them: ordinals, decades, `8-HOUR`, `2D`, `44th`, `$2.50`. */
const FIGURE_WITH_LETTERS = /^[$£]?\d[\d,.]*(?:st|nd|rd|th|d|s|c|m|am|pm|[a-z]?)$|^\d[\d,.]*(?:-[A-Za-z]+)+$/i
/** A capital, then small letters, then (after an apostrophe) a capital again: `HOl'KS`. */
const SALAD_ACROSS_APOSTROPHE = /[A-Z][a-z]+['’][A-Z]{2}/

/** Whether one token (punctuation around it allowed) is garble. */
export function isGarbledToken(token: string): boolean {
  const core = token.replace(/^[^A-Za-z0-9$£]+|[^A-Za-z0-9]+$/g, '')
  if (!core || !/[A-Za-z]/.test(core)) return false
  if (/\d/.test(core)) {
    if (FIGURE_WITH_LETTERS.test(core)) return false
    // A figure misread inside a word (`WU.S0N`, `HEARIN6S`) leaves a word; figures and letters mixed are garble.
    const digits = core.match(/\d/g)!.length
    const letters = core.match(/[A-Za-z]/g)!.length
    if (digits >= letters) return true
  }
  if (SALAD_ACROSS_APOSTROPHE.test(core)) return true
  const words = core.match(/[A-Za-z]+/g) ?? []
  const letters = words.join('')
  if (letters.length <= 2) {
    if (
      SHORT_WORDS.has(letters.length === 1 ? letters : letters.toLowerCase()) ||
      INITIAL.test(token.replace(/[,;:)]+$/, ''))
    )
      return false
    return words.length === 1 && !/^[A-Z]\.?$/.test(core)
  }
  if (INITIAL.test(core)) return false
  return words.some((w) => w.length >= 3 && isGarbledWord(w))
}

/** Share of a line's tokens with letters that are garble (0 when it has none). */
export function garbledShare(text: string): number {
  let lettered = 0
  let garbled = 0
  for (const t of tokens(text)) {
    if (!/[A-Za-z]/.test(t)) continue
    lettered++
    if (isGarbledToken(t)) garbled++
  }
  return lettered ? garbled / lettered : 0
}

/** Count of a line's tokens with letters (what `garbledShare` divides by). */
export function letteredTokenCount(text: string): number {
  let n = 0
  for (const t of tokens(text)) if (/[A-Za-z]/.test(t)) n++
  return n
}
