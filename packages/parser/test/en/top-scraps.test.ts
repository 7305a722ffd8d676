import { describe, expect, it } from 'vitest'
import { parseEn } from './parse.js'

/** A story of an old page: no blank lines, a column about 35 characters wide. */
const STORY = [
  'WALL ST. SEES',
  'TRADE DANGER',
  'IF LOANS STOP',
  'NEW YORK, Nov. 28.?Stocks fell on the',
  'Exchange yesterday after the Board',
  'warned the banks against buying',
  'foreign notes without a limit.',
]

describe('en-top-scraps', () => {
  it('should set scraps between the masthead and the first title aside as furniture', () => {
    const records = parseEn(
      ['NEW YORK, WEDNESDAY, NOVEMBER 29, 1916', 'hmml', "Jjl ' Drov", 'litem', ...STORY].join('\n'),
    )
    expect(records.articles).toHaveLength(1)
    expect(records.articles[0]?.headline).toBe('WALL ST. SEES TRADE DANGER IF LOANS STOP')
    expect(
      records.furniture.filter((f) => f.kind === 'unplaced' || f.kind === 'noise').map((f) => f.text),
    ).toEqual(['hmml', "Jjl ' Drov", 'litem'])
  })

  it('should keep a story that opens the page without a title', () => {
    const body = Array.from({ length: 10 }, (_, k) => `line ${k + 1} of a story opening the page.`)
    const records = parseEn([...body, ...STORY].join('\n'))
    expect(records.articles).toHaveLength(2)
    expect(records.articles[0]?.headline).toBeNull()
  })
})

describe('en-headlines: stray words', () => {
  it('should not take a short word printed nowhere else on the page for a title', () => {
    const records = parseEn(['PRICE FIVE CENTS', 'WEA', ...STORY].join('\n'))
    expect(records.articles.map((a) => a.headline)).toEqual(['WALL ST. SEES TRADE DANGER IF LOANS STOP'])
    expect(records.furniture.map((f) => f.text)).toContain('WEA')
  })
})
