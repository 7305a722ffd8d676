import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  compact,
  MAX_DOUBLED_CHUNK,
  MIN_UNDOUBLED_LENGTH,
  undoubleText,
} from '../../src/rules/zh/doubled-text.js'

/** `undoubleText` as the rule states it, with no early rejection: the whole line parsed into doubled pieces. */
function reference(text: string): string | null {
  const chars = Array.from(compact(text))
  const n = chars.length
  if (n < MIN_UNDOUBLED_LENGTH * 2 || !/\p{Script=Han}/u.test(text)) return null
  const next = new Array<number>(n + 1).fill(0)
  const ok = new Array<boolean>(n + 1).fill(false)
  ok[n] = true
  for (let i = n - 1; i >= 0; i--) {
    for (let k = Math.min(MAX_DOUBLED_CHUNK, Math.floor((n - i) / 2)); k >= 1; k--) {
      if (ok[i + 2 * k] && chars.slice(i, i + k).join('') === chars.slice(i + k, i + 2 * k).join('')) {
        ok[i] = true
        next[i] = k
        break
      }
    }
  }
  if (!ok[0]) return null
  let out = ''
  let pieces = 0
  for (let i = 0; i < n; i += 2 * next[i]!) {
    out += chars.slice(i, i + next[i]!).join('')
    pieces++
  }
  return pieces >= 2 && out.length >= MIN_UNDOUBLED_LENGTH ? out : null
}

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
  it('should repair exactly the lines the whole-line parse repairs', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(undoubleText(text)).toBe(reference(text))
      }),
      { numRuns: 2000 },
    )
  })
})
