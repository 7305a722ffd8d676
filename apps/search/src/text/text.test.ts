import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fold, foldChar, foldUnits } from './fold.js'
import { segmentHan, segmentHanRuns } from './segment.js'
import { bestSnippet, SCAN_LIMIT, snippet } from './snippet.js'
import { hanGrams, tokenize } from './tokenize.js'

describe('fold', () => {
  it('should fold full-width forms, Kangxi radicals, case and diacritics', () => {
    expect(fold('ＡＢＣ１２３')).toBe('abc123')
    expect(fold('\u2F08\u2F2F')).toBe('人工') // KANGXI RADICAL MAN, WORK
    expect(fold('Renée CAFÉ')).toBe('renee cafe')
  })

  it('should fold Traditional to Simplified', () => {
    expect(fold('晶報於臺灣')).toBe('晶报于台湾')
    expect(fold('晶报')).toBe('晶报')
  })

  it('should fold any text as its code points folded one by one', () => {
    const byCodePoint = (text: string) => Array.from(text, foldChar).join('')
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(fold(text)).toBe(byCodePoint(text))
      }),
    )
    for (const text of ['ﬁ晶報Ｃａｆé𠀀', '\uD800a', 'a\uDC00', '晶報', 'Renée'])
      expect(fold(text)).toBe(byCodePoint(text))
  })

  it('should fold unit for unit, keeping offsets', () => {
    expect(foldUnits('ﬁ晶報Ｃａｆé𠀀')).toBe('f晶报cafe𠀀')
  })

  it('should fold Latin text with a few other characters as unit by unit', () => {
    // Latin text takes a shorter way (`toLowerCase`, then the units outside ASCII).
    const byUnit = (text: string) =>
      Array.from(text, (char) => (char.length === 2 ? char : foldChar(char).charAt(0) || char)).join('')
    const latin = fc.string({ unit: fc.constantFrom('A', 'b', ' ', '.', 'É', 'ﬁ', '’', 'İ', 'Σ', '𝐀', 'Ｃ') })
    fc.assert(
      fc.property(latin, (text) => {
        expect(foldUnits(text)).toBe(byUnit(text))
        expect(foldUnits(text)).toHaveLength(text.length)
      }),
    )
  })
})

describe('tokenize', () => {
  it('should give overlapping pairs and the last character of each Han run', () => {
    expect(hanGrams('李明华')).toEqual(['李明', '明华', '华'])
    expect(hanGrams('米')).toEqual(['米'])
  })

  it('should stem English and keep dictionary words of Han text', () => {
    const tokens = tokenize('Debates 人力资源，李明华')
    expect(tokens.grams).toEqual(['debat', '人力', '力资', '资源', '源', '李明', '明华', '华'])
    expect(tokens.words).toEqual(['人力', '资源'])
  })

  it('should segment a long run without punctuation in pieces', () => {
    const run = '广州市人力资源和社会保障局'.repeat(200)
    const words = segmentHan(run)
    expect(words.join('')).toBe(run)
    // A word cut at a piece edge may be lost to the segmenter (the pairs still find it).
    expect(words.filter((w) => w === '社会').length).toBeGreaterThan(190)
  })

  it('should segment many runs together as each alone', () => {
    const runs = ['广州市人力资源', '和', '社会保障局副局长李明华介绍', '集美', '晶报'.repeat(40), '会议']
    expect(segmentHanRuns(runs)).toEqual(runs.flatMap((run) => segmentHan(run)))
  })
})

describe('snippet', () => {
  it('should cut around the matches and mark them', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}The senate debated. ${'More filler text here. '.repeat(20)}`
    const html = snippet(text, { stems: ['debat'], han: [] })
    expect(html).toMatch(/^….*The senate <mark>debated<\/mark>\..*…$/)
    expect(html.length).toBeLessThan(260)
  })

  it('should not search a body beyond the scan limit, and take the headline instead', () => {
    const body = `${'filler words here. '.repeat(Math.ceil(SCAN_LIMIT / 19) + 10)}The senate debated.`
    const terms = { stems: ['debat'], han: [] }
    expect(snippet(body, terms)).not.toContain('<mark>')
    expect(bestSnippet([body, 'Senate debates'], terms)).toBe('Senate <mark>debates</mark>')
    expect(snippet(body.slice(-2000), terms)).toContain('<mark>debated</mark>')
  })

  it('should start at the beginning when nothing matches', () => {
    expect(snippet('a < b', { stems: ['zzz'], han: [] })).toBe('a &lt; b')
  })
})
