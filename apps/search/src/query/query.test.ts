import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toFts5 } from '../store/fts5-query.js'
import { compileQuery } from './compile.js'
import { MAX_QUERY_LENGTH, normalizeDate, parseQuery } from './parse.js'

describe('parseQuery', () => {
  it('should read words, phrases, exclusions, OR and filters', () => {
    const q = parseQuery(
      'senate "standing army" -tariff a OR b author:"Jane Doe" section:Sports from:1916-7 to:1917 lang:ZH-Hant',
    )
    expect(q.groups).toEqual([
      [{ text: 'senate', phrase: false }],
      [{ text: 'standing army', phrase: true }],
      [
        { text: 'a', phrase: false },
        { text: 'b', phrase: false },
      ],
    ])
    expect(q.exclude).toEqual([{ text: 'tariff', phrase: false }])
    expect(q.filters).toEqual({
      authors: ['Jane Doe'],
      sections: ['Sports'],
      from: '1916-07',
      to: '1917',
      lang: 'zh',
    })
    expect(q.warnings).toEqual([])
  })

  it('should warn about and survive odd input', () => {
    expect(parseQuery('"open').warnings[0]).toMatch(/unclosed quote/)
    expect(parseQuery('- x').warnings[0]).toMatch(/lone "-"/)
    expect(parseQuery('OR x OR').warnings).toHaveLength(2)
    expect(parseQuery('from:soon').filters.from).toBeNull()
    expect(parseQuery('x'.repeat(MAX_QUERY_LENGTH + 10)).text).toHaveLength(MAX_QUERY_LENGTH)
    expect(parseQuery(undefined).groups).toEqual([])
  })

  it('should read dates', () => {
    expect(normalizeDate('1920/4/9')).toBe('1920-04-09')
    expect(normalizeDate('1920-13')).toBeNull()
  })
})

describe('compileQuery', () => {
  it('should join characters the segmenter splits and keep words as alternatives', () => {
    const { match } = compileQuery(parseQuery('副局长李明华'))
    expect(toFts5(match!)).toBe(
      '({headline deks bylines body} : "副" *) AND (({headline deks bylines body} : "局长") OR ({words} : "局长")) AND ({headline deks bylines body} : "李明 明华")',
    )
  })

  it('should never give FTS5 syntax from user text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (input) => {
        const { match, exclude } = compileQuery(parseQuery(input))
        for (const node of [match, exclude]) {
          if (!node) continue
          // Phrases hold only letters, digits, Han (radicals are symbols, yet indexed as Han) and spaces.
          for (const phrase of toFts5(node).matchAll(/"([^"]*)"/g))
            expect(phrase[1]).toMatch(/^[\p{L}\p{N}\p{Script=Han} ]+$/u)
        }
      }),
      { numRuns: 500 },
    )
  })
})
