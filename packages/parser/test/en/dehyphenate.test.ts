import { describe, expect, it } from 'vitest'
import { dropLineEndHyphen, lazyVocabulary, vocabularyOf } from '../../src/rules/en/dehyphenate.js'
import { parseEn } from './parse.js'

describe('en de-hyphenation', () => {
  const empty = vocabularyOf('')

  it('should drop a syllable hyphen (`Demo-` + `crats`)', () => {
    expect(dropLineEndHyphen('Young Demo-', 'crats turned out', empty)).toBe(true)
  })

  it('should keep the hyphen of well-known compounds (`well-known`, `forty-five`)', () => {
    expect(dropLineEndHyphen('a well-', 'known writer', empty)).toBe(false)
    expect(dropLineEndHyphen('some forty-', 'five miners', empty)).toBe(false)
  })

  it('should keep the hyphen before a capital (`Anglo-` + `American`)', () => {
    expect(dropLineEndHyphen('at Anglo-', 'American mines', empty)).toBe(false)
  })

  it('should follow the page vocabulary over the word list', () => {
    const page = vocabularyOf('The self-evident truth. The self-evident answer.')
    expect(dropLineEndHyphen('is self-', 'evident', page)).toBe(false)
    const printed = vocabularyOf('The counterpart said. Another counterpart.')
    expect(dropLineEndHyphen('the counter-', 'part of', printed)).toBe(true)
    const compound = vocabularyOf('a long-term plan and a long-term goal')
    expect(dropLineEndHyphen('the long-', 'term view', compound)).toBe(false)
  })

  it('should count the words of lines as of the lines joined, also where lower case is longer (`İ`)', () => {
    const lines = ['İSTANBUL and Ankara self-', 'evident, Self-Evident', 'ÇAY çay']
    expect([...vocabularyOf(lines)].sort()).toEqual([...vocabularyOf(lines.join('\n'))].sort())
    expect(vocabularyOf(lines).get('self-evident')).toBe(1)
    expect(vocabularyOf(lines).get('çay')).toBe(2)
    expect(vocabularyOf(lines).get('i̇stanbul')).toBe(1)
  })

  it('should count a lazy vocabulary only when first asked, as vocabularyOf counts', () => {
    let counted = 0
    const lazy = lazyVocabulary(() => {
      counted++
      return ['The counterpart said.', 'Another counterpart.']
    })
    expect(counted).toBe(0)
    expect(lazy.get('counterpart')).toBe(2)
    expect(lazy.get('said')).toBe(1)
    expect(counted).toBe(1)
    expect(dropLineEndHyphen('the counter-', 'part of', lazy)).toBe(true)
  })

  it('should not touch a line that ends without a hyphen (lost hyphens are not invented)', () => {
    expect(dropLineEndHyphen('his resig', 'nation to', empty)).toBe(false)
  })

  it('should join paragraph lines with these decisions', () => {
    const records = parseEn(
      [
        'FOSTER QUITS POST',
        'About 20 members of the Young Demo-',
        'crats and some forty-',
        'five well-',
        'known friends met at his resig',
        'nation party.',
      ].join('\n'),
    )
    expect(records.articles[0]?.paragraphs).toEqual([
      'About 20 members of the Young Democrats and some forty-five well-known friends met at his resig nation party.',
    ])
  })
})
