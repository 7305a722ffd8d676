import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Line } from '../../src/pipeline/model.js'
import { median } from '../../src/rules/en/features.js'
import { PARAGRAPH_PER_LINE_MIN_WIDTH, wordyMedianIsWide } from '../../src/rules/en/page-layout.js'

/** What `wordyMedianIsWide` answers, as the median it stands for: of the widths of lines of four tokens or more. */
function byMedian(lines: readonly Line[]): boolean {
  const wordy = lines.filter((l) => !l.blank && l.trimmed.split(/\s+/).filter(Boolean).length >= 4)
  return median(wordy.map((l) => l.width)) >= PARAGRAPH_PER_LINE_MIN_WIDTH
}

describe('wordyMedianIsWide', () => {
  it('answers as the median of the wordy lines does', () => {
    // Lines of one to six tokens, blank or not, narrower than, as wide as and wider than the bound.
    const line = fc
      .record({
        blank: fc.boolean(),
        tokens: fc.integer({ min: 1, max: 6 }),
        width: fc.constantFrom(10, 60, 99, 100, 101, 140),
      })
      .map(({ blank, tokens, width }) => {
        const trimmed = blank ? '' : Array.from({ length: tokens }, (_, k) => `w${k}`).join(' ')
        return { blank, trimmed, width } as Line
      })
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        expect(wordyMedianIsWide(lines)).toBe(byMedian(lines))
      }),
      { numRuns: 5000 },
    )
  })
})
