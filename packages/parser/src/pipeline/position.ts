/** Offsets to unist points (line and column from 1, offset from 0). */
import type { Point, Position } from 'unist'

/** Converts offsets of one source into unist points. */
export class Locator {
  private readonly lineStarts: number[] = [0]

  constructor(source: string) {
    const breaks = /\r\n|\r|\n/g
    for (let m = breaks.exec(source); m; m = breaks.exec(source)) this.lineStarts.push(m.index + m[0].length)
  }

  point(offset: number): Point {
    let lo = 0
    let hi = this.lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.lineStarts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1, offset }
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) }
  }
}
