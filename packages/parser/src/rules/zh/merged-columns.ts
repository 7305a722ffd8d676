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
import type { PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { modalWidthOf } from './column-width.js'
import { CAPTION_EXTRA_WIDTH, FULL_SLACK } from './line-roles.js'
import { type ZhLine, zhLinesOf, zhWidth } from './zh-lines.js'

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

export const zhMergedColumns: Rule = {
  name: 'zh-merged-columns',
  description: 'Report lines in which pdftotext merged a row of neighbouring columns into one line.',
  run(page: PageContext) {
    const lines = zhLinesOf(page)
    const column = modalWidthOf(lines.filter((l) => l.role === 'unknown'))
    if (!column) return
    for (const line of lines) {
      const pieces =
        line.role === 'unknown' && line.width > column + CAPTION_EXTRA_WIDTH ? piecesOf(line) : []
      const columnWide = (p: [number, number]) => {
        const w = zhWidth(line.text.slice(p[0], p[1]))
        return w <= column + PIECE_EXTRA_WIDTH && w >= column * PIECE_MIN_SHARE
      }
      if (pieces.length < 2 || pieces.length > MAX_PIECES || !pieces.every(columnWide)) continue
      const shown = pieces.map(([from, to]) => line.text.slice(from, to)).join(' | ')
      page.file.message(`Line holds a row of ${pieces.length} merged columns: \`${clip(shown)}\``, {
        place: { line: line.first.line, column: 1 },
        ruleId: 'merged-columns',
        source: SOURCE,
      })
    }
  },
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}
