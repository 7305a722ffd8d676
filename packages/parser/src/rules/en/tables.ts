/**
 * Tables of figures: market quotations (`Bethlehem Steel . . . 548`,
 * `Caaj of Park ? - 97ft 96ft 1ft`), timetables and results boxes. A line
 * of a table is dominated by figures or dot leaders; a run of such lines
 * becomes furniture of kind `table`, so figures neither make headlines
 * nor fill an article's paragraphs. Prose that quotes numbers is not a
 * table: its words outnumber its figures and it ends on a word.
 */
import { isSpaceCode } from '../../pipeline/lines.js'
import type { PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { enState, mark, type Segment } from './segments.js'

/** A run of at least this many figure lines is a table. */
export const TABLE_MIN_LINES = 3
/** Share of figure tokens a line needs (with a figure at its end) to be a line of a table. */
export const TABLE_FIGURE_SHARE = 0.3
/** Lines inside a table run that may fail the test (a name broken over two lines, an OCR-garbled figure). */
export const TABLE_MAX_GAP_LINES = 1
/** A line of a table is at most this many characters. */
export const TABLE_LINE_MAX_CHARS = 90

/** Dot leaders between a name and its figures (`Atchison . . . . . 106`, `Crucible Steel'......... 912`). */
export const DOT_LEADER = /\.\s?\.\s?\.\s?\./

/** A word of a table line holds a letter or a digit (any script). */
const LETTER_OR_DIGIT = /[\p{L}\d]/u

/** Whether a code unit is a Latin letter (`letterCount` counts these). */
const isLatinLetter = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)

/**
 * What a token of a line is, read in place (`text[from, to)`), not cut
 * out: 0 no word (no letter or digit), 1 a word, 2 a figure as OCR prints
 * it: digits with at most two letters of damage (`97ft`, `96'2`, `39'i`,
 * `$2.50`).
 */
function tokenKind(text: string, from: number, to: number): number {
  let digits = 0
  let letters = 0
  let ascii = true
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x30 && c <= 0x39) digits++
    else if (isLatinLetter(c)) letters++
    if (c >= 0x80) ascii = false
  }
  const word = digits > 0 || (letters > 0 && ascii) || (!ascii && LETTER_OR_DIGIT.test(text.slice(from, to)))
  if (!word) return 0
  return digits > 0 && letters <= 2 ? 2 : 1
}

/** An ASCII digit, searched for by the expression (most lines have none, and would be read to the end). */
const ASCII_DIGIT = /[0-9]/

/**
 * Whether a line may be a line of a table: only a figure token (an ASCII digit) or dot leaders make
 * one (most lines have neither).
 */
export function mayBeFigureLine(text: string): boolean {
  return ASCII_DIGIT.test(text) || DOT_LEADER.test(text)
}

/** Whether a line is a line of a table of figures. */
export function isFigureLine(text: string): boolean {
  if (text.length > TABLE_LINE_MAX_CHARS) return false
  // Without a digit no token is a figure: only a line of dot leaders can be one (most lines end here).
  if (!mayBeFigureLine(text)) return false
  // Counted in one pass over the tokens, read in place (this runs on every line).
  let words = 0
  let figures = 0
  let lastIsFigure = false
  let secondLastIsFigure = false
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isSpaceCode(text.charCodeAt(i))
    if (!space) {
      if (start < 0) start = i
      continue
    }
    if (start < 0) continue
    const kind = tokenKind(text, start, i)
    start = -1
    if (kind === 0) continue
    words++
    if (kind === 2) figures++
    secondLastIsFigure = lastIsFigure
    lastIsFigure = kind === 2
  }
  if (!words) return false
  const endsOnFigure = lastIsFigure || (words > 1 && secondLastIsFigure)
  if (figures === words) return true
  if (DOT_LEADER.test(text)) return endsOnFigure || figures > 0 || words <= 3
  return endsOnFigure && figures / words >= TABLE_FIGURE_SHARE
}

export const tables: Rule = {
  name: 'en-tables',
  description:
    'Runs of lines dominated by figures or dot leaders (market tables, timetables) become `table` furniture.',
  run(page: PageContext) {
    const segments = enState(page).segments
    let run: Segment[] = []
    let misses: Segment[] = []
    // Closed at nearly every line: new arrays only when the old ones were used.
    const close = () => {
      if (run.length) {
        let figureLines = 0
        for (const s of run) if (isFigureLine(s.text)) figureLines++
        if (figureLines >= TABLE_MIN_LINES)
          for (const s of run) if (s.role === 'body') mark(s, 'furniture', this.name, 0.6, 'table')
        run = []
      }
      if (misses.length) misses = []
    }
    for (const s of segments) {
      const usable = s.role === 'body' && s.start === s.line.contentStart
      if (usable && isFigureLine(s.text)) {
        // A line that failed inside the run belongs to the table after all.
        for (const m of misses) run.push(m)
        run.push(s)
        if (misses.length) misses = []
      } else if (run.length && usable && misses.length < TABLE_MAX_GAP_LINES && s.gapBefore === 0) {
        misses.push(s)
      } else close()
    }
    close()
  },
}
