import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  detectLanguage,
  detectLanguageOfLines,
  detectLanguageOfRanges,
  FUNCTION_WORDS,
} from '../../src/pipeline/detect-language.js'

describe('detectLanguageOfLines', () => {
  it('answers as detectLanguage does on the lines joined', () => {
    // Function words of several languages, Han of both scripts, and odd characters (İ lower-cases to two units).
    const word = fc.constantFrom(
      'the',
      'and',
      'il',
      'di',
      'der',
      'und',
      'el',
      'los',
      'le',
      'İl',
      'THE',
      '们',
      '們',
      '国',
      'x',
      ' ',
      '\u{20000}',
    )
    const line = fc.array(word, { maxLength: 12 }).map((w) => w.join(' '))
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        expect(detectLanguageOfLines(lines)).toBe(detectLanguage(lines.join('\n')))
      }),
      { numRuns: 1000 },
    )
  })

  it('counts function words as lower-casing the sample and matching words would', () => {
    // The plain reading of the rule, with the text lower-cased as a whole: the parser scans code units instead.
    const reference = (text: string) => {
      if (!/[A-Za-z\u00c0-\u024f\p{Script=Han}]/u.test(text)) return null
      const scores = new Map<string, number>()
      for (const w of text
        .slice(0, 200_000)
        .toLowerCase()
        .match(/[a-zà-ÿ]+/g) ?? []) {
        for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
          if (words.includes(w)) scores.set(lang, (scores.get(lang) ?? 0) + 1)
        }
      }
      let best = 'en'
      for (const lang of Object.keys(FUNCTION_WORDS)) {
        if ((scores.get(lang) ?? 0) > (scores.get(best) ?? 0)) best = lang
      }
      return best
    }
    // Units that lower-case into word letters (İ into two units), and look-alikes that do not.
    const unit = fc.constantFrom(
      ...'theandIlDIeLOSderund ÀÉÖØÞ×÷ßŸİKÅ’—\n\u0307Σ'.split(''),
      ...['the ', 'İl ', 'il', 'DİE', 'lé', 'LÉ', 'de', 'UND ', 'la ', 'E'],
    )
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('')
        const expected = reference(text)
        if (expected !== null) expect(detectLanguage(text)).toBe(expected)
      }),
      { numRuns: 3000 },
    )
  })

  it('samples only the first 200,000 characters of a long page, as the joined text would', () => {
    const lines = [
      ...Array.from({ length: 40_000 }, () => 'the and'),
      ...Array.from({ length: 60_000 }, () => 'der und die'),
    ]
    expect(detectLanguageOfLines(lines)).toBe(detectLanguage(lines.join('\n')))
    expect(detectLanguageOfLines(lines)).toBe('en')
  })

  it('answers for ranges read in place as for the same lines cut out', () => {
    // A range that ends between the halves of a pair holds a lone half, as the line cut out would.
    expect(detectLanguageOfRanges('x\u{20000}', [{ start: 0, end: 2 }])).toBe(
      detectLanguageOfLines(['x\ud840']),
    )
    // Ranges may start or end inside a word or between the halves of a surrogate pair.
    const unit = fc.constantFrom(
      ...'the and il der und el İ 們们国x\u{20000}\n,'.split(/(?=[\s\S])/u),
      '\ud840',
      '\udc00',
    )
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 60 }).map((u) => u.join('')),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
        (text, cuts) => {
          const ranges = cuts.map(([a, b]) => {
            const start = Math.min(a, b) % (text.length + 1)
            return { start, end: Math.min(text.length, start + Math.abs(a - b)) }
          })
          const lines = ranges.map((r) => text.slice(r.start, r.end))
          expect(detectLanguageOfRanges(text, ranges)).toBe(detectLanguageOfLines(lines))
        },
      ),
      { numRuns: 2000 },
    )
  })
})
