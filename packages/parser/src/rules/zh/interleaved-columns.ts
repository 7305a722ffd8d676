/**
 * Rule: untangle blocks that were read across the columns, row by row.
 * OCR engines (and pdftotext where gutters are narrow) print the lines of
 * several neighbouring columns side by side as one line, the pieces apart
 * by a space and often a sign the column rule was read as:
 *
 *     本报天津1月12日电 到680亿元，提供风险保 ”发布的《关于加快农业保    染涛表示，今后将探
 *     银保监会副主席哥涛日 。障3.6万亿元，农业保险 险高质量发展的指导意 索对不同险种，以及处于
 *
 * A run of such rows is read column by column: the columns' left edges are
 * where column-wide pieces of many rows start (`columnEdges`), each row's
 * pieces go to the columns in order (`columnsOfPieces`), and the run is
 * replaced by the first column's lines, then the second's…, as one block.
 * Pieces keep their source positions; the signs read for column rules
 * become one `noise` furniture node per run.
 */
import { pageMessage } from '../../pipeline/message.js'
import type { DraftFurniture, PageContext } from '../../pipeline/model.js'
import type { Rule } from '../rule.js'
import { modalWidth } from './column-width.js'
import { CAPTION_EXTRA_WIDTH } from './line-roles.js'
import { MIN_PIECE_CHARS } from './merged-columns.js'
import { isOcrPage } from './ocr-text.js'
import { isDoubleSpacedPage, pieceLine, setZhLines, type ZhLine, zhLinesOf, zhWidth } from './zh-lines.js'

/** A run is untangled when it holds at least this many rows… */
export const MIN_RUN_ROWS = 3
/** …of at least this many columns (two columns merged by pdftotext are `merged-columns`' work)… */
export const MIN_RUN_COLUMNS = 3
/** …and at most this many (more edges are letter-spaced lines or a table, not columns)… */
export const MAX_RUN_COLUMNS = 8
/** …or, on OCR text, of this many (the signs the rule between them was read as keep `merged-columns` from seeing them). */
export const MIN_OCR_RUN_COLUMNS = 2
/** A column piece is at least this share of the column's width… */
export const PIECE_MIN_SHARE = 0.4
/** …and at most this many display columns wider than it. */
export const PIECE_EXTRA_WIDTH = 4
/** A row holds at least this many column-wide pieces. */
export const MIN_ROW_PIECES = 2

const SOURCE = 'news-parser'

/** A piece of a working line: `text[from, to)`, starting at display column `at` of its source line. */
export interface RowPiece {
  from: number
  to: number
  at: number
  width: number
}

/**
 * Signs a column rule is read as. A token of only these between two gaps is
 * the rule, and so are closing signs starting a piece and opening signs
 * ending one (Chinese type never sets them there).
 */
const RULE_MARKS = new Set(Array.from('。，、”“"|｜丨:;；'))
const LEADING_RULE_MARKS = new Set(Array.from('。，、”"|｜丨:;；：）)'))
const TRAILING_RULE_MARKS = new Set(Array.from('“"|｜丨（('))
/** Signs a column rule between two columns read without a gap is read as (a caption's commas are not). */
const FUSED_RULE_MARKS = new Set(Array.from('。”“"|｜丨'))

/** The piece `text[from, to)` of a line whose characters stand at display `columns`. */
function pieceAt(text: string, columns: readonly number[], from: number, to: number): RowPiece {
  return { from, to, at: columns[from]!, width: zhWidth(text.slice(from, to)) }
}

/** Display column, in its source line, of each character of a working line. */
export function displayColumns(line: ZhLine, source: string): number[] {
  const offsets = line.offsets!
  const out: number[] = []
  let at = zhWidth(source.slice(line.first.start, offsets[0]))
  for (let i = 0; i < offsets.length; i++) {
    if (i > 0) {
      at += zhWidth(line.text[i - 1]!)
      if (offsets[i]! - offsets[i - 1]! > 1) at += zhWidth(source.slice(offsets[i - 1]! + 1, offsets[i]))
    }
    out.push(at)
  }
  return out
}

/**
 * The pieces of a line between the gaps the source shows, each with its
 * display column in the source line, column rules read as signs left out.
 */
export function rowPiecesOf(
  line: ZhLine,
  source: string,
  columns = displayColumns(line, source),
): RowPiece[] {
  const offsets = line.offsets
  if (!offsets || offsets.length === 0) return []
  const text = line.text
  const pieces: RowPiece[] = []
  let afterRule = false
  for (let from = 0; from < offsets.length; ) {
    let to = from + 1
    while (to < offsets.length && offsets[to]! - offsets[to - 1]! === 1) to++
    const next = to
    while (from < to && LEADING_RULE_MARKS.has(text[from]!)) from++
    while (to > from && TRAILING_RULE_MARKS.has(text[to - 1]!)) to--
    let allMarks = true
    for (let i = from; i < to && allMarks; i++) allMarks = RULE_MARKS.has(text[i]!)
    if (to > from && !allMarks) {
      const last = pieces.at(-1)
      if (last && !afterRule && to - from < MIN_PIECE_CHARS) {
        last.to = to
        last.width = zhWidth(text.slice(last.from, to))
      } else pieces.push(pieceAt(text, columns, from, to))
      afterRule = false
    } else afterRule = true
    from = next
  }
  return pieces
}

/** Whether a line is one piece as `rowPiecesOf` reads it: no gap in the source, no rule mark at either end. */
function isOnePiece(line: ZhLine): boolean {
  const offsets = line.offsets!
  const text = line.text
  return (
    offsets.length > 0 &&
    offsets.at(-1)! - offsets[0]! === offsets.length - 1 &&
    !LEADING_RULE_MARKS.has(text[0]!) &&
    !TRAILING_RULE_MARKS.has(text.at(-1)!) &&
    !RULE_MARKS.has(text[0]!)
  )
}

/** Piece starts closer than this share of the column width are one column's left edge. */
export const EDGE_CLUSTER_SHARE = 0.3
/** An edge is where at least this share of the run's rows start a column-wide piece. */
export const MIN_EDGE_SHARE = 0.3

/**
 * Left edges of the columns of a run: where column-wide pieces of many rows
 * start (starts within EDGE_CLUSTER_SHARE of a column of each other are one
 * edge, at their median).
 */
export function columnEdges(
  rows: readonly RowPiece[][],
  isColumnWide: (p: RowPiece) => boolean,
  column: number,
): number[] {
  const starts = rows.flatMap((r) => r.filter(isColumnWide).map((p) => p.at)).sort((a, b) => a - b)
  const edges: number[] = []
  const minCount = Math.max(2, rows.length * MIN_EDGE_SHARE)
  for (let i = 0; i < starts.length; ) {
    let j = i + 1
    while (j < starts.length && starts[j]! - starts[j - 1]! <= column * EDGE_CLUSTER_SHARE) j++
    if (j - i >= minCount) edges.push(starts[(i + j) >> 1]!)
    i = j
  }
  return edges
}

/**
 * The column each piece belongs to, in order, as close to the columns'
 * edges as can be: OCR prints the gap between columns as one space
 * whatever its width, so positions drift further right or left the further
 * a piece is along the row, and the order of the pieces says more than
 * their exact place. Two pieces share a column only when that is cheaper
 * than SHARE_COST of a column's width apart (a column's line read as two).
 */
export function columnsOfPieces(
  pieces: readonly RowPiece[],
  edges: readonly number[],
  column: number,
): number[] {
  const n = pieces.length
  const k = edges.length
  const share = column * SHARE_COST
  // cost[i][c]: best cost of pieces 0..i with piece i in column c; from[i][c]: the column of piece i - 1.
  const cost = pieces.map(() => new Array<number>(k).fill(Number.POSITIVE_INFINITY))
  const from = pieces.map(() => new Array<number>(k).fill(-1))
  for (let c = 0; c < k; c++) cost[0]![c] = Math.abs(pieces[0]!.at - edges[c]!)
  for (let i = 1; i < n; i++) {
    let bestBefore = Number.POSITIVE_INFINITY
    let bestBeforeAt = -1
    for (let c = 0; c < k; c++) {
      const place = Math.abs(pieces[i]!.at - edges[c]!)
      const same = cost[i - 1]![c]! + share
      if (bestBefore <= same) {
        cost[i]![c] = bestBefore + place
        from[i]![c] = bestBeforeAt
      } else {
        cost[i]![c] = same + place
        from[i]![c] = c
      }
      if (cost[i - 1]![c]! < bestBefore) {
        bestBefore = cost[i - 1]![c]!
        bestBeforeAt = c
      }
    }
  }
  let c = 0
  for (let d = 1; d < k; d++) if (cost[n - 1]![d]! < cost[n - 1]![c]!) c = d
  const out = new Array<number>(n)
  for (let i = n - 1; i >= 0; i--) {
    out[i] = c
    c = from[i]![c]!
  }
  return out
}

/** What putting two pieces of a row into one column costs, as a share of the column's width. */
export const SHARE_COST = 0.5

/** A rule mark this many characters from where a fused piece crosses a column edge is where it splits. */
export const FUSED_MARK_REACH = 2

/**
 * Split pieces that run over a column edge where the column rule was read
 * as a sign without a gap (`举办的”业务规模`). A wide piece without such a
 * sign at an edge is a caption or a title across the columns and stays whole.
 */
export function splitFused(
  pieces: readonly RowPiece[],
  text: string,
  columns: readonly number[],
  edges: readonly number[],
  column: number,
): RowPiece[] {
  const out: RowPiece[] = []
  for (const piece of pieces) {
    let rest = piece
    while (rest.width > column + PIECE_EXTRA_WIDTH) {
      const edge = edges.find((e) => e > rest.at + column * PIECE_MIN_SHARE)
      if (edge === undefined) break
      let cut = rest.from + 1
      for (let i = cut; i < rest.to; i++)
        if (Math.abs(columns[i]! - edge) < Math.abs(columns[cut]! - edge)) cut = i
      let mark = -1
      for (
        let i = Math.max(rest.from + 1, cut - FUSED_MARK_REACH);
        i <= Math.min(rest.to - 1, cut + FUSED_MARK_REACH);
        i++
      ) {
        if (FUSED_RULE_MARKS.has(text[i]!) && (mark < 0 || Math.abs(i - cut) < Math.abs(mark - cut))) mark = i
      }
      if (mark < 0) break
      const leftEnd = mark
      let rightStart = mark + 1
      while (rightStart < rest.to && LEADING_RULE_MARKS.has(text[rightStart]!)) rightStart++
      if (leftEnd - rest.from < MIN_PIECE_CHARS || rest.to - rightStart < MIN_PIECE_CHARS) break
      out.push(pieceAt(text, columns, rest.from, leftEnd))
      rest = pieceAt(text, columns, rightStart, rest.to)
    }
    out.push(rest)
  }
  return out
}

/** The source ranges of the characters of `line` outside `kept` (sorted `[from, to)` ranges of its text). */
function leftOut(
  line: ZhLine,
  kept: ReadonlyArray<readonly [number, number]>,
): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = []
  const offsets = line.offsets!
  let k = 0
  for (let i = 0; i < offsets.length; i++) {
    while (k < kept.length && kept[k]![1] <= i) k++
    if (k < kept.length && kept[k]![0] <= i) continue
    const last = out.at(-1)
    if (last && last[1] === offsets[i]) {
      last[1]++
      last[2] += line.text[i]
    } else out.push([offsets[i]!, offsets[i]! + 1, line.text[i]!])
  }
  return out
}

export const zhInterleavedColumns: Rule = {
  name: 'zh-interleaved-columns',
  description:
    'Read runs of lines that hold the rows of three or more neighbouring columns side by side column by column.',
  run(page: PageContext) {
    const lines = zhLinesOf(page)
    // The column is measured on the pieces of lines, not on whole lines: on a page read across, rows are most lines.
    // Most lines have no gap and no rule mark at either end: they are one piece, the line itself.
    // Only lines of several pieces can be rows; one-piece lines just vote with their width.
    const positions: Array<number[] | null> = lines.map(() => null)
    const widths: number[] = []
    const piecesOfLine = lines.map((l) => {
      if (l.role !== 'unknown' || !l.offsets) return null
      if (isOnePiece(l)) {
        widths.push(l.width)
        return null
      }
      positions[l.index] = displayColumns(l, page.source)
      const pieces = rowPiecesOf(l, page.source, positions[l.index]!)
      for (const p of pieces) widths.push(p.width)
      return pieces
    })
    const column = modalWidth(widths)
    if (!column) return
    const isColumnWide = (p: RowPiece) =>
      p.width >= column * PIECE_MIN_SHARE && p.width <= column + PIECE_EXTRA_WIDTH
    const rowOf = (line: ZhLine): RowPiece[] | null => {
      const pieces = piecesOfLine[line.index]
      if (!pieces || pieces.length < MIN_ROW_PIECES || line.width <= column + CAPTION_EXTRA_WIDTH) return null
      return pieces.filter(isColumnWide).length >= MIN_ROW_PIECES ? pieces : null
    }
    const rows = lines.map(rowOf)
    const spaced = isDoubleSpacedPage(lines)
    const ocr = isOcrPage(page)
    let out: ZhLine[] | null = null
    for (let i = 0; i < lines.length; ) {
      if (!rows[i]) {
        out?.push(lines[i]!)
        i++
        continue
      }
      let end = i
      while (end < lines.length && rows[end]) end++
      const run = lines.slice(i, end)
      const runRows = rows.slice(i, end) as RowPiece[][]
      const edges = columnEdges(runRows, isColumnWide, column)
      if (
        run.length < MIN_RUN_ROWS ||
        edges.length < (ocr ? MIN_OCR_RUN_COLUMNS : MIN_RUN_COLUMNS) ||
        edges.length > MAX_RUN_COLUMNS
      ) {
        for (const l of lines.slice(i, Math.max(end, i + 1))) out?.push(l)
        i = Math.max(end, i + 1)
        continue
      }
      out ??= lines.slice(0, i)
      const columns: ZhLine[][] = edges.map(() => [])
      const rule: DraftFurniture = {
        kind: 'noise',
        text: '',
        spans: [],
        rule: 'zh-interleaved-columns',
        confidence: 0.6,
      }
      run.forEach((line, k) => {
        // Rows are never one piece: their positions were worked out with their pieces.
        const pieces = splitFused(runRows[k]!, line.text, positions[line.index]!, edges, column)
        const owners = columnsOfPieces(pieces, edges, column)
        const kept: Array<[number, number]> = []
        // Neighbouring pieces that fall into one column are one piece of it.
        for (let p = 0; p < pieces.length; ) {
          let q = p + 1
          while (q < pieces.length && owners[q] === owners[p]) q++
          const target = columns[owners[p]!]!
          const blankBefore =
            target.length === 0 && owners[p] === 0 ? Math.max(line.blankBefore, spaced ? 2 : 1) : 0
          target.push(pieceLine(line, pieces[p]!.from, pieces[q - 1]!.to, blankBefore))
          kept.push([pieces[p]!.from, pieces[q - 1]!.to])
          p = q
        }
        for (const [from, to, marks] of leftOut(line, kept)) {
          rule.spans.push([from, to])
          rule.text += marks
        }
      })
      for (const c of columns) out.push(...c)
      if (rule.spans.length) page.furniture.push(rule)
      pageMessage(page.file, `Read ${run.length} lines of ${edges.length} columns read across as columns`, {
        place: { line: run[0]!.first.line, column: 1 },
        ruleId: 'interleaved-columns',
        source: SOURCE,
      })
      i = end
    }
    if (out) setZhLines(page, out)
  },
}
