import { describe, expect, it } from 'vitest'
import { Counter, Distribution, linearEdges, roundEdges } from '../src/counter.js'
import { TermIndex } from '../src/tfidf.js'
import { judgePage, WorstPages } from '../src/worst-pages.js'

describe('Counter', () => {
  it('should sort by count, then name', () => {
    const c = new Counter()
    for (const k of ['b', 'a', 'b', 'c', 'a', 'b']) c.add(k)
    expect(c.sorted()).toEqual([
      { name: 'b', count: 3 },
      { name: 'a', count: 2 },
      { name: 'c', count: 1 },
    ])
  })
})

describe('Distribution', () => {
  it('should give nearest-rank quantiles, mean and max', () => {
    const d = new Distribution()
    for (const v of [5, 1, 3, 3, 10]) d.add(v)
    expect(d.quantile(0.5)).toBe(3)
    expect(d.quantile(0.9)).toBe(10)
    expect(d.mean).toBe(4.4)
    expect(d.max).toBe(10)
  })

  it('should bin values, 0.3 in [0.3, 0.4) and the top edge in the last bin', () => {
    const d = new Distribution()
    for (const v of [0, 0.3, 0.3, 1]) d.add(v)
    const bins = d.bins(linearEdges(1, 0.1))
    expect(bins).toHaveLength(10)
    expect(bins[3]).toEqual({ from: 0.3, to: 0.4, count: 2 })
    expect(bins[9]!.count).toBe(1)
  })

  it('should choose round edges covering the maximum', () => {
    const edges = roundEdges(437, 20)
    expect(edges[1]).toBe(50)
    expect(edges.at(-1)).toBeGreaterThan(437)
  })
})

describe('TermIndex', () => {
  it('should weigh rare terms above common ones', () => {
    const index = new TermIndex()
    index.addArticle(
      new Map([
        ['common', 1],
        ['rare', 1],
      ]),
    )
    index.addArticle(new Map([['common', 1]]))
    index.addArticle(new Map([['common', 1]]))
    const [first, second] = index.scores()
    expect(first!.term).toBe('common')
    expect(first!.score).toBeCloseTo(3 * (Math.log(4 / 4) + 1), 6)
    expect(second!.score).toBeCloseTo(Math.log(4 / 2) + 1, 6)
  })
})

describe('WorstPages', () => {
  const facts = {
    file: 'f',
    page: 1,
    articles: 4,
    headlineless: 0,
    meanConfidence: 0.9,
    unplacedShare: 0,
    warnings: new Map<string, number>(),
    error: null,
  }

  it('should not list a page without a flagged problem', () => {
    expect(judgePage(facts).reasons).toEqual([])
    const worst = new WorstPages(2)
    worst.add(facts)
    expect(worst.list()).toEqual([])
  })

  it('should keep only the lowest scores, worst first', () => {
    const worst = new WorstPages(2)
    for (const [file, c] of [
      ['a', 0.4],
      ['b', 0.1],
      ['c', 0.3],
    ] as const) {
      worst.add({ ...facts, file, meanConfidence: c })
    }
    expect(worst.list().map((p) => p.file)).toEqual(['b', 'c'])
  })

  it('should flag a page without articles', () => {
    expect(judgePage({ ...facts, articles: 0, meanConfidence: null })).toEqual({
      score: 0,
      reasons: ['no articles found'],
    })
  })
})
