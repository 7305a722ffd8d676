import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BROKEN_FORMULA_HEAD,
  DASH,
  FORMULA_TOKEN,
  opensBrokenFormula,
  PLACE_MAX_WORDS,
  parseDateline,
  tokensFit,
} from '../../src/rules/en/datelines.js'
import { parseEn } from './parse.js'

describe('en-datelines', () => {
  it('should read place, date and agency of the formula', () => {
    const cases: Array<[string, string, string | null, string | null, string | null]> = [
      ['WASHINGTON, Dec. 3.—The Senate', 'WASHINGTON, Dec. 3.', 'WASHINGTON', 'Dec. 3.', null],
      [
        'LONG BRANCH. N. J.. September 30.—In a vigorous',
        'LONG BRANCH. N. J.. September 30.',
        'LONG BRANCH. N. J.',
        'September 30.',
        null,
      ],
      [
        'WINSTON-SALEM, N.C. (AP) — George Bush',
        'WINSTON-SALEM, N.C. (AP)',
        'WINSTON-SALEM, N.C.',
        null,
        'AP',
      ],
      ['BAHRAIN (Reuters) - Oil prices', 'BAHRAIN (Reuters)', 'BAHRAIN', null, 'Reuters'],
      ['PEKING, March 30 — A top level', 'PEKING, March 30', 'PEKING', 'March 30', null],
      ['DANVILLE Pa.. June 21.-Sparrow pecking', 'DANVILLE Pa.. June 21.', 'DANVILLE Pa.', 'June 21.', null],
      [
        'JOHANNESBURG, South Africa — Nelson',
        'JOHANNESBURG, South Africa',
        'JOHANNESBURG, South Africa',
        null,
        null,
      ],
    ]
    for (const [line, text, place, date, agency] of cases) {
      expect(parseDateline(line), line).toMatchObject({ text, place, date, agency })
    }
  })

  it('should not take an ordinary sentence for a dateline', () => {
    expect(parseDateline('The quick brown fox - jumps')).toBeNull()
    expect(parseDateline('Washington is a city - of many')).toBeNull()
  })

  it('should cut the dateline from the first paragraph and keep its parts', () => {
    const records = parseEn(
      [
        'PANEL: DUKAKIS WINS SMALL EDGE',
        'WINSTON-SALEM, N.C. (AP) — George Bush and Michael',
        'Dukakis clashed in a debate.',
      ].join('\n'),
    )
    const article = records.articles[0]
    expect(article?.dateline).toBe('WINSTON-SALEM, N.C. (AP)')
    expect(article?.datelineParts).toEqual({ place: 'WINSTON-SALEM, N.C.', date: null, agency: 'AP' })
    expect(article?.paragraphs).toEqual(['George Bush and Michael Dukakis clashed in a debate.'])
  })
})

describe('en-datelines: a stray mark before the formula', () => {
  it('should set a stray OCR mark aside as noise and read the dateline after it', () => {
    const records = parseEn(
      [
        'FOOD IS YET SCARCE.',
        '? KIMBERLEY, Feb. 28.— Colonel Peakman, with a mounted force,',
        'reached the town on Tuesday.',
      ].join('\n'),
    )
    expect(records.articles[0]?.headline).toBe('FOOD IS YET SCARCE.')
    expect(records.articles[0]?.dateline).toBe('KIMBERLEY, Feb. 28.')
    expect(records.furniture.map((f) => [f.kind, f.text])).toEqual([['noise', '?']])
  })
})

describe('en-datelines: formulas old OCR damaged', () => {
  it('should end a formula whose dash was lost at its day', () => {
    expect(parseDateline('CHICAGO. Ill; Oct. 6. President Wilson, returning')).toMatchObject({
      text: 'CHICAGO. Ill; Oct. 6.',
      place: 'CHICAGO. Ill',
      date: 'Oct. 6.',
    })
    expect(parseDateline('OKLAHOMA CITY, Dec. 9.')).toMatchObject({ place: 'OKLAHOMA CITY', date: 'Dec. 9.' })
  })

  it('should not take titles, mastheads or words glued to a hyphen for a formula', () => {
    for (const line of [
      'SCHEDULE BEGINS NOV. 7',
      'WASHINGTON, D. C., SUNDAY MORNING, OCTOBER 1, 1916',
      'NOMINATION FOR GOVERNOR OF ILLINOIS. -',
      'SCHULTZ - KNIGHTEN FOUND',
      "C'AIUTYI. K.-i.OOO",
      'THE BIG STORE on Main street, May 10. the sale',
    ]) {
      expect(parseDateline(line), line).toBeNull()
    }
  })

  it('should read a formula broken over two lines and keep the body whole', () => {
    const records = parseEn(
      [
        'ROOSEVELT WOULD SEIZE GERMAN SHIPS',
        'BATTLE CREEK, Mich., September',
        '30.?Speaking to an audience which',
        'filled a huge circus tent here.',
      ].join('\n'),
    )
    expect(records.articles).toHaveLength(1)
    expect(records.articles[0]?.headline).toBe('ROOSEVELT WOULD SEIZE GERMAN SHIPS')
    expect(records.articles[0]?.dateline).toBe('BATTLE CREEK, Mich., September 30.')
    expect(records.articles[0]?.paragraphs).toEqual([
      'Speaking to an audience which filled a huge circus tent here.',
    ])
  })

  it('should take the dash that opens the next line with the formula above it', () => {
    const records = parseEn(
      [
        'MR. WILSON CLAIMS',
        'DEFEAT MEANS WAR',
        'LONG BRANCH. N. J.. September SO.',
        '?In a vigorous denunciation of the',
        'party, President Wilson today spoke.',
      ].join('\n'),
    )
    expect(records.articles[0]?.dateline).toBe('LONG BRANCH. N. J.. September SO.')
    expect(records.articles[0]?.paragraphs[0]).toMatch(/^In a vigorous/)
  })

  it('should open a story at a dash-less formula after body text, never a title', () => {
    const records = parseEn(
      [
        'PRESIDENT IS ON WAY TO LONG BRANCH',
        'CHICAGO. Ill; Oct. 6. President',
        'Wilson, returning from his speech, passed through.',
        '4- WASHINGTON, D. C Oct. 6.',
        'Indications that efforts will be made were seen.',
      ].join('\n'),
    )
    expect(records.articles.map((a) => [a.headline, a.dateline])).toEqual([
      ['PRESIDENT IS ON WAY TO LONG BRANCH', 'CHICAGO. Ill; Oct. 6.'],
      [null, 'WASHINGTON, D. C Oct. 6.'],
    ])
    expect(records.furniture).toContainEqual({ kind: 'noise', text: '4-' })
  })
})

describe('en-datelines: a formula whose day the OCR lost', () => {
  it('should end the formula at its month', () => {
    expect(parseDateline('WASHINGTON. Dec. . As a re')).toMatchObject({
      text: 'WASHINGTON. Dec. .',
      place: 'WASHINGTON',
      date: 'Dec.',
    })
  })
})

describe('en-datelines: the tokens between place and dash', () => {
  // The plain reading the in-place scan replaces: split on white space, at most eight tokens, each a formula token.
  const bySplit = (rest: string) => {
    const words = rest.split(/\s+/).filter(Boolean)
    return words.length <= 8 && words.every((w) => FORMULA_TOKEN.test(w))
  }

  it('fit as the split tokens do', () => {
    // Formula tokens and prose, with every kind of white space between them, up to and past eight tokens.
    const token = fc.constantFrom(
      'N.',
      'J.,',
      'Dec.',
      '30',
      '(AP)',
      'SO.',
      '.,',
      'the',
      'said',
      'x)',
      '(Reuters',
    )
    const space = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u2028', '\ufeff', '\u3000')
    const rest = fc
      .array(fc.tuple(space, token), { maxLength: 11 })
      .chain((parts) => space.map((end) => parts.map(([s, t]) => s + t).join('') + end))
    fc.assert(
      fc.property(rest, (r) => {
        expect(tokensFit(r), JSON.stringify(r)).toBe(bySplit(r))
      }),
      { numRuns: 10_000 },
    )
  })
})

describe('en-datelines: the first line of a broken formula', () => {
  it('opens as the expression reads it, the first three characters looked at first', () => {
    const byExpression = (text: string) => {
      const head = BROKEN_FORMULA_HEAD.exec(text)
      return head !== null && head[0].split(/\s+/).filter(Boolean).length <= PLACE_MAX_WORDS
    }
    // Capitals, figures, the place marks, small letters and the comma, period and space after a place.
    const text = fc
      .array(fc.constantFrom(...`ABZ09'’.-a, \u2014`, 'NEW', ' YORK', 'N.', ', '), { maxLength: 8 })
      .map((a) => a.join(''))
    fc.assert(
      fc.property(text, (t) => {
        expect(opensBrokenFormula(t), t).toBe(byExpression(t))
      }),
      { numRuns: 20_000 },
    )
  })
})

describe('en-datelines: the dash that may end a formula', () => {
  it('is found by the search where a reading of each unit finds it', () => {
    const byUnits = (text: string) => {
      for (let i = 0; i < text.length; i++) if ('\u2014\u2013\u2015-?'.includes(text[i]!)) return i
      return -1
    }
    const text = fc
      .array(fc.constantFrom(...'\u2014\u2013\u2015\u2012\u2212-?A. ,\u00ad'), { maxLength: 12 })
      .map((a) => a.join(''))
    fc.assert(
      fc.property(text, (t) => {
        expect(t.search(DASH), t).toBe(byUnits(t))
      }),
      { numRuns: 10_000 },
    )
  })
})
