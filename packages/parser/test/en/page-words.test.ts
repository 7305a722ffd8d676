import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pageWords } from '../../src/rules/en/page-words.js'

/**
 * The plain reading `pageWords` is held to: every word of every line
 * (`[A-Za-z\u00c0-\u024f]+(?:-[A-Za-z\u00c0-\u024f]+)*`) cut out and
 * lower-cased, a compound counted whole and by its parts.
 */
function plainVocabulary(lines: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  const add = (w: string) => counts.set(w, (counts.get(w) ?? 0) + 1)
  for (const line of lines)
    for (const [word] of line.matchAll(/[A-Za-z\u00c0-\u024f]+(?:-[A-Za-z\u00c0-\u024f]+)*/g)) {
      const lower = word.toLowerCase()
      add(lower)
      if (lower.includes('-')) for (const part of lower.split('-')) add(part)
    }
  return counts
}

describe('pageWords', () => {
  it('counts every word as the plain reading does, and knows no other word', () => {
    // Letters of both cases, accents, hyphens at line ends and inside words, look-alikes of letters
    // (Kelvin sign), letters whose lower case lies outside the word letters (`Ⱥ`) or is two units (`İ`).
    const unit = fc.oneof(
      fc.constantFrom(
        ...'abAB-- \n.ÇçéÉ×÷KİiıȺⱥǅǆŸÿ'.split(''),
        ...['self-', 'evident', 'Self-Evident', 'well-known', 'the', 'THE', 'long-term-', 'a-b-c', 'i̇'],
      ),
      fc.integer({ min: 0xc0, max: 0x24f }).map((c) => String.fromCharCode(c)),
    )
    const line = fc.array(unit, { maxLength: 30 }).map((u) => u.join(''))
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.array(line, { maxLength: 4 }), (lines, asked) => {
        const expected = plainVocabulary(lines)
        const table = pageWords(lines)
        for (const [word, count] of expected) expect(table.get(word)).toBe(count)
        for (const word of [...asked, ...lines]) {
          expect(table.get(word)).toBe(expected.get(word))
          expect(table.get(word.toLowerCase())).toBe(expected.get(word.toLowerCase()))
        }
      }),
      { numRuns: 3000 },
    )
  })

  it('grows past its first table without losing counts', () => {
    const words = Array.from(
      { length: 5000 },
      (_, i) => `w${i.toString(36).replace(/\d/g, (d) => 'qrstuvwxyz'[+d]!)}`,
    )
    const lines = [words.join(' '), words.slice(0, 100).join('-')]
    const table = pageWords(lines)
    for (const [word, count] of plainVocabulary(lines)) expect(table.get(word)).toBe(count)
  })

  it('counts a word with `İ` by its lower case, `i̇` (two code units)', () => {
    const table = pageWords(['İSTANBUL and İstanbul', 'istanbul ıstanbul'])
    expect(table.get('i̇stanbul')).toBe(2)
    expect(table.get('istanbul')).toBe(1)
    expect(table.get('ıstanbul')).toBe(1)
    expect(table.get('i̇stanbu')).toBeUndefined()
  })

  it('counts the words of lines as of the lines joined: no word runs across lines', () => {
    const lines = ['İSTANBUL and Ankara self-', 'evident, Self-Evident', 'ÇAY çay']
    const table = pageWords(lines)
    expect(table.get('self-evident')).toBe(1)
    expect(table.get('self')).toBe(2)
    expect(table.get('çay')).toBe(2)
    expect(table.get('i̇stanbul')).toBe(1)
  })
})
