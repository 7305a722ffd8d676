import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectLanguage, detectLanguageOfLines } from '../../src/pipeline/detect-language.js'

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

  it('samples only the first 200,000 characters of a long page, as the joined text would', () => {
    const lines = [
      ...Array.from({ length: 40_000 }, () => 'the and'),
      ...Array.from({ length: 60_000 }, () => 'der und die'),
    ]
    expect(detectLanguageOfLines(lines)).toBe(detectLanguage(lines.join('\n')))
    expect(detectLanguageOfLines(lines)).toBe('en')
  })
})
