import { describe, expect, it } from 'vitest'
import { lineFurnitureKind } from '../../src/rules/en/furniture-lines.js'
import { isMastheadFormula, isSectionLabel } from '../../src/rules/en/masthead.js'
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
