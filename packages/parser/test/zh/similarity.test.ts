import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AskedGrams, AskedPairs, bigrams, titleSimilarity } from '../../src/rules/zh/similarity.js'

/** The plain reading: pairs of consecutive word characters of the NFKC text, as strings, in a Set. */
function referencePairs(text: string): string[] {
  const chars = Array.from(text.normalize('NFKC')).filter((c) => /[\p{Script=Han}\p{L}\p{N}]/u.test(c))
  const out = new Set<string>()
  for (let i = 1; i < chars.length; i++) out.add(chars[i - 1]! + chars[i]!)
  return [...out]
}

/** A pair as the reference writes it. */
const asText = (g: number | string) => {
  if (typeof g === 'string') return g
  const big = (c: number) => (c >= 0x2000 ? c - 0x2000 + 0x4e00 : c)
  return String.fromCodePoint(big(Math.floor(g / 0x8000)), big(g % 0x8000))
}

describe('bigrams', () => {
  // Han of both blocks, letters, digits, full-width forms (NFKC makes them ASCII), punctuation and rare letters.
  const char = fc.constantFrom(
    ...'中国人民日报记者本报讯，。、“”（）《》abcXYZ019０１ＡＢ　 ·…ß㈱①é\u0301𠀀'.split(''),
    '𠀀',
    '𪚥',
  )
  const text = fc.array(char, { maxLength: 60 }).map((c) => c.join(''))

  it('holds the distinct pairs of the text in the order they first occur', () => {
    fc.assert(
      fc.property(text, (t) => {
        const grams = bigrams(t)
        expect([...grams].map(asText)).toEqual(referencePairs(t))
        expect(grams.size).toBe(referencePairs(t).length)
      }),
      { numRuns: 2000 },
    )
  })

  it('answers has() as a Set of the pairs would, and measures a title against a body by them', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const title = bigrams(a)
        const body = bigrams(b)
        const bodyPairs = new Set(referencePairs(b))
        const hits = referencePairs(a).filter((p) => bodyPairs.has(p)).length
        for (const g of title) expect(body.has(g)).toBe(bodyPairs.has(asText(g)))
        expect(titleSimilarity(title, body)).toBe(title.size ? hits / title.size : 0)
      }),
      { numRuns: 2000 },
    )
  })

  it('counts a long text with many distinct pairs', () => {
    const han = Array.from({ length: 20_000 }, (_, i) =>
      String.fromCharCode(0x4e00 + ((i * 7919) % 20_000)),
    ).join('')
    expect(bigrams(han).size).toBe(referencePairs(han).length)
  })

  it('counts a text longer than the scratch it walks short texts in, and short texts after it', () => {
    const han = Array.from({ length: 70_000 }, (_, i) =>
      String.fromCharCode(0x4e00 + ((i * 7919) % 20_901)),
    ).join('')
    expect(bigrams(han).size).toBe(referencePairs(han).length)
    expect([...bigrams('中国人民')].map(asText)).toEqual(['中国', '国人', '人民'])
  })
})

describe('AskedGrams', () => {
  const char = fc.constantFrom(...'中国人民日报记者本报讯，。“”abcXY01０Ａ　 ·é\u0301'.split(''), '𠀀')
  const text = fc.array(char, { maxLength: 40 }).map((c) => c.join(''))

  it('answers every pair as the whole set of the body does, asked about or not', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), text, text, (titles, body, other) => {
        const asked = new AskedPairs(titles)
        const kept = new AskedGrams(body, asked)
        const whole = bigrams(body)
        for (const t of [...titles, other]) {
          const title = bigrams(t)
          for (const g of title) expect(kept.has(g)).toBe(whole.has(g))
          expect(titleSimilarity(title, kept)).toBe(titleSimilarity(title, whole))
        }
      }),
      { numRuns: 1000 },
    )
  })
})
