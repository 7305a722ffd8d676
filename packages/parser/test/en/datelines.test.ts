import { describe, expect, it } from 'vitest'
import { parseDateline } from '../../src/rules/en/datelines.js'
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
