import { describe, expect, it } from 'vitest'
import { garbledShare, isGarbledToken } from '../../src/rules/en/garble.js'
import { isGarbledCapsLine } from '../../src/rules/en/ocr-noise.js'
import { parseEn } from './parse.js'

describe('garbled tokens', () => {
  it('should take case salad, impossible runs, vowel runs, figures in letters and fragments for garble', () => {
    for (const token of ['IVltAIUU', 'VVUULU', 'UIO', "HOl'KS.", '17I1H1', 'rl', 'tt', 'i', 'IMeWS', 'Ot']) {
      expect(isGarbledToken(token), token).toBe(true)
    }
  })

  it('should keep words, initials, titles, numerals and figures with their letters', () => {
    for (const token of [
      'WILSON,',
      'MR.',
      'U.',
      'St.',
      'II',
      'a',
      'I',
      'of',
      '8-HOUR',
      '44th',
      '14-year-old',
      '$2.50',
      'AREA',
      "O'Brien",
      'McDONALD',
      'WU.S0N',
      '"LOST',
    ]) {
      expect(isGarbledToken(token), token).toBe(false)
    }
  })

  it('should measure the share of garbled tokens of a line', () => {
    expect(garbledShare('In Ceir rl America. tt i')).toBe(0.5)
    expect(garbledShare('MR. WILSON CLAIMS')).toBe(0)
    expect(garbledShare('— 16 —')).toBe(0)
  })

  it('should take a line in capitals made of garble and vowel runs for noise', () => {
    expect(isGarbledCapsLine('IVltAIUU VVUULU UIO IHIL')).toBe(true)
    expect(isGarbledCapsLine('MR. WILSON CLAIMS')).toBe(false)
  })
})

describe('garbled lines are no titles', () => {
  it('should keep a garbled line out of the titles and in the text', () => {
    const records = parseEn(
      [
        'KAISER TO SEND THROUGH GERARD',
        'PLEA OF OLD FRIENDSHIP',
        'Lack Ot IMeWS by Une 3lde',
        'Washington, April 28.?The true significance of the visit was explained.',
      ].join('\n'),
    )
    expect(records.articles[0]?.headline).toBe('KAISER TO SEND THROUGH GERARD PLEA OF OLD FRIENDSHIP')
    const titles = records.articles.flatMap((a) => [a.headline, a.kicker, ...a.deks])
    expect(titles.filter((t) => t?.includes('Lack'))).toEqual([])
    expect(records.articles.flatMap((a) => a.paragraphs).join(' ')).toContain('Lack Ot IMeWS by Une 3lde')
  })

  it('should keep a damaged line that closes a title right above its dateline', () => {
    const records = parseEn(
      [
        'SEIZURE OF OPIUM IS',
        'MADE BY OFFICERS',
        'fj BOUGLAS',
        'DOUGLAS, Jan. 15.?During the hearing of the case the officers spoke.',
      ].join('\n'),
    )
    expect(records.articles[0]?.dateline).toBe('DOUGLAS, Jan. 15.')
    expect(records.articles[0]?.headline).toMatch(/^SEIZURE OF OPIUM IS/)
  })
})

describe('garble of a stack in capitals', () => {
  it('should judge a line in capitals with its stack: one damaged word keeps the headline', () => {
    const records = parseEn(
      [
        'STARVLNG PKOPLK ON',
        'VKRGK OF REVOLT',
        'First Chief in Danger of',
        'Death for Letting U. S.',
        'Troops In.',
        'MEXICO CITY, April 28.?The people',
        'of the capital are on the verge of',
        'revolt for want of bread.',
      ].join('\n'),
    )
    expect(records.articles[0]?.headline).toBe('STARVLNG PKOPLK ON VKRGK OF REVOLT')
  })
})
