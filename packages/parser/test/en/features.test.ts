import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  capsShare,
  capsShareReaches,
  letterCount,
  STARTS_LOWER,
  STARTS_UPPER,
  startsLower,
  startsUpper,
} from '../../src/rules/en/features.js'
import { CAPS_LINE_SHARE } from '../../src/rules/en/headlines.js'

/** The plain reading `capsShareReaches` stops early on. */
function reachesByCounts(text: string, share: number): boolean {
  return capsShare(text) >= share && letterCount(text) >= 2
}

describe('capsShareReaches', () => {
  it('answers as the full counts do, counted afresh or already known', () => {
    // Capitals, small letters and accented ones, figures, marks and spaces, in runs that make lines in
    // capitals, in running text and mixed; shares at and around the ones the rules ask.
    const unit = fc.constantFrom(...'AZÀÞaz àÿĀ9.,  ', 'THE', 'the', 'NEW YORK', 'Mc')
    const line = fc.array(unit, { maxLength: 24 }).map((u) => u.join(''))
    const share = fc.constantFrom(CAPS_LINE_SHARE, 0.6, 0.5, 0.1, 1 / 3, 0, 1)
    fc.assert(
      fc.property(line, share, fc.boolean(), (text, s, counted) => {
        const expected = reachesByCounts(text, s)
        // The counts of another text, or of this one, are what the last count left behind.
        letterCount(counted ? text : `${text}x`)
        expect(capsShareReaches(text, s), JSON.stringify([text, s])).toBe(expected)
      }),
      { numRuns: 20_000 },
    )
  })
})

describe('startsLower and startsUpper', () => {
  it('read the first letter after the opening marks as their expressions do', () => {
    // Opening marks, letters of both cases, figures, closing marks and look-alikes, spaces; empty too.
    const text = fc
      .array(fc.constantFrom(...'“"‘\'(”’)aAzZ09é É_ `{['), { maxLength: 6 })
      .map((a) => a.join(''))
    fc.assert(
      fc.property(text, (t) => {
        expect(startsLower(t), t).toBe(STARTS_LOWER.test(t))
        expect(startsUpper(t), t).toBe(STARTS_UPPER.test(t))
      }),
      { numRuns: 20_000 },
    )
  })
})
