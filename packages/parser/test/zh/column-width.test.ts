import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  COLUMN_WINDOW,
  MIN_VOTING_WIDTH,
  modalWidthOf,
  setColumnWidths,
  WIDTH_POOL,
} from '../../src/rules/zh/column-width.js'
import type { ZhLine } from '../../src/rules/zh/zh-lines.js'

/** The column of each line as the rule states it: modes of the voters' windows before and after, by slices. */
function reference(widths: readonly number[], votes: (i: number) => boolean): number[] {
  const voters = widths.map((w, i) => ({ index: i, width: w })).filter((l) => votes(l.index))
  return widths.map((width, i) => {
    let v = voters.findIndex((l) => l.index >= i)
    if (v < 0) v = voters.length
    const self = voters[v]?.index === i ? 1 : 0
    const before = modalWidthOf(voters.slice(Math.max(0, v - COLUMN_WINDOW), v + self))
    const after = modalWidthOf(voters.slice(v, v + COLUMN_WINDOW + 1))
    if (!before && !after) return modalWidthOf(voters, 1)
    if (!before || !after) return before || after
    return Math.abs(width - after) < Math.abs(width - before) ? after : before
  })
}

const linesOf = (widths: readonly number[]) =>
  widths.map((width, index) => ({ index, width, column: 0 }) as unknown as ZhLine)

describe('setColumnWidths', () => {
  it('gives each line the mode of the window before or after it, whichever it fits', () => {
    // Column-like widths with narrow lines among them; some stretches hold a line wider than any table of votes.
    const width = fc.oneof(
      fc.integer({ min: 18, max: 26 }),
      fc.integer({ min: 0, max: MIN_VOTING_WIDTH + 2 }),
      fc.integer({ min: 30, max: 60 }),
      fc.constant(200_000),
    )
    fc.assert(
      fc.property(
        fc.array(width, { maxLength: 80 }),
        fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
        (widths, vote) => {
          const lines = linesOf(widths)
          setColumnWidths(lines, (l) => vote[l.index]!)
          expect(lines.map((l) => l.column)).toEqual(reference(widths, (i) => vote[i]!))
        },
      ),
      { numRuns: 1500 },
    )
  })
})

describe('modalWidthOf', () => {
  // Widths around a column's, and now and then one wider than any table of counts.
  const width = fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: 0, max: 40 }) },
    { weight: 1, arbitrary: fc.integer({ min: 5000, max: 5004 }) },
  )

  it('is the voting width with the most widths within WIDTH_POOL of it, the wider on a tie', () => {
    fc.assert(
      fc.property(fc.array(width, { maxLength: 40 }), fc.integer({ min: 1, max: 4 }), (widths, minVotes) => {
        const voting = widths.filter((w) => w >= MIN_VOTING_WIDTH)
        let best = 0
        let bestCount = 0
        for (const w of voting) {
          const count = voting.filter((x) => Math.abs(x - w) <= WIDTH_POOL).length
          if (count > bestCount || (count === bestCount && w > best)) {
            best = w
            bestCount = count
          }
        }
        expect(
          modalWidthOf(
            widths.map((w) => ({ width: w })),
            minVotes,
          ),
        ).toBe(bestCount >= minVotes ? best : 0)
      }),
      { numRuns: 2000 },
    )
  })
})
