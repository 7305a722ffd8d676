import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compact, MAX_DOUBLED_CHUNK, parseDoubled, undoubleText } from '../../src/rules/zh/doubled-text.js'

const char = fc.constantFrom(...Array.from('湖南夏日炎忙双抢：“”谢大家 a1'), '\ud840\udc00', '\ud800')
const piece = fc.array(char, { minLength: 1, maxLength: MAX_DOUBLED_CHUNK + 1 }).map((c) => c.join(''))
/** Lines made of doubled pieces, sometimes with a piece left single or a character changed. */
const line = fc
  .tuple(fc.array(fc.tuple(piece, fc.boolean()), { maxLength: 6 }), fc.nat(), char)
  .map(([pieces, at, swap]) => {
    const text = pieces.map(([p, doubled]) => (doubled ? p + p : p)).join('')
    const i = at % (text.length + 1)
    return at % 3 === 0 ? text.slice(0, i) + swap + text.slice(i + 1) : text
  })

describe('undoubleText', () => {
  it('should repair exactly the lines the whole-line parse repairs (its early rejection rejects no doubled line)', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(undoubleText(text)).toBe(parseDoubled(text, compact(text)))
      }),
      { numRuns: 2000 },
    )
  })
})
