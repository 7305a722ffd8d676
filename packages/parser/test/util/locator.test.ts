import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitPages } from '../../src/pipeline/lines.js'
import { Locator } from '../../src/pipeline/position.js'

/** Line and column (from 1) of each offset, from the text split at CRLF, CR and LF. */
function referencePoint(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const lines = before.split(/\r\n|\r|\n/)
  // An offset between the CR and the LF of a CRLF is still on the line the CR ends.
  if (before.endsWith('\r') && text[offset] === '\n')
    return { line: lines.length - 1, column: lines.at(-2)!.length + 2 }
  return { line: lines.length, column: lines.at(-1)!.length + 1 }
}

const text = fc
  .array(fc.constantFrom('a', '中', ' ', '\n', '\r', '\r\n', '\f', '\u2028'), { maxLength: 40 })
  .map((parts) => parts.join(''))

describe('Locator', () => {
  it('gives each offset the line and column the text shows', () => {
    fc.assert(
      fc.property(text, (t) => {
        const locator = new Locator(t)
        for (let offset = 0; offset <= t.length; offset++) {
          const point = locator.point(offset)
          expect({ line: point.line, column: point.column }).toEqual(referencePoint(t, offset))
          expect(point.offset).toBe(offset)
        }
      }),
      { numRuns: 1000 },
    )
  })
})

describe('splitPages', () => {
  it('cuts lines at CRLF, CR and LF and pages at form feeds, keeping every offset', () => {
    fc.assert(
      fc.property(text, (t) => {
        // An empty line right before a form feed is no line: the feed ends the page.
        const expected = t
          .split('\f')
          .map((page, i, all) =>
            page
              .split(/\r\n|\r|\n/)
              .filter((l, k, lines) => l || k < lines.length - 1 || i === all.length - 1),
          )
        const pages = splitPages(t)
        // Pages of only whitespace are dropped; the others keep their lines in order.
        const kept = expected.filter((lines) => lines.some((l) => l.trim()))
        expect(pages.map((p) => p.lines.map((l) => l.raw))).toEqual(kept)
        for (const page of pages)
          for (const line of page.lines) expect(t.slice(line.start, line.end)).toBe(line.raw)
      }),
      { numRuns: 1000 },
    )
  })
})
