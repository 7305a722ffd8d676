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
/** Widths this close (display columns) count as the same width: digits and punctuation make lines a little shorter or longer. */
export const WIDTH_POOL = 2
/** A mode needs at least this many lines behind it. */
export const MIN_MODE_VOTES = 3

/**
 * Widths up to this (display columns) are counted in tables indexed by
 * width (the modal width, the sliding windows); a wider line (a page run
 * into one line) has its widths sorted instead, or a table would be as
 * long as the line.
 */
const TABLE_MAX_WIDTH = 4096

/** Modal width of the given lines: the width w that the most lines fall within WIDTH_POOL of; wider wins ties; 0 when too few lines agree. */
export function modalWidthOf(lines: readonly { width: number }[], minVotes = MIN_MODE_VOTES): number {
  return modalWidth(
    lines.map((l) => l.width),
    minVotes,
  )
}

/** `modalWidthOf` for bare widths (no line objects to make). */
export function modalWidth(widths: readonly number[], minVotes = MIN_MODE_VOTES): number {
  let widest = 0
  for (const w of widths) if (w > widest) widest = w
  if (widest < MIN_VOTING_WIDTH) return 0
  // Widths are counted in a table indexed by width, unless one is so wide (a page run into one line)
  // that the table would be as long as it: those are sorted.
  if (widest > TABLE_MAX_WIDTH) return sortedModalWidth(widths, minVotes)
  const counts = new Int32Array(widest + WIDTH_POOL + 1)
  for (const w of widths) if (w >= MIN_VOTING_WIDTH) counts[w]!++
  let best = 0
  let bestCount = 0
  // Ascending: a count equal to the best so far comes with a wider width, which wins ties.
  for (let w = MIN_VOTING_WIDTH; w <= widest; w++) {
    if (counts[w] === 0) continue
    let c = 0
    for (let d = -WIDTH_POOL; d <= WIDTH_POOL; d++) c += counts[w + d]!
    if (c >= bestCount) {
      best = w
      bestCount = c
    }
  }
  return bestCount >= minVotes ? best : 0
}

/** `modalWidth` over the sorted widths: the widths within `WIDTH_POOL` of each counted by two pointers. */
function sortedModalWidth(widths: readonly number[], minVotes: number): number {
  let n = 0
  for (const w of widths) if (w >= MIN_VOTING_WIDTH) n++
  const sorted = new Int32Array(n)
  n = 0
  for (const w of widths) if (w >= MIN_VOTING_WIDTH) sorted[n++] = w
  sorted.sort()
  return pooledModeOfSorted(sorted, n, minVotes)
}

/**
 * The pooled mode of the first `n` of `sorted` (ascending): the widths
 * within `WIDTH_POOL` of each counted by two pointers that only move
 * forward; 0 when fewer than `minVotes` agree.
 */
function pooledModeOfSorted(sorted: Int32Array, n: number, minVotes: number): number {
  let best = 0
  let bestCount = 0
  let lo = 0
  let hi = 0
  // Ascending order: a count equal to the best so far comes with a width at least as wide, which wins ties.
  for (let k = 0; k < n; k++) {
    const w = sorted[k]!
    while (sorted[lo]! < w - WIDTH_POOL) lo++
    while (hi < n && sorted[hi]! <= w + WIDTH_POOL) hi++
    const c = hi - lo
    if (c >= bestCount) {
      best = w
      bestCount = c
    }
  }
  return bestCount >= minVotes && bestCount > 0 ? best : 0
}

/**
 * Set `column` on every line from the lines around it that `votes` accepts:
 * the mode of the lines before it or of the lines after it, whichever the
 * line fits better (a column of another width may start right here).
 */
export function setColumnWidths(
  lines: readonly ZhLine[],
  votes: (line: ZhLine) => boolean,
  breaks: (line: ZhLine) => boolean = () => false,
): void {
  // Columns do not reach across a wide blank gap: each stretch between gaps is measured alone.
  let start = 0
  for (let i = 1; i <= lines.length; i++) {
    if (i === lines.length || breaks(lines[i]!)) {
      setStretch(lines.slice(start, i), votes)
      start = i
    }
  }
}

/** Stands for a line too narrow to vote: never within `WIDTH_POOL` of a voting width. */
const NO_VOTE = -1000

/**
 * The voters `widths[from, to)` of a window that only moves forward, with
 * `pooled[w]`: how many of them lie within `WIDTH_POOL` of w. Moving the
 * window adds and removes a voter or two, where sorting it again would
 * handle all of them; the mode is the voter with the most pooled votes,
 * the wider on a tie (as `modalWidth`).
 */
class SlidingWindow {
  private from = 0
  private to = 0
  /** The mode of `[from, to)`, or -1 before the first ask: lines that do not vote ask what the line before asked. */
  private mode = -1

  constructor(
    private readonly widths: readonly number[],
    private readonly pooled: Int32Array,
  ) {}

  modeOf(from: number, to: number): number {
    if (from === this.from && to === this.to && this.mode >= 0) return this.mode
    const widths = this.widths
    const pooled = this.pooled
    // Added before removed: `from` may pass the old `to`.
    for (; this.to < to; this.to++) {
      const w = widths[this.to]!
      if (w !== NO_VOTE) for (let d = -WIDTH_POOL; d <= WIDTH_POOL; d++) pooled[w + d]!++
    }
    for (; this.from < from; this.from++) {
      const w = widths[this.from]!
      if (w !== NO_VOTE) for (let d = -WIDTH_POOL; d <= WIDTH_POOL; d++) pooled[w + d]!--
    }
    let n = 0
    let best = 0
    let bestCount = 0
    for (let k = from; k < to; k++) {
      const w = widths[k]!
      if (w === NO_VOTE) continue
      n++
      const c = pooled[w]!
      if (c > bestCount || (c === bestCount && w > best)) {
        best = w
        bestCount = c
      }
    }
    this.mode = n >= MIN_MODE_VOTES && bestCount >= MIN_MODE_VOTES ? best : 0
    return this.mode
  }
}

function setStretch(lines: readonly ZhLine[], votes: (line: ZhLine) => boolean): void {
  const voters = lines.filter(votes)
  // A plain array of small integers: a typed array here costs an allocation outside the heap per stretch.
  const widths = voters.map((l) => (l.width < MIN_VOTING_WIDTH ? NO_VOTE : l.width))
  let widest = 0
  for (const w of widths) if (w > widest) widest = w
  // Both windows only move forward as the lines go down. A stretch holding a very wide line (a page
  // run into one line) sorts each window instead: its table of pooled votes would be as long as the line.
  const sliding = widest <= TABLE_MAX_WIDTH
  const beforeWindow = sliding ? new SlidingWindow(widths, new Int32Array(widest + WIDTH_POOL + 1)) : null
  const afterWindow = sliding ? new SlidingWindow(widths, new Int32Array(widest + WIDTH_POOL + 1)) : null
  const modeOf = (window: SlidingWindow | null, from: number, to: number) =>
    window ? window.modeOf(from, to) : modalWidth(widths.slice(from, to))
  // The whole stretch's mode, the fallback of lines with no mode around them: computed once (per line it is quadratic).
  let stretchMode: number | undefined
  let v = 0
  for (const line of lines) {
    // v: index of the first voter at or after this line.
    while (v < voters.length && voters[v]!.index < line.index) v++
    const self = voters[v] === line ? 1 : 0
    const before = modeOf(beforeWindow, Math.max(0, v - COLUMN_WINDOW), Math.min(voters.length, v + self))
    const after = modeOf(afterWindow, v, Math.min(voters.length, v + COLUMN_WINDOW + 1))
    if (!before && !after) {
      stretchMode ??= modalWidth(widths, 1)
      line.column = stretchMode
    } else if (!before || !after) line.column = before || after
    else line.column = Math.abs(line.width - after) < Math.abs(line.width - before) ? after : before
  }
}
