import { describe, expect, it } from 'vitest'
import { earHeaderKind, isPriceLine, isVolumeLine, isWeatherText } from '../../src/rules/en/ears.js'
import { isMastheadFormula } from '../../src/rules/en/masthead.js'
import { parseEn } from './parse.js'

describe('en-masthead: ears, price and volume lines', () => {
  it('should recognise price, edition and page-count ears', () => {
    for (const line of [
      'ONE CENT',
      'PRICE TWO CENTS.',
      'PRICE, 2 CENTS',
      'PRICE RYE CENTS',
      'LAST EDITION',
      '10 PAGES',
    ])
      expect(isPriceLine(line), line).toBe(true)
    for (const line of [
      'Users Will Pay 75 Cents',
      'The price of wheat rose two cents a bushel on Monday.',
      'EDITION',
    ])
      expect(isPriceLine(line), line).toBe(false)
  })

  it('should recognise volume and number lines, also as OCR prints them', () => {
    for (const line of [
      'VOL 19. NO. 159.',
      'VoL XXI.',
      'VOLUME XXXVI',
      'NO, 11',
      'vol.. I-XXX11I. no. 24a.',
      '66th YEAR',
    ])
      expect(isVolumeLine(line), line).toBe(true)
    for (const line of ['No more war', 'Volunteers wanted', 'No. 1 in the league this year'])
      expect(isVolumeLine(line), line).toBe(false)
    expect(isMastheadFormula('\\m;!)m;si)ay. NOVEMBER 29, L916')).toBe(true)
    expect(isMastheadFormula('CHICAGO, APRIL 15$ 1916')).toBe(true)
    expect(isMastheadFormula('Volume53^No^')).toBe(true)
  })

  it('should name the kind of an ear from its header', () => {
    expect(earHeaderKind('THE WEATHER FORECAST.')).toBe('weather')
    expect(earHeaderKind('WEATHEK')).toBe('weather')
    expect(earHeaderKind('MARKETS')).toBe('table')
    expect(earHeaderKind('MAILS')).toBe('notice')
    expect(earHeaderKind('weather ami elotiils prevailed off the')).toBeNull()
    expect(earHeaderKind('MARKETS SLUMP AS WAR NEWS SPREADS ACROSS THE NATION TODAY')).toBeNull()
    expect(isWeatherText('Monday fair; somewhat')).toBe(true)
    expect(isWeatherText('Senator Ball introduced his resolution')).toBe(false)
  })

  it('should set aside ears above and under the dated line of an old front page', () => {
    const records = parseEn(
      [
        'ONE CENT',
        'MARKETS',
        'Average price of copper',
        'Dec. 8, 32.95.',
        'WEATHER',
        'Arizona: Sunday and',
        'Monday fair; somewhat',
        'colder south portion.',
        'BISBEE, ARIZONA, SUNDAY MORNING, DECEMBER 10, 1916.',
        'VOL 19. NO. 159.',
        'PRICE FIVE CENTS',
        'IMPURE MILK',
        'IS POURED IN SEWERS',
        'City and County Officials Use',
        'Dramatic Means to Protect City.',
        'Finding that two samples of milk were not up to the',
        'standard, the board of health ordered the load emptied.',
      ].join('\n'),
    )
    expect(records.articles).toHaveLength(1)
    expect(records.articles[0]?.headline).toBe('IMPURE MILK IS POURED IN SEWERS')
    const kindOf = (text: string) => records.furniture.find((f) => f.text === text)?.kind
    expect(kindOf('ONE CENT')).toBe('masthead')
    expect(kindOf('Average price of copper')).toBe('table')
    expect(kindOf('Monday fair; somewhat')).toBe('weather')
    expect(kindOf('BISBEE, ARIZONA, SUNDAY MORNING, DECEMBER 10, 1916.')).toBe('masthead')
    expect(kindOf('VOL 19. NO. 159.')).toBe('running-head')
    expect(kindOf('PRICE FIVE CENTS')).toBe('masthead')
  })

  it('should take a weather forecast under its header out of the page anywhere', () => {
    const records = parseEn(
      [
        'CITY PLANS NEW PARK',
        'The city council voted on Monday to build a park.',
        '',
        'WEATHEK',
        'Probable rain Wednesday and',
        'Wednesday night; Thursday,',
        'partly overcast.',
        '',
        'SCHOOL BOARD MEETS',
        'The school board met on Tuesday night.',
      ].join('\n'),
    )
    expect(records.furniture.filter((f) => f.kind === 'weather').map((f) => f.text)).toEqual([
      'WEATHEK',
      'Probable rain Wednesday and',
      'Wednesday night; Thursday,',
      'partly overcast.',
    ])
    expect(records.articles.map((a) => a.headline)).toEqual(['CITY PLANS NEW PARK', 'SCHOOL BOARD MEETS'])
  })
})

describe('en-furniture-lines: weather in running text', () => {
  it('should leave a body line that opens with the word weather in its story', () => {
    const records = parseEn(
      [
        'STEAMER ASHORE IN FOG',
        'The captain said thick',
        'weather and clouds prevailed off the',
        'cape, and that he was sure the',
        'lights did not belong to British',
        'cruisers.',
      ].join('\n'),
    )
    expect(records.furniture.filter((f) => f.kind === 'weather')).toEqual([])
    expect(records.articles[0]?.paragraphs.join(' ')).toMatch(/thick weather and clouds .* cruisers\.$/)
  })
})
