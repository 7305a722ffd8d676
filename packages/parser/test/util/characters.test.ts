import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countRadicals, repairCharacters } from '../../src/pipeline/characters.js'

/** Radicals, their neighbours just outside the two blocks, and anything else. */
const text = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0x2e70, max: 0x2fe0 }).map((c) => String.fromCharCode(c)),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(''))

describe('countRadicals', () => {
  it('should count what the radical expression matches', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(countRadicals(t)).toBe(t.match(/[\u2e80-\u2ef3\u2f00-\u2fd5]/g)?.length ?? 0)
      }),
      { numRuns: 500 },
    )
  })

  it('should count the radicals of `⽇⺠` and nothing in plain text', () => {
    expect(countRadicals('⽉⽇⺠日民')).toBe(3)
    expect(repairCharacters('⽉⽇⺠')).toBe('月日民')
    expect(countRadicals('日月')).toBe(0)
  })
})
