import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { displayWidth, isWide } from '../../src/util/width.js'

describe('displayWidth', () => {
  it('counts two columns for each wide code point and one for every other', () => {
    // Any code units, lone surrogates included (each a column), and astral characters.
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('中', '𠀀', '😀', 'é'),
    )
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const text = units.join('')
        let expected = 0
        for (const char of text) expected += isWide(char.codePointAt(0)!) ? 2 : 1
        expect(displayWidth(text)).toBe(expected)
      }),
      { numRuns: 3000 },
    )
  })
})
