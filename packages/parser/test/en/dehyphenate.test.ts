import { describe, expect, it } from 'vitest'
import { dropLineEndHyphen, lazyVocabulary } from '../../src/rules/en/dehyphenate.js'
import { pageWords } from '../../src/rules/en/page-words.js'
import { parseEn } from './parse.js'

describe('en de-hyphenation', () => {
  const empty = pageWords([])

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
    const page = pageWords(['The self-evident truth. The self-evident answer.'])
    expect(dropLineEndHyphen('is self-', 'evident', page)).toBe(false)
    const printed = pageWords(['The counterpart said. Another counterpart.'])
    expect(dropLineEndHyphen('the counter-', 'part of', printed)).toBe(true)
    const compound = pageWords(['a long-term plan and a long-term goal'])
    expect(dropLineEndHyphen('the long-', 'term view', compound)).toBe(false)
  })

  it('should count a lazy vocabulary only when first asked, as the page words count', () => {
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
