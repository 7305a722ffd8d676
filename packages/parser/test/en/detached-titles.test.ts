import { describe, expect, it } from 'vitest'
import { parseEn } from './parse.js'

/**
 * A page as MuPDF prints it (blank lines after most lines): stories open with a kicker or byline, their
 * titles come in a block after all of the text.
 */
const MUPDF_PAGE = `SPORTS

OIL

By WALKER SIMON, Reuters

QUITO (Reuters) — The suspension of

oil shipments will last four months,

an official said.


By Stephen Nisbet

PEKING, March 30 — A reshuffle of

the leadership will come by October,

Yao Yilin told a news conference.


Edited by Guy Collins | Designed by Moon Ihlwan

ECUADOR TO EXPORT NO OIL FOR 4 MONTHS,
OFFICIAL

YAO SAYS CHINA TO RESHUFFLE
LEADERSHIP BY OCTOBER
`

describe('en-detached-titles', () => {
  it('should give the titles printed after the text to the stories that opened without one, in order', () => {
    const records = parseEn(MUPDF_PAGE)
    expect(records.articles.map((a) => [a.kicker, a.headline, a.bylines[0]?.authors])).toEqual([
      ['OIL', 'ECUADOR TO EXPORT NO OIL FOR 4 MONTHS, OFFICIAL', ['WALKER SIMON']],
      [null, 'YAO SAYS CHINA TO RESHUFFLE LEADERSHIP BY OCTOBER', ['Stephen Nisbet']],
    ])
  })

  it('should leave a closing title where it is when every story has a title', () => {
    const records = parseEn(
      [
        'PARK PLAN PASSES',
        'By Ann Lee',
        'The council voted on Monday to build a',
        'park by the river.',
        '',
        'SCHOOL BOARD MEETS',
        'The board met on Tuesday night and',
        'approved the budget.',
        '',
        '',
        'Page 5',
      ].join('\n'),
    )
    expect(records.articles.map((a) => a.headline)).toEqual(['PARK PLAN PASSES', 'SCHOOL BOARD MEETS'])
  })

  it('should not take the last line of running text for a title printed apart', () => {
    const records = parseEn(
      [
        'PARK PLAN PASSES',
        'The council voted on Monday to build a',
        'park, a response to a proposal authored',
        'by Natural Resources Management',
        'Department Head Norman Pillsbury. Members',
        'of the Young Democrats Saw',
      ].join('\n'),
    )
    expect(records.articles.map((a) => a.headline)).not.toContain('of the Young Democrats Saw')
  })

  it('should read a title printed as overlapping word pairs once, keeping the copies as noise', () => {
    const page = [
      'BUSINESS',
      '',
      'ARTS',
      '',
      'Elvis fans around the world have been',
      '',
      'marking the birthday of the singer in',
      '',
      'towns and cities, the fan clubs said.',
      '',
      '',
      'By Greg McCune',
      '',
      'WASHINGTON, March 25 — Farm credit',
      '',
      'sources said the system would ask',
      '',
      'Congress for aid this spring.',
      '',
      '',
      'Elvis',
      'Elvis fans',
      'fans hold',
      'hold birthday',
      'birthday bash',
      'bash',
      '',
      'FARM CREDIT SYSTEM TO ASK FOR CONGRESSIONAL AID',
      '',
    ].join('\n')
    const records = parseEn(page)
    expect(records.articles.map((a) => [a.kicker, a.headline])).toEqual([
      ['ARTS', 'Elvis fans hold birthday bash'],
      [null, 'FARM CREDIT SYSTEM TO ASK FOR CONGRESSIONAL AID'],
    ])
    expect(records.furniture.filter((f) => f.kind === 'noise').map((f) => f.text)).toEqual([
      'Elvis',
      'fans',
      'hold',
      'birthday',
      'bash',
    ])
  })
})
