import { describe, expect, it } from 'vitest'
import { lineFurnitureKind } from '../../src/rules/en/furniture-lines.js'
import { continuesProse, isMastheadFormula, isSectionLabel } from '../../src/rules/en/masthead.js'
import { parseEn } from './parse.js'

describe('en-masthead and en-furniture-lines', () => {
  it('should recognise masthead formulas and section labels', () => {
    expect(
      isMastheadFormula('No. 602- No. 29,458. WASHINGTON, D. C., SUNDAY MORNING, OCTOBER 1, 1916*'),
    ).toBe(true)
    expect(isMastheadFormula('The Evening Courier | Thursday, March 12, 1987')).toBe(true)
    expect(isMastheadFormula('Volume 46, No. 47')).toBe(true)
    expect(isMastheadFormula('LONDON, Feb. 28.— In her dispatch')).toBe(false)
    expect(isSectionLabel('ARTS & CULTURE')).toBe(true)
    expect(isSectionLabel('NATION')).toBe(true)
    expect(isSectionLabel('MR. WILSON CLAIMS')).toBe(false)
  })

  it('should recognise editor lines, advertisement markers and weather ears', () => {
    expect(lineFurnitureKind('Page editor: Jean-Loup Fievet')).toBe('editor')
    expect(lineFurnitureKind('Edited by Greg McCune | Designed by Kenneth Brettell')).toBe('editor')
    expect(lineFurnitureKind('A D V E RT I S E M E N T')).toBe('ad')
    expect(lineFurnitureKind('THE WEATHER')).toBe('weather')
    expect(lineFurnitureKind('The editor said the plan would pass.')).toBeNull()
  })

  it('should set the masthead, folio and section aside as furniture and read the page date', () => {
    const records = parseEn(
      [
        'The Evening Courier',
        'Monday, March 23, 1987',
        'Page 6',
        'METRO',
        'CITY PLANS NEW PARK',
        'By Ann Lee',
        'The city council voted on Monday',
        'to build a new park next to the',
        'river, and the mayor said work on',
        'it would start in the spring.',
        '',
        'The park will have a playground',
        'and a pond, the council said.',
        '',
        'A D V E RT I S E M E N T',
        '',
        'SUBSCRIBE TODAY',
        'Call 1-800-555-0000',
        'Page editor: Moon Ihlwan',
      ].join('\n'),
    )
    expect(records.section).toBe('METRO')
    expect(records.publication.date).toBe('1987-03-23')
    expect(records.articles).toHaveLength(1)
    expect(records.articles[0]?.headline).toBe('CITY PLANS NEW PARK')
    const kinds = records.furniture.map((f) => f.kind)
    expect(kinds).toEqual(
      expect.arrayContaining(['masthead', 'running-head', 'folio', 'section', 'ad', 'editor']),
    )
    expect(records.furniture.filter((f) => f.kind === 'ad').map((f) => f.text)).toEqual([
      'A D V E RT I S E M E N T',
      'SUBSCRIBE TODAY',
      'Call 1-800-555-0000',
    ])
  })
})

describe('en-masthead: dates in running text', () => {
  it('should not take a date that continues the sentence above it for a dated masthead', () => {
    expect(continuesProse(undefined)).toBe(false)
    const records = parseEn(
      [
        'SENATE TO ACT ON RENT LAW',
        'Senator Ball today introduced his resolution',
        'extending the rent commission act, and the law',
        'shall be continued from',
        'October 22 next until May 22, 1922, it provides.',
        'The commissioners shall be paid a salary.',
      ].join('\n'),
    )
    expect(records.furniture).toEqual([])
    expect(records.articles[0]?.headline).toBe('SENATE TO ACT ON RENT LAW')
    expect(records.articles[0]?.paragraphs.join(' ')).toMatch(/^Senator Ball today .* salary\.$/)
  })

  it('should still take a dated line under a nameplate and motto for the masthead', () => {
    const records = parseEn(
      [
        'THE DAY BOOK',
        'An Adless Newspaper, Daily Except Sunday',
        'VOL 5, NO. 243 Chicago, Wednesday, July 12, 1916',
        'FOUR TRUSTEES SHOW SECRECY',
        'The school board met in secret again on Tuesday.',
      ].join('\n'),
    )
    expect(records.furniture.map((f) => f.text)).toEqual(
      expect.arrayContaining(['THE DAY BOOK', 'VOL 5, NO. 243 Chicago, Wednesday, July 12, 1916']),
    )
  })

  it('should not take a story at the top of an old page for masthead when a dated line of it reads like a formula', () => {
    const story = [
      'Education students not prepared, says prof',
      'By Jason Foster Staff Writer',
      ...Array.from(
        { length: 14 },
        (_, i) => `Cal Poly may have a reputation for producing quality engineers, line ${i + 1}.`,
      ),
      'As of July 1, 1988, the',
      'state requires that all students take two computer courses.',
    ]
    // An old page: one printed line per text line, no blank lines.
    const records = parseEn(
      [...story, 'MOYER TO GET PRISON JOB', 'Charles C. Foster tendered his resignation today.'].join('\n'),
    )
    const text = records.articles.flatMap((a) => [a.headline ?? '', ...a.paragraphs]).join(' ')
    expect(text).toContain('Cal Poly may have a reputation')
    expect(text).toContain('As of July 1, 1988')
  })
})
