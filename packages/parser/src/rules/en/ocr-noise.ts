/**
 * OCR noise: lines that are mostly symbols (`iu>Mlt.\Ki?.Mivi roi;`,
 * `^,.1 ■■ ■ ;`), or too short to hold a word, become furniture of kind
 * `noise` so they neither open nor break an article. Only whole lines are
 * taken: noisy characters inside a line of text stay in the text.
 */
import type { PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { letterCount, letterShare, tokens } from './features.js'
import { enState, mark } from './segments.js'

/** A line with fewer letters than this (and no digits that make it a folio) is noise. */
export const NOISE_MIN_LETTERS = 3
/** A line whose share of letters among its visible characters is below this is noise. */
export const NOISE_MAX_LETTER_SHARE = 0.55
/** …unless it is long: a long line with this many real words is text with noise in it. */
const NOISE_REAL_WORDS = 4
/** Words of one or two letters that a narrow column may print alone on a line. */
const SHORT_WORD =
  /^[“"‘'(]*(?:a|A|I|an|as|at|be|by|do|go|he|if|in|is|it|me|my|no|of|on|or|so|to|up|us|we)[.,;:!?”"’')]*$/
const REAL_WORD = /^[“"‘'(]*[A-Za-z][a-z]{2,}[.,;:!?”"’')]*$/

/** A line where word-like tokens hold less than this share of the visible characters is noise. */
export const NOISE_MAX_WORD_SHARE = 0.35
/** A token that looks like a word: letters in a word's case pattern, with punctuation only around them. */
const WORD_LIKE =
  /^[^A-Za-z0-9]*(?:[A-Za-z][a-z'’]+|[A-Z][A-Z'’]+|[A-Za-z])(?:-[A-Za-z][a-z]+)*[^A-Za-z0-9]*$/

/** Whether a line is OCR noise. */
export function isNoiseLine(text: string): boolean {
  const trimmed = text.trim()
  if (!trimmed) return false
  if (/^[-–—_=*.\s]+$/.test(trimmed)) return true
  const letters = letterCount(trimmed)
  if (letters < NOISE_MIN_LETTERS) return !/^\d{1,4}$/.test(trimmed) && !SHORT_WORD.test(trimmed)
  const words = tokens(trimmed)
  let visible = 0
  let wordy = 0
  for (const t of words) {
    visible += t.length
    if (WORD_LIKE.test(t) || /^[\d$.,:%-]+$/.test(t)) wordy += t.length
  }
  if (wordy / visible < NOISE_MAX_WORD_SHARE) return true
  if (letterShare(trimmed) >= NOISE_MAX_LETTER_SHARE) return false
  const realWords = words.filter((t) => REAL_WORD.test(t)).length
  return realWords < NOISE_REAL_WORDS
}

export const ocrNoise: Rule = {
  name: 'en-ocr-noise',
  description: 'Lines of symbols or stray characters become `noise` furniture.',
  run(page: PageContext) {
    for (const segment of enState(page).segments) {
      if (segment.role === 'body' && isNoiseLine(segment.text)) {
        mark(segment, 'furniture', this.name, 0.7, 'noise')
      }
    }
  },
}
