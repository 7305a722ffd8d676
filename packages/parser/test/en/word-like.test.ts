import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isWordLike, WORD_LIKE } from '../../src/rules/en/word-like.js'

describe('isWordLike', () => {
  it('answers as WORD_LIKE does', () => {
    // Letters of both cases, digits, apostrophes, hyphens and other punctuation, mixed into short tokens.
    const char = fc.constantFrom(...Array.from('aAbBzZ09\'’-.,"“()é'))
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 10 }).map((a) => a.join('')),
        (token) => {
          expect(isWordLike(token)).toBe(WORD_LIKE.test(token))
          // Read in place inside a line, as the noise test reads it.
          expect(isWordLike(`a ${token} b`, 2, 2 + token.length)).toBe(WORD_LIKE.test(token))
        },
      ),
      { numRuns: 20_000 },
    )
    fc.assert(
      fc.property(fc.string(), (token) => {
        expect(isWordLike(token)).toBe(WORD_LIKE.test(token))
      }),
    )
  })

  it('takes words, capitals, compounds and quoted words, not fragments of OCR', () => {
    for (const word of ['the', 'Anglo-American', 'U.S', 'NEW', "O'", '“Well,', 'café', "'Tis", 'A-']) {
      expect(isWordLike(word)).toBe(WORD_LIKE.test(word))
    }
    expect(isWordLike('well-known')).toBe(true)
    expect(isWordLike('(Dollars).')).toBe(true)
    expect(isWordLike('rN')).toBe(false)
    expect(isWordLike('a-b')).toBe(false)
    expect(isWordLike('1916')).toBe(false)
  })
})
