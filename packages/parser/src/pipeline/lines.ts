/**
 * Stage 1: split the input into pages (a form feed starts a new page) and
 * lines (LF, CRLF or CR), keeping the source offset of everything.
 */
import { displayWidth } from '../util/width.js'
import { repairCharacters } from './characters.js'
import type { Line } from './model.js'

/** A page's range in the input and its lines. */
export interface PageSlice {
  start: number
  end: number
  lines: Line[]
  /** The whole input, characters repaired: each line's `text` is `repaired.slice(line.start, line.end)`. */
  repaired: string
}

/**
 * Whether a UTF-16 code unit is whitespace (`\s` of JavaScript regular
 * expressions, which includes U+3000). A loop rather than `/\s*$/`: that
 * expression is tried at every offset and is quadratic on a line holding a
 * long run of spaces.
 */
export function isSpaceCode(c: number): boolean {
  // Letters and Han, nearly every unit asked about, are answered in one to three comparisons.
  if (c < 0xa0) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0x1680) return c === 0xa0
  if (c > 0x3000) return c === 0xfeff
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  )
}

/**
 * Make a `Line` from its source text and position. `text`: the raw text
 * repaired (`repairCharacters`), when the caller has repaired the whole
 * input at once.
 */
export function makeLine(raw: string, start: number, lineNumber: number, text = repairCharacters(raw)): Line {
  let from = 0
  while (from < text.length && isSpaceCode(text.charCodeAt(from))) from++
  let to = text.length
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--
  const trimmed = from === 0 && to === text.length ? text : text.slice(from, to)
  return {
    line: lineNumber,
    start,
    end: start + raw.length,
    raw,
    text,
    trimmed,
    contentStart: start + from,
    contentEnd: start + to,
    indent: indentWidth(text, from),
    width: displayWidth(trimmed),
    blank: trimmed.length === 0,
  }
}

/** Display width of the first `end` code units (leading whitespace), a tab counting four columns. */
function indentWidth(text: string, end: number): number {
  let width = 0
  // Whitespace is in the BMP: one code unit each; only the full-width space (U+3000) is wide.
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    width += c === 0x09 ? 4 : c === 0x3000 ? 2 : 1
  }
  return width
}

/**
 * Split a document into pages of lines. Pages holding only whitespace are
 * dropped. `firstLine`: number of the first line (a page read on its own).
 */
export function splitPages(source: string, firstLine = 1): PageSlice[] {
  // Repairs keep every offset: the input is repaired once and each line sliced from both.
  const repaired = repairCharacters(source)
  const pages: PageSlice[] = []
  let current: PageSlice = { start: 0, end: 0, lines: [], repaired }
  let lineNumber = firstLine
  let lineStart = 0
  const finishPage = (end: number) => {
    current.end = end
    if (current.lines.some((l) => !l.blank)) pages.push(current)
  }
  // Each break sign found by the string's own search, its next place kept until a line passes it
  // (rather than a loop by code unit, or a regular expression per line).
  let lf = source.indexOf('\n')
  let cr = source.indexOf('\r')
  let ff = source.indexOf('\f')
  for (;;) {
    if (lf >= 0 && lf < lineStart) lf = source.indexOf('\n', lineStart)
    if (cr >= 0 && cr < lineStart) cr = source.indexOf('\r', lineStart)
    if (ff >= 0 && ff < lineStart) ff = source.indexOf('\f', lineStart)
    let lineEnd = source.length
    if (lf >= 0) lineEnd = lf
    if (cr >= 0 && cr < lineEnd) lineEnd = cr
    if (ff >= 0 && ff < lineEnd) lineEnd = ff
    let breakLength = 0
    let formFeed = false
    if (lineEnd < source.length) {
      const c = source.charCodeAt(lineEnd)
      formFeed = c === 0x0c
      breakLength = c === 0x0d && source.charCodeAt(lineEnd + 1) === 0x0a ? 2 : 1
    }
    if (lineEnd > lineStart || !formFeed) {
      const raw = source.slice(lineStart, lineEnd)
      current.lines.push(
        makeLine(raw, lineStart, lineNumber, repaired === source ? raw : repaired.slice(lineStart, lineEnd)),
      )
    }
    if (breakLength === 0) break
    lineStart = lineEnd + breakLength
    if (formFeed) {
      finishPage(lineEnd)
      current = { start: lineStart, end: lineStart, lines: [], repaired }
    } else {
      lineNumber++
    }
  }
  finishPage(source.length)
  return pages
}
