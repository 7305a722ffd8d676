import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { vocabularyOf } from '../../src/rules/en/dehyphenate.js'
import { pageWords } from '../../src/rules/en/page-words.js'

describe('pageWords', () => {
  it('counts every word as vocabularyOf does, and knows no other word', () => {
    // Letters of both cases, accents, hyphens at line ends and inside words, and look-alikes of letters.
    const unit = fc.constantFrom(
      ...'abAB-- \n.ÇçéÉ×÷K'.split(''),
      ...['self-', 'evident', 'Self-Evident', 'well-known', 'the', 'THE', 'long-term-', 'a-b-c'],
    )
    const line = fc.array(unit, { maxLength: 30 }).map((u) => u.join(''))
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.array(line, { maxLength: 4 }), (lines, asked) => {
        const expected = vocabularyOf(lines)
        const table = pageWords(lines)
        expect(table).not.toBeNull()
        for (const [word, count] of expected) expect(table!.get(word)).toBe(count)
        for (const word of asked)
          expect(table!.get(word.toLowerCase())).toBe(expected.get(word.toLowerCase()))
      }),
      { numRuns: 2000 },
    )
  })

  it('grows past its first table without losing counts', () => {
    const words = Array.from(
      { length: 5000 },
      (_, i) => `w${i.toString(36).replace(/\d/g, (d) => 'qrstuvwxyz'[+d]!)}`,
    )
    const lines = [words.join(' '), words.slice(0, 100).join('-')]
    const table = pageWords(lines)!
    for (const [word, count] of vocabularyOf(lines)) expect(table.get(word)).toBe(count)
  })

  it('leaves a page whose lower case is longer (`İ`) to the string count', () => {
    expect(pageWords(['İSTANBUL'])).toBeNull()
  })
})
