/** Offsets to unist points (line and column from 1, offset from 0). */
import type { Point, Position } from 'unist'

/**
 * Where a source starts inside a larger document (a page read on its own
 * from a big file): its offset, and the line and column of its first
 * character. Points are given in the larger document.
 */
export interface Origin {
  offset: number
  line: number
  column: number
}

const START: Origin = { offset: 0, line: 1, column: 1 }

/** Converts offsets of one source into unist points. */
export class Locator {
  private readonly lineStarts: number[] = [0]
  private readonly origin: Origin

  constructor(source: string, origin: Origin = START) {
    this.origin = origin
    // Line breaks CRLF, CR or LF, found by the string's own search for each sign (faster than a
    // loop by code unit, and than a regular expression per line on many short lines).
    let lf = source.indexOf('\n')
    let cr = source.indexOf('\r')
    while (lf >= 0 || cr >= 0) {
      let end = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf
      if (end === cr && lf === cr + 1) end = lf
      this.lineStarts.push(end + 1)
      if (lf >= 0 && lf <= end) lf = source.indexOf('\n', end + 1)
      if (cr >= 0 && cr <= end) cr = source.indexOf('\r', end + 1)
    }
  }

  point(offset: number): Point {
    let lo = 0
    let hi = this.lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.lineStarts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    const { line, column, offset: base } = this.origin
    return {
      line: lo + line,
      column: offset - this.lineStarts[lo]! + (lo === 0 ? column : 1),
      offset: offset + base,
    }
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) }
  }

  /** `position` from offsets of the larger document, as points carry them. */
  documentPosition(start: number, end: number): Position {
    return this.position(start - this.origin.offset, end - this.origin.offset)
  }
}
