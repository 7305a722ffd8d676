/**
 * The working lines of a Chinese page: each non-blank source line (or a run
 * of source lines the extractor doubled) becomes one `ZhLine` with its text
 * cleaned of typesetting spaces, its display width, and a map from each
 * character back to the source, so any piece of it keeps a true position.
 */

import { isSpaceCode } from '../../pipeline/lines.js'
import type { DraftText, Line, PageContext, Span } from '../../pipeline/model.js'
import { joinsTight } from '../../pipeline/text.js'
import { isWide } from '../../util/width.js'
import { collapseDoubledOpeners, repairMisreadings, repairSplitMisreadings } from './misreadings.js'

/** What a line is, as the Chinese rules decide. */
export type ZhRole =
  | 'unknown'
  | 'furniture'
  | 'title'
  | 'byline'
  | 'closing-byline'
  | 'dateline'
  | 'body'
  | 'caption'
  | 'credit'

export interface ZhLine {
  /** Position in `zhLinesOf(page)`. */
  index: number
  /** Cleaned text: typesetting spaces removed, doubled text repaired. */
  text: string
  /** Source offset of each UTF-16 unit of `text`, or null when the text was rebuilt (doubled). */
  offsets: number[] | null
  /** Source ranges the whole line covers (several when doubled copies were folded in). */
  spans: Span[]
  /** First source line (line number, indentation). */
  first: Line
  /** Display width of `text`. */
  width: number
  /** Blank source lines right before this line. */
  blankBefore: number
  /** Whether the text was rebuilt from doubled print. */
  repaired: boolean
  role: ZhRole
  /** The usual width of the column around this line (display columns). */
  column: number
  /** Rule and confidence of the role. */
  rule: string
  confidence: number
}

/** A piece of cleaned text and the source ranges it came from. */
export interface Piece {
  text: string
  spans: Span[]
}

/** Whether a code unit is CJK or a sign set with it (`[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’…—·「」『』]`). */
const isCjkCode = (c: number) =>
  (c >= 0x2e80 && c <= 0x9fff) ||
  (c >= 0xf900 && c <= 0xfaff) ||
  (c >= 0xff00 && c <= 0xffef) ||
  c === 0x201c ||
  c === 0x201d ||
  c === 0x2018 ||
  c === 0x2019 ||
  c === 0x2026 ||
  c === 0x2014 ||
  c === 0xb7

/** Clean a line: drop spaces next to CJK characters, squeeze others to one; keep each character's source offset. */
export function cleanLine(raw: string, start: number): { text: string; offsets: number[] } {
  // Runs of non-space characters are sliced whole and joined once (adding a character at a time
  // is slow on long lines); characters are tested by code unit, not by expression.
  const parts: string[] = []
  const offsets: number[] = []
  let runStart = -1
  let pendingSpace = -1
  let before = -1
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i)
    if (isSpaceCode(code)) {
      if (runStart >= 0) {
        parts.push(raw.slice(runStart, i))
        runStart = -1
      }
      if (before >= 0 && pendingSpace < 0) pendingSpace = start + i
      continue
    }
    if (pendingSpace >= 0) {
      if (!isCjkCode(before) && !isCjkCode(code)) {
        parts.push(' ')
        offsets.push(pendingSpace)
      }
      pendingSpace = -1
    }
    if (runStart < 0) runStart = i
    before = code
    offsets.push(start + i)
  }
  if (runStart >= 0) parts.push(raw.slice(runStart))
  // A line without spaces is one part: the line itself, not a copy.
  return { text: parts.length === 1 ? parts[0]! : parts.join(''), offsets }
}

/** The source ranges of `text[from, to)` of a line. */
export function sliceSpans(line: ZhLine, from: number, to: number): Span[] {
  if (!line.offsets || (from <= 0 && to >= line.text.length))
    return line.spans.map((s) => [s[0], s[1]] as Span)
  // Only spaces were dropped inside a line, so one range from the first to the last character covers it.
  const lo = Math.max(0, from)
  const hi = Math.min(to, line.text.length)
  if (hi <= lo) return [[line.spans[0]![0], line.spans[0]![0]]]
  return [[line.offsets[lo]!, line.offsets[hi - 1]! + 1]]
}

/** A piece of a line. */
export function pieceOf(line: ZhLine, from = 0, to = line.text.length): Piece {
  return { text: line.text.slice(from, to), spans: sliceSpans(line, from, to) }
}

/** Join pieces into a draft (no space between CJK pieces, one space between Latin words). */
export function draftOf(pieces: readonly Piece[], rule: string, confidence: number): DraftText {
  // Parts joined once at the end, and the last part kept for `joinsTight`: growing and re-reading
  // one string is quadratic on a draft of many pieces; so is spreading spans into `push`.
  const parts: string[] = []
  const spans: Span[] = []
  for (const p of pieces) {
    const t = p.text.trim()
    if (t) {
      const last = parts.at(-1)
      if (last !== undefined && !joinsTight(last, t)) parts.push(' ')
      parts.push(t)
    }
    for (const span of p.spans) spans.push(span)
  }
  return {
    text: parts.join(''),
    spans: mergeSpans(spans),
    rule,
    confidence: Math.round(confidence * 100) / 100,
  }
}

function mergeSpans(spans: Span[]): Span[] {
  if (spans.length === 0) return [[0, 0]]
  const out: Span[] = []
  for (const s of spans) {
    const last = out.at(-1)
    if (last && s[0] <= last[1] && s[0] >= last[0]) last[1] = Math.max(last[1], s[1])
    else out.push([s[0], s[1]])
  }
  return out
}

/**
 * Signs that East Asian Width calls ambiguous but Chinese type sets a full
 * character wide. Curly quotes stay one column: extractors' lines of a
 * column hold the same width when quotes count as half a character.
 */
const FULL_WIDTH_IN_CHINESE = new Set(Array.from('…—―□■○●◎△▲', (c) => c.charCodeAt(0)))

/** Display width as Chinese type sets it: Han and full-width forms two columns, and so are dashes and ellipses. */
export function zhWidth(text: string): number {
  let width = 0
  // A code point is read only at a high surrogate; nothing below U+1100 is two columns.
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i)
    if (code < 0x1100) {
      width++
      continue
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      code = text.codePointAt(i)!
      if (code > 0xffff) i++
    }
    width += isWide(code) || FULL_WIDTH_IN_CHINESE.has(code) ? 2 : 1
  }
  return width
}

/** Make a ZhLine from one source line. */
export function makeZhLine(line: Line, index: number, blankBefore: number): ZhLine {
  const cleaned = cleanLine(line.trimmed, line.contentStart)
  const clean = collapseDoubledOpeners(cleaned.text, cleaned.offsets)
  const text = repairMisreadings(clean.text)
  return newZhLine(index, text, clean.offsets, [[line.contentStart, line.contentEnd]], line, blankBefore)
}

/** A working line for `line.text[from, to)` of a line with source offsets (a piece of a merged row, one of two titles). */
export function pieceLine(line: ZhLine, from: number, to: number, blankBefore: number): ZhLine {
  const offsets = line.offsets!.slice(from, to)
  const spans: Span[] = [[offsets[0]!, offsets.at(-1)! + 1]]
  return newZhLine(line.index, line.text.slice(from, to), offsets, spans, line.first, blankBefore, line)
}

/**
 * Every working line is made here, by one object literal: lines made in
 * several places (a spread copy, say) get hidden classes of their own, and
 * every rule's reads of a line then check several shapes instead of one.
 * A new line, or a piece of `like` that keeps its role and column.
 */
function newZhLine(
  index: number,
  text: string,
  offsets: number[] | null,
  spans: Span[],
  first: Line,
  blankBefore: number,
  like?: ZhLine,
): ZhLine {
  return {
    index,
    text,
    offsets,
    spans,
    first,
    width: zhWidth(text),
    blankBefore,
    repaired: like ? like.repaired : false,
    role: like ? like.role : 'unknown',
    column: like ? like.column : 0,
    rule: like ? like.rule : '',
    confidence: like ? like.confidence : 0,
  }
}

/** Fold the next source line into a line (a byline cut by the line end). */
export function appendLine(target: ZhLine, extra: ZhLine): void {
  target.text += extra.text
  target.offsets = target.offsets && extra.offsets ? [...target.offsets, ...extra.offsets] : null
  for (const span of extra.spans) target.spans.push(span)
  target.width = zhWidth(target.text)
}

/** The Chinese working lines of a page (built by the `zh-doubled-text` rule). */
export function zhLinesOf(page: PageContext): ZhLine[] {
  let lines = page.scratch.zhLines as ZhLine[] | undefined
  if (!lines) {
    lines = []
    let blanks = 0
    for (const line of page.lines) {
      if (line.blank) {
        blanks++
        continue
      }
      lines.push(makeZhLine(line, lines.length, blanks))
      blanks = 0
    }
    repairSplitMisreadings(lines)
    page.scratch.zhLines = lines
  }
  return lines
}

/** Replace the working lines (renumbering them). */
export function setZhLines(page: PageContext, lines: ZhLine[]): void {
  lines.forEach((l, i) => {
    l.index = i
  })
  page.scratch.zhLines = lines
}

/** Whether the page puts a blank line after (nearly) every line, as MuPDF does. */
export function isDoubleSpacedPage(lines: readonly ZhLine[]): boolean {
  if (lines.length < 5) return false
  // Counted in place: every rule asks this of the whole page.
  let spaced = 0
  for (let i = 1; i < lines.length; i++) if (lines[i]!.blankBefore >= 1) spaced++
  return spaced / (lines.length - 1) >= DOUBLE_SPACED_SHARE
}

/** Share of lines preceded by a blank line above which blank lines carry no meaning. */
export const DOUBLE_SPACED_SHARE = 0.6

/** Whether a blank gap before `line` separates blocks (two blank lines on double-spaced pages, one otherwise). */
export function startsBlock(line: ZhLine, doubleSpaced: boolean): boolean {
  return line.blankBefore >= (doubleSpaced ? 2 : 1)
}

/** Whether a blank gap before `line` is wide enough to end any article (three blank lines on double-spaced pages, two otherwise). */
export function hardBreak(line: ZhLine, doubleSpaced: boolean): boolean {
  return line.blankBefore >= (doubleSpaced ? 3 : 2)
}
