import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countHanAsciiSigns, countWideSigns } from '../../src/rules/zh/ocr-text.js'

describe('OCR sign counts', () => {
  const text = fc
    .array(fc.constantFrom(...'中文议方,:;!?，：；！？a 1'.split(''), '𠀀', '\ud800'), { maxLength: 40 })
    .map((c) => c.join(''))

  it('count ASCII signs beside Han characters as the expression matches them (no overlap)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const expected = t.match(/[\u4e00-\u9fff][,:;!?]|[,:;!?][\u4e00-\u9fff]/gu)?.length ?? 0
        expect(countHanAsciiSigns(t)).toBe(expected)
      }),
      { numRuns: 3000 },
    )
    expect(countHanAsciiSigns('中,文')).toBe(1)
  })

  it('count full-width signs', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(countWideSigns(t)).toBe(t.match(/[，：；！？]/gu)?.length ?? 0)
      }),
      { numRuns: 1000 },
    )
  })
})
