import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { zhWidth } from '../../src/rules/zh/zh-lines.js'
import { displayWidth, isWide } from '../../src/util/width.js'

/** Any code unit (lone surrogates included, each a column), astral characters and signs set full width. */
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('中', '𠀀', '😀', 'é', '…', '—', '■'),
)

describe('displayWidth', () => {
  it('counts two columns for each wide code point and one for every other', () => {
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

describe('zhWidth', () => {
  it('also counts dashes, ellipses and the squares and circles Chinese type sets full width as two columns', () => {
    const fullWidth = new Set(Array.from('…—―□■○●◎△▲'))
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const text = units.join('')
        let expected = 0
        for (const char of text) expected += isWide(char.codePointAt(0)!) || fullWidth.has(char) ? 2 : 1
        expect(zhWidth(text)).toBe(expected)
      }),
      { numRuns: 3000 },
    )
  })
})
