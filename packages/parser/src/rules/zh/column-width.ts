/**
 * The usual (modal) width of the column around each line. Columns of
 * different widths share a page, so the mode is taken over a window of
 * neighbouring lines, not over the page.
 */
import type { ZhLine } from './zh-lines.js'

/** Lines on each side of a line that vote for its column width. */
export const COLUMN_WINDOW = 10
/** Lines narrower than this (display columns) do not vote. */
export const MIN_VOTING_WIDTH = 8
/** Widths this close (display columns) count as the same width: digits make lines a column shorter or longer. */
export const WIDTH_POOL = 1

/** Modal width of the given lines: the width w that the most lines fall within [w - WIDTH_POOL, w] of; wider wins ties. */
export function modalWidthOf(lines: readonly ZhLine[]): number {
  const counts = new Map<number, number>()
  for (const l of lines) {
    if (l.width < MIN_VOTING_WIDTH) continue
    counts.set(l.width, (counts.get(l.width) ?? 0) + 1)
  }
  let best = 0
  let bestCount = 0
  for (const w of counts.keys()) {
    let c = 0
    for (let d = 0; d <= WIDTH_POOL; d++) c += counts.get(w - d) ?? 0
    if (c > bestCount || (c === bestCount && w > best)) {
      best = w
      bestCount = c
    }
  }
  return best
}

/** Set `column` on every line from the lines around it that `votes` accepts. */
export function setColumnWidths(lines: readonly ZhLine[], votes: (line: ZhLine) => boolean): void {
  const voters = lines.filter(votes)
  const position = new Map(voters.map((l, i) => [l, i]))
  let v = 0
  for (const line of lines) {
    while (v < voters.length - 1 && voters[v]!.index < line.index) v++
    const at = position.get(line) ?? v
    const window = voters.slice(Math.max(0, at - COLUMN_WINDOW), at + COLUMN_WINDOW + 1)
    line.column = modalWidthOf(window)
  }
}
