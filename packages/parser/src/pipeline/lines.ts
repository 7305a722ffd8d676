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
}

const LINE_BREAK = /\r\n|\r|\n|\f/g
const LEADING_SPACE = /^[\s\u3000]*/u
const TRAILING_SPACE = /[\s\u3000]*$/u

/** Make a `Line` from its source text and position. */
export function makeLine(raw: string, start: number, lineNumber: number): Line {
  const text = repairCharacters(raw)
  const lead = LEADING_SPACE.exec(text)?.[0] ?? ''
  const trail = text.length > lead.length ? (TRAILING_SPACE.exec(text)?.[0] ?? '') : ''
  const trimmed = text.slice(lead.length, text.length - trail.length)
  return {
    line: lineNumber,
    start,
    end: start + raw.length,
    raw,
    text,
    trimmed,
    contentStart: start + lead.length,
    contentEnd: start + text.length - trail.length,
    indent: displayWidth(lead.replace(/\t/g, '    ')),
    width: displayWidth(trimmed),
    blank: trimmed.length === 0,
  }
}

/** Split a document into pages of lines. Pages holding only whitespace are dropped. */
export function splitPages(source: string): PageSlice[] {
  const pages: PageSlice[] = []
  let current: PageSlice = { start: 0, end: 0, lines: [] }
  let lineNumber = 1
  let lineStart = 0
  LINE_BREAK.lastIndex = 0
  const finishPage = (end: number) => {
    current.end = end
    if (current.lines.some((l) => !l.blank)) pages.push(current)
  }
  for (;;) {
    const match = LINE_BREAK.exec(source)
    const lineEnd = match ? match.index : source.length
    if (lineEnd > lineStart || match?.[0] !== '\f') {
      current.lines.push(makeLine(source.slice(lineStart, lineEnd), lineStart, lineNumber))
    }
    if (!match) break
    lineStart = lineEnd + match[0].length
    if (match[0] === '\f') {
      finishPage(lineEnd)
      current = { start: lineStart, end: lineStart, lines: [] }
    } else {
      lineNumber++
    }
  }
  finishPage(source.length)
  return pages
}
