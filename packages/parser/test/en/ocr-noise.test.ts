import { describe, expect, it } from 'vitest'
import { isNoiseLine } from '../../src/rules/en/ocr-noise.js'
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
