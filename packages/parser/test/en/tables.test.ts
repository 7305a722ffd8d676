import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isNoiseLine } from '../../src/rules/en/ocr-noise.js'
import { DOT_LEADER, isFigureLine, mayBeFigureLine } from '../../src/rules/en/tables.js'
import { parseEn } from './parse.js'

describe('en-tables', () => {
  it('should tell lines of a table of figures from prose that quotes numbers', () => {
    for (const line of [
      'Atchison . . . : . . . . . . 106',
      'Caaj of Park ? - 97ft 96ft 1ft',
      'Baltimore & Ohio. 89',
      '133',
      'General Motors . . . . . .t- .',
    ])
      expect(isFigureLine(line), line).toBe(true)
    for (const line of [
      'The 10 percent student body vote marked the lowest turnout in 20 years.',
      'Users Will Pay 75 Cents',
      'Only 1,589 students showed up at the voting stations',
    ])
      expect(isFigureLine(line), line).toBe(false)
  })

  it('should make a market table furniture and keep the story around it', () => {
    const records = parseEn(
      [
        'STOCKS FALL ON WARNING',
        'War stocks and notes fell yesterday after the warning.',
        'Atchison . . . . . . . . . 106',
        'Baldwin Loco. ..... 87',
        'Baltimore & Ohio. 89',
        'Bethlehem Steel . . . 548',
        'Calif. Petroleum ....... 23',
        'The decline was the sharpest of the year.',
      ].join('\n'),
    )
    expect(records.articles).toHaveLength(1)
    expect(records.articles[0]?.paragraphs.join(' ')).not.toMatch(/Atchison|Bethlehem/)
    expect(records.furniture.filter((f) => f.kind === 'table')).toHaveLength(5)
  })

  it('should leave two lines with figures in running text alone', () => {
    const records = parseEn(
      [
        'SCORES',
        'The home team won 3 to 1',
        'and the visitors 2 to 0',
        'in the second game of the day.',
      ].join('\n'),
    )
    expect(records.furniture.filter((f) => f.kind === 'table')).toEqual([])
  })
})

describe('en-ocr-noise: fragments', () => {
  it('should take a line of letter fragments for noise, not a line of initials and short words', () => {
    expect(isNoiseLine('na o a H rN nn muu n nu')).toBe(true)
    expect(isNoiseLine('ii i J .TT-? gaUBy i')).toBe(true)
    expect(isNoiseLine('J. P. Morgan & Co. to be floated in')).toBe(false)
    expect(isNoiseLine('ST. LOUIS, Mo., Oct 6. It is so')).toBe(false)
    expect(isNoiseLine('NOTE MA Y BE ON WA Y TO-MORROW')).toBe(false)
  })
})

describe('en-tables: lines that may be figures', () => {
  it('are found by the expressions as a reading of each unit finds them', () => {
    // The reading the searches replace: the first ASCII digit, or (without one) a period and dot leaders.
    const byUnits = (text: string) => {
      let dot = false
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i)
        if (c >= 0x30 && c <= 0x39) return true
        if (c === 0x2e) dot = true
      }
      return dot && DOT_LEADER.test(text)
    }
    const text = fc
      .array(fc.constantFrom(...'09.. a\u0660\uff11\u00b2', '. . .', '....'), { maxLength: 10 })
      .map((a) => a.join(''))
    fc.assert(
      fc.property(text, (t) => {
        expect(mayBeFigureLine(t), t).toBe(byUnits(t))
      }),
      { numRuns: 10_000 },
    )
  })
})
