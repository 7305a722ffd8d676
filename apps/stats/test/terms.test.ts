import { describe, expect, it } from 'vitest'
import { termMatcher } from '../src/term-use.js'
import { classifyToken, eachToken, MAX_SEGMENT_PIECE, shortPieces } from '../src/terms.js'

function tokens(text: string) {
  const terms: string[] = []
  const numbers: string[] = []
  eachToken(text, (token, kind) => (kind === 'term' ? terms : numbers).push(token))
  return { terms, numbers }
}

describe('eachToken', () => {
  it('should split Chinese into words and drop one-character words and stop words', () => {
    const { terms } = tokens('广州市人力资源和社会保障局副局长今天介绍')
    expect(terms).toContain('人力')
    expect(terms).toContain('资源')
    expect(terms).toContain('介绍')
    expect(terms).not.toContain('今天')
    expect(terms.every((t) => [...t].length >= 2)).toBe(true)
  })

  it('should keep numbers apart, Arabic and Chinese', () => {
    expect(tokens('1930年4月3日 十九 三月').numbers).toEqual(['1930', '4', '3', '十九', '三月'])
    const { terms, numbers } = tokens('The year 1,916 and 25%')
    expect(numbers).toEqual(['1,916', '25%'])
    expect(terms).toEqual(['year'])
  })

  it('should lower-case English, drop stop words and short debris', () => {
    expect(tokens('The Senate AND the House of tn ot').terms).toEqual(['senate', 'house'])
  })

  it('should segment long Chinese text in short pieces and lose no word', () => {
    const long = '上海市人民政府召开新闻发布会'.repeat(100)
    expect(shortPieces(long).every((p) => p.length <= MAX_SEGMENT_PIECE)).toBe(true)
    expect(shortPieces(long).join('')).toBe(long)
    expect(tokens(long).terms.filter((t) => t === '人民政府').length).toBeGreaterThanOrEqual(95)
  })

  it('should cut pieces after sentence ends', () => {
    expect(shortPieces('第一句。第二句！第三句')).toEqual(['第一句。', '第二句！', '第三句'])
  })

  it('should classify tokens', () => {
    expect(classifyToken('上海')).toBe('term')
    expect(classifyToken('的')).toBe('skip')
    expect(classifyToken('三月')).toBe('number')
    expect(classifyToken('wheat')).toBe('term')
    expect(classifyToken('—')).toBe('skip')
  })
})

describe('termMatcher', () => {
  it('should match English terms as whole words, ignoring case', () => {
    const count = termMatcher('river')
    expect(count('River rivers riverbank the river.')).toBe(2)
  })

  it('should match Chinese terms anywhere', () => {
    expect(termMatcher('上海')('上海市与上海县')).toBe(2)
  })

  it('should take terms with regular expression characters literally', () => {
    expect(termMatcher('a.b')('a.b axb')).toBe(1)
  })

  it('should refuse an empty term', () => {
    expect(() => termMatcher('  ')).toThrow(TypeError)
  })
})
