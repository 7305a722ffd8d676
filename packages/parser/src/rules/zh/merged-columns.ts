/**
 * Rule: report lines in which pdftotext merged the lines of neighbouring
 * columns (`2009年，当过14 干旱季，村民常为吃`, `（本報訊） 今 民國從此始成爲名實
 * 主義和民生主義的前`). Where the gutter between columns is narrow, the
 * extractor prints one row of several columns as one line with a space
 * between the pieces. A line is taken for such a row when it is wider than
 * the page's usual column and every piece of it (split where the source
 * shows a gap) is about a column wide. The row is reported
 * (`merged-columns`, with its pieces) and kept as printed: splitting it in
 * place scored worse on the corpus (OCR lines read across columns lose the
 * article they share), and putting each piece back at the head of the
 * column block it opens is not done yet.
 */
import { pageMessage } from '../../pipeline/message.js'
import type { PageContext } from '../../pipeline/model.js'
import { clip } from '../../util/clip.js'
import { endTest } from '../../util/ends-with.js'
import type { Rule } from '../rule.js'
import { modalWidthOf } from './column-width.js'
import { CAPTION_EXTRA_WIDTH, FULL_SLACK } from './line-roles.js'
import {
  isDoubleSpacedPage,
  pieceLine,
  setZhLines,
  startsBlock,
  type ZhLine,
  zhLinesOf,
  zhWidth,
} from './zh-lines.js'

/** A piece of a merged row is at most this much wider than the page's column (display columns). */
export const PIECE_EXTRA_WIDTH = FULL_SLACK
/** …and at least this share of it (a column's first line may be short by an indent or a dateline). */
export const PIECE_MIN_SHARE = 0.5
/** A piece shorter than this (characters) belongs to the piece before it (`（本報訊） 今`). */
export const MIN_PIECE_CHARS = 3
/** Rows of more pieces than this are not split (letter-spaced lines have many). */
export const MAX_PIECES = 8

const SOURCE = 'news-parser'

/** Where a working line's text has a gap in the source (spaces taken out): piece boundaries. */
function gapsOf(line: ZhLine): number[] {
  const offsets = line.offsets
  if (!offsets) return []
  const gaps: number[] = []
  for (let i = 1; i < offsets.length; i++) if (offsets[i]! - offsets[i - 1]! > 1) gaps.push(i)
  return gaps
}

/** The pieces of a line between its gaps, short ones joined to the piece before. */
export function piecesOf(line: ZhLine): Array<[number, number]> {
  const bounds = [0, ...gapsOf(line), line.text.length]
  const pieces: Array<[number, number]> = []
  for (let i = 0; i + 1 < bounds.length; i++) {
    const piece: [number, number] = [bounds[i]!, bounds[i + 1]!]
    const last = pieces.at(-1)
    if (last && piece[1] - piece[0] < MIN_PIECE_CHARS) last[1] = piece[1]
    else pieces.push(piece)
  }
  return pieces
}

/** A block is read as two merged columns when at least this many of its lines are two-piece rows… */
export const MIN_MERGED_ROWS = 3
/** …making at least this share of its lines. */
export const MIN_MERGED_SHARE = 0.5

export const zhMergedColumns: Rule = {
  name: 'zh-merged-columns',
  description:
    'Read blocks in which pdftotext merged two neighbouring columns line by line as the left column, then the right; report other merged rows.',
  run(page: PageContext) {
    const spaced = isDoubleSpacedPage(zhLinesOf(page))
    const lines = splitTitlePairs(page, spaced)
    const column = modalWidthOf(lines.filter((l) => l.role === 'unknown'))
    if (!column) return
    const rowOf = (line: ZhLine): Array<[number, number]> | null => {
      if (line.role !== 'unknown' || line.width <= column + CAPTION_EXTRA_WIDTH) return null
      const pieces = piecesOf(line)
      const columnWide = (p: [number, number]) => {
        const w = zhWidth(line.text.slice(p[0], p[1]))
        return w <= column + PIECE_EXTRA_WIDTH && w >= column * PIECE_MIN_SHARE
      }
      return pieces.length >= 2 && pieces.length <= MAX_PIECES && pieces.every(columnWide) ? pieces : null
    }
    const out: ZhLine[] = []
    const rowsToPlace: Array<{ line: ZhLine; row: Array<[number, number]> }> = []
    let changed = false
    for (let start = 0; start < lines.length; ) {
      let end = start + 1
      while (end < lines.length && !startsBlock(lines[end]!, spaced)) end++
      const block = lines.slice(start, end)
      const rows = block.map(rowOf)
      const pairs = rows.filter((r) => r?.length === 2).length
      if (
        pairs >= MIN_MERGED_ROWS &&
        pairs >= block.length * MIN_MERGED_SHARE &&
        block.every((l) => l.offsets)
      ) {
        // Two columns printed side by side: the left column's lines, then the right one's as a block of its own.
        const left: ZhLine[] = []
        const right: ZhLine[] = []
        block.forEach((line, i) => {
          const row = rows[i]
          if (row?.length !== 2) {
            left.push(line)
            return
          }
          left.push(pieceLine(line, row[0]![0], row[0]![1], line.blankBefore))
          right.push(pieceLine(line, row[1]![0], row[1]![1], right.length ? 0 : spaced ? 2 : 1))
        })
        out.push(...left, ...right)
        changed = true
        pageMessage(page.file, `Read ${pairs} lines of two merged columns as two columns`, {
          place: { line: block[0]!.first.line, column: 1 },
          ruleId: 'merged-columns',
          source: SOURCE,
        })
      } else {
        block.forEach((line, i) => {
          const row = rows[i]
          // A row put back piece by piece keeps its place until then: a piece that fits no block stays there.
          out.push(line)
          if (row && row.length >= MIN_PLACED_PIECES && rowsToPlace.length < MAX_PLACED_ROWS)
            rowsToPlace.push({ line, row })
          if (!row) return
          const shown = row.map(([from, to]) => line.text.slice(from, to)).join(' | ')
          pageMessage(page.file, `Line holds a row of ${row.length} merged columns: \`${clip(shown, 60)}\``, {
            place: { line: line.first.line, column: 1 },
            ruleId: 'merged-columns',
            source: SOURCE,
          })
        })
      }
      start = end
    }
    if (rowsToPlace.length) {
      placeRows(out, rowsToPlace, column, spaced)
      changed = true
    }
    if (changed) setZhLines(page, out)
  },
}

/** A headline printed beside the next story's kicker holds at least this many characters. */
export const PAIRED_TITLE_MIN_CHARS = 6
/** Two titles side by side are apart by more than this many spaces, when the second is no kicker by its ending (`…在京闭幕        聚焦`). */
export const PAIRED_TITLE_GAP = 4
const PAIRED_KICKER = endTest(/(?:——|：|:)$/u, '—：:')
const SENTENCE_SIGN = /[。！？；]/u

/**
 * Two titles side by side on one line, a headline and then the next story's
 * kicker (`习近平同印度总理莫迪在金奈继续举行会晤 国务院扶贫办：`): split at the
 * gap into two lines. Spaces inside one title (`立起足尖 触摸顶尖`) have no
 * kicker's colon or dash after them.
 */
function splitTitlePairs(page: PageContext, spaced: boolean): ZhLine[] {
  const lines = zhLinesOf(page)
  // Made only when a line is split: most pages have none.
  let out: ZhLine[] | null = null
  lines.forEach((line, i) => {
    const candidate = line.role === 'unknown' && line.offsets !== null && !SENTENCE_SIGN.test(line.text)
    // The kicker's ending first: only those lines are cut into pieces.
    const pieces =
      candidate && PAIRED_KICKER.test(line.text) ? piecesOf(line) : candidate ? wideGapPieces(line) : []
    const [head, kicker] = pieces
    if (pieces.length !== 2 || Array.from(line.text.slice(0, head![1])).length < PAIRED_TITLE_MIN_CHARS) {
      out?.push(line)
      return
    }
    out ??= lines.slice(0, i)
    out.push(pieceLine(line, head![0], head![1], line.blankBefore))
    // Apart by a wide gap, the second title stands in a block of its own (a label, not the first one's tail).
    const apart = !PAIRED_KICKER.test(line.text)
    out.push(pieceLine(line, kicker![0], kicker![1], apart ? (spaced ? 2 : 1) : spaced ? 1 : 0))
  })
  if (!out) return lines
  setZhLines(page, out)
  return out
}

const PAIRED_TITLE_TAIL = /^(?=(?:.*\p{Script=Han}){2})[^，、,]+$/u

/** The two pieces of a line on either side of its one gap wider than PAIRED_TITLE_GAP spaces, if it has exactly one. */
function wideGapPieces(line: ZhLine): Array<[number, number]> {
  // A whole source line only: a piece of a row read across the columns is no title line.
  const [start, end] = line.spans[0]!
  if (line.spans.length !== 1 || start !== line.first.contentStart || end !== line.first.contentEnd) return []
  const offsets = line.offsets!
  let cut = -1
  for (let i = 1; i < offsets.length; i++) {
    const gap = offsets[i]! - offsets[i - 1]! - 1
    // Inside a title, words stand at most one space apart; more gaps are a row of columns.
    if (gap > 1 && (gap <= PAIRED_TITLE_GAP || cut >= 0)) return []
    if (gap > PAIRED_TITLE_GAP) cut = i
  }
  // The second title is at least two Han characters and no piece of a sentence (`年，`, a stray `动`).
  if (cut < 0 || !PAIRED_TITLE_TAIL.test(line.text.slice(cut))) return []
  return [
    [0, cut],
    [cut, line.text.length],
  ]
}

/** Rows of at least this many pieces outside a two-column block are put back piece by piece. */
export const MIN_PLACED_PIECES = 3
/**
 * At most this many rows of a page are put back (each piece is tried against every block). A page
 * of more is one of interleaved columns, which putting rows back does not untangle; the rest stay
 * where they are, reported.
 */
export const MAX_PLACED_ROWS = 8

/** A piece of a row fits a column block's head when it reads on from the line before and into the block (pairs the page prints elsewhere). */
export const MIN_JOIN_PAIRS = 2

/**
 * Put each piece of a merged row of three or more columns at the head of
 * the column block it opens: pdftotext prints the blocks without their
 * first line. The block is the one where the piece reads on from the text
 * before it and into the block's first line, judged by character pairs the
 * page itself prints elsewhere (`中華` + `民國…名實` + `相符` → `華民`, `實相`).
 * A piece that fits no block stays where the row was, as a line of its own.
 */
function placeRows(
  lines: ZhLine[],
  rows: Array<{ line: ZhLine; row: Array<[number, number]> }>,
  column: number,
  spaced: boolean,
): void {
  // Rows not yet put back are no part of the text they are fitted into: not a block's head, not the text before one.
  const pending = new Set(rows.map((r) => r.line))
  const pairs = new Set<string>()
  for (const l of lines) {
    if (pending.has(l)) continue
    const chars = Array.from(l.text)
    for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i]! + chars[i + 1]!)
  }
  const heads = new Set<ZhLine>()
  for (const { line, row } of rows) {
    for (const [from, to] of row) {
      const piece = line.text.slice(from, to)
      let best: number | null = null
      let bestScore = MIN_JOIN_PAIRS - 1
      let previous: ZhLine | null = null
      for (let i = 0; i < lines.length; i++) {
        const head = lines[i]!
        if (pending.has(head)) continue
        const above = previous
        previous = head
        if (!above || heads.has(head) || !startsBlock(head, spaced) || head.role !== 'unknown') continue
        if (Math.abs(head.width - column) > FULL_SLACK) continue
        const before = above.text.at(-1) ?? ''
        const score =
          Number(pairs.has(before + piece[0])) + Number(pairs.has(piece.at(-1)! + (head.text[0] ?? '')))
        if (score > bestScore) {
          bestScore = score
          best = i
        }
      }
      const placed = pieceLine(line, from, to, 0)
      if (best === null) {
        lines.splice(lines.indexOf(line), 0, placed)
        continue
      }
      const head = lines[best]!
      heads.add(head)
      placed.blankBefore = head.blankBefore
      head.blankBefore = 0
      lines.splice(best, 0, placed)
    }
    lines.splice(lines.indexOf(line), 1)
    pending.delete(line)
  }
}
