import { describe, expect, it } from 'vitest'
import { isGarbledCapsLine, isNoiseLine } from '../../src/rules/en/ocr-noise.js'
import { parseEn } from './parse.js'

describe('en-ocr-noise', () => {
  it('should take lines of symbols and stray characters for noise', () => {
    for (const line of ['iu>Mlt.\\Ki?.Mivi roi;', '^,.1 ■■ ■ ;', "{ ?. - •'''", '’.;32', '___________']) {
      expect(isNoiseLine(line), line).toBe(true)
    }
  })

  it('should keep short real words, folios and text with some noise in it', () => {
    for (const line of [
      'a',
      'to',
      '16',
      "grateful foryourMaJesty's most gracious",
      '. "All under ¦my : command are',
    ]) {
      expect(isNoiseLine(line), line).toBe(false)
    }
  })

  it('should make noise lines furniture, never article text, and never lose them', () => {
    const records = parseEn(
      ['iu>Mlt.\\Ki?.Mivi roi;', 'FIRE IN THE CITY', 'A fire broke out today in the city.'].join('\n'),
    )
    expect(records.furniture).toContainEqual({ kind: 'noise', text: 'iu>Mlt.\\Ki?.Mivi roi;' })
    expect(records.articles).toHaveLength(1)
    expect(records.articles[0]?.headline).toBe('FIRE IN THE CITY')
  })
})

describe('garbled lines in capitals', () => {
  it('should take a line in capitals made of garble or specks for noise', () => {
    expect(isGarbledCapsLine('CEASEPICieiJG')).toBe(true)
    expect(isGarbledCapsLine('IIDVT II KKITATK-')).toBe(true)
    expect(isGarbledCapsLine('M CO 7- OA')).toBe(true)
    expect(isNoiseLine("FARiJLOilil ACT'S")).toBe(true)
  })

  it('should keep headlines, names and short words in capitals', () => {
    expect(isGarbledCapsLine('ROOSEVELT WOULD SEIZE GERMAN SHIPS')).toBe(false)
    expect(isGarbledCapsLine('EIGHTH WIFE SEEKING TO DIVORCE "KID" McCOY')).toBe(false)
    expect(isGarbledCapsLine('U. S. TO ACT')).toBe(false)
    expect(isGarbledCapsLine('COMMENT ON AGITATtON FOR REVIVAL')).toBe(false)
    expect(isGarbledCapsLine('Vacuum cleaners sold out')).toBe(false)
  })
})
