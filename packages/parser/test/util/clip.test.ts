import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clip } from '../../src/util/clip.js'

describe('clip', () => {
  it('cuts at `max` code points as splitting the text into them would, never inside a pair', () => {
    const char = fc.constantFrom('a', '中', '𠀀', '\ud800', '\udc00', ' ', '…')
    fc.assert(
      fc.property(fc.array(char, { maxLength: 20 }), fc.integer({ min: 0, max: 22 }), (chars, max) => {
        const text = chars.join('')
        const points = Array.from(text)
        expect(clip(text, max)).toBe(points.length > max ? `${points.slice(0, max).join('')}…` : text)
      }),
      { numRuns: 3000 },
    )
    expect(clip('𠀀𠀀𠀀', 2)).toBe('𠀀𠀀…')
  })
})
