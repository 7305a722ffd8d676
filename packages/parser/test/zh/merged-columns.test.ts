import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CharPairs } from '../../src/rules/zh/merged-columns.js'

/** The plain reading CharPairs replaces: a Set of every two neighbouring characters (code points), asked `first + second`. */
function plainPairs(texts: readonly string[]): Set<string> {
  const pairs = new Set<string>()
  for (const text of texts) {
    const chars = Array.from(text)
    for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i]! + chars[i + 1]!)
  }
  return pairs
}

/** Han, full-width signs, Hangul, astral characters and lone surrogates: every kind of key CharPairs makes. */
const unit = fc.oneof(
  fc.constantFrom(...Array.from('中華民國名實相符，。（）「」')),
  fc.constantFrom('\ud83d\ude00', '\ud840\udc00', '\ud800', '\udc00', '가', '\uf900', '\uffe5', 'a', ' '),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
)
const text = fc.array(unit, { maxLength: 12 }).map((units) => units.join(''))

describe('CharPairs', () => {
  it('should answer as a Set of the strings of neighbouring characters', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (texts) => {
        const pairs = new CharPairs()
        for (const t of texts) pairs.addPairsOf(t)
        const plain = plainPairs(texts)
        // Asked one code unit (or none) each side, as the rule asks: every unit of the texts, and a few more.
        const units = [...new Set([...texts.join(''), '', '中', '\ud800', '\udc00'])]
        for (const a of units) {
          for (const b of units) expect(pairs.has(a, b)).toBe(plain.has(a + b))
        }
      }),
      { numRuns: 300 },
    )
  })
})
