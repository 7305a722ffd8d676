import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanLine, OffsetPool } from '../../src/rules/zh/zh-lines.js'

const line = fc
  .array(fc.constantFrom(...Array.from('中文 abc　，。 \t1')), { maxLength: 30 })
  .map((c) => c.join('').trim())

describe('cleanLine', () => {
  it('should drop spaces next to CJK characters and keep each kept unit’s offset', () => {
    expect(cleanLine('中 文 a  b', 10)).toEqual({
      text: '中文a b',
      offsets: Int32Array.of(10, 12, 14, 15, 17),
    })
    expect(cleanLine('中文', 3)).toEqual({ text: '中文', offsets: Int32Array.of(3, 4) })
  })

  it('should give every line of a page its own offsets from one pool, however small the pool', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.integer({ min: 0, max: 40 }), (lines, size) => {
        const pool = new OffsetPool(size)
        let start = 0
        const pooled = lines.map((raw) => {
          const cleaned = cleanLine(raw, start, pool)
          start += raw.length + 1
          return cleaned
        })
        start = 0
        for (const [i, raw] of lines.entries()) {
          // Read after every line was cleaned: a later line must not have written over an earlier one's.
          expect(pooled[i]).toEqual(cleanLine(raw, start))
          start += raw.length + 1
        }
      }),
      { numRuns: 300 },
    )
  })
})
