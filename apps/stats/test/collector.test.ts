import { describe, expect, it } from 'vitest'
import { StatsCollector } from '../src/collector.js'
import { READING_CHARS_PER_MINUTE_ZH, READING_WORDS_PER_MINUTE } from '../src/text.js'
import { KNOWN_ARCHIVE } from './archive.js'

function known(options: ConstructorParameters<typeof StatsCollector>[0] = {}) {
  const collector = new StatsCollector(options)
  for (const result of KNOWN_ARCHIVE) collector.addFile(result)
  return collector.report()
}

describe('StatsCollector on an archive known by construction', () => {
  const report = known({ term: 'river' })
  const q = report.quality
  const c = report.content

  it('should count files, failures, pages and articles', () => {
    expect(q.files).toBe(4)
    expect(q.failedFiles).toEqual([{ file: 'd/broken.txt', error: 'Not a text file: NUL byte at offset 0' }])
    expect(q.pages).toBe(3)
    expect(q.articles).toBe(4)
    expect(q.articlesPerPage).toBeCloseTo(4 / 3, 4)
    expect(q.bytes).toBe(310)
    expect(q.pagesWithoutArticles).toBe(0)
  })

  it('should rate how often each field was found', () => {
    const rates = Object.fromEntries(q.fields.map((f) => [f.field, f.found]))
    expect(rates).toEqual({
      headline: 3,
      kicker: 0,
      deks: 1,
      bylines: 4,
      authors: 4,
      dateline: 3,
      datelinePlace: 3,
      figures: 1,
    })
    expect(q.fields.find((f) => f.field === 'headline')!.rate).toBe(0.75)
  })

  it('should count every ruleId, and the known repairs apart', () => {
    expect(q.messages).toEqual([
      { ruleId: 'dehyphenated', count: 2, files: 1 },
      { ruleId: '(none)', count: 1, files: 1 },
      { ruleId: 'doubled-text-repaired', count: 1, files: 1 },
    ])
    expect(q.repairs.total).toBe(3)
    expect(q.repairs.byRuleId.slice(0, 2)).toEqual([
      { ruleId: 'dehyphenated', count: 2, files: 1 },
      { ruleId: 'doubled-text-repaired', count: 1, files: 1 },
    ])
    expect(q.repairs.byRuleId.find((r) => r.ruleId === 'merged-columns-split')).toEqual({
      ruleId: 'merged-columns-split',
      count: 0,
      files: 0,
    })
  })

  it('should split the characters into articles, figures, furniture and nothing certain', () => {
    const ch = q.characters
    expect(ch.furniture).toBe(5)
    expect(ch.unplaced).toBe(17)
    expect(ch.figures).toBe(0)
    expect(ch.total).toBe(ch.articles + ch.figures + ch.furniture + ch.unplaced)
    expect(ch.shares.unplaced).toBeCloseTo(17 / ch.total, 4)
    // Page B: 37 characters in its article, 17 unplaced; A and C have none unplaced.
    expect(ch.meanPageShares.unplaced).toBeCloseTo(17 / 54 / 3, 4)
    expect(ch.articleShareBins.reduce((n, b) => n + b.count, 0)).toBe(3)
    expect(q.furniture).toEqual([
      { kind: 'unplaced', count: 1, characters: 17 },
      { kind: 'folio', count: 1, characters: 5 },
    ])
  })

  it('should give the confidence distribution', () => {
    expect(q.confidence.mean).toBe(0.675)
    expect(q.confidence.median).toBe(0.7)
    const filled = q.confidence.bins.filter((b) => b.count).map((b) => [b.from, b.count])
    expect(filled).toEqual([
      [0.3, 1],
      [0.7, 1],
      [0.8, 1],
      [0.9, 1],
    ])
  })

  it('should list the worst pages with their reasons, and no page without a problem', () => {
    expect(q.worstPages.map((p) => p.file)).toEqual(['d/broken.txt', 'b/1916-03-05-p2.txt'])
    expect(q.worstPages[0]!.reasons).toEqual(['could not be read: Not a text file: NUL byte at offset 0'])
    expect(q.worstPages[1]!.reasons).toEqual([
      '31% of characters not placed',
      'mean confidence 0.30',
      '1 of 1 articles without headline',
      '1 message: (none) ×1',
    ])
    expect(q.worstPages[1]!.score).toBeCloseTo(0.3 * (37 / 54), 4)
  })

  it('should break articles down by date, section and page', () => {
    const rows = (key: 'date' | 'section' | 'page') =>
      c.breakdowns[key].map((r) => [r.key, r.pages, r.articles])
    expect(rows('date')).toEqual([
      ['1916-03-04', 1, 2],
      ['1916-03-05', 1, 1],
      ['2030-01-02', 1, 1],
    ])
    expect(rows('section')).toEqual([
      ['News', 1, 2],
      ['Sports', 1, 1],
      ['要闻', 1, 1],
    ])
    expect(rows('page')).toEqual([
      ['1', 2, 3],
      ['2', 1, 1],
    ])
    expect(c.breakdowns.date[0]!.meanConfidence).toBe(0.8)
  })

  it('should measure lengths in words for English and characters for Chinese, with reading time', () => {
    const en = c.lengths.find((l) => l.lang === 'en')!
    expect(en).toMatchObject({ unit: 'words', articles: 3, total: 30, median: 10, p90: 14, max: 14 })
    expect(en.mean).toBe(10)
    expect(en.readingMinutes).toBeCloseTo(30 / READING_WORDS_PER_MINUTE, 4)
    const zh = c.lengths.find((l) => l.lang === 'zh')!
    expect(zh).toMatchObject({ unit: 'characters', articles: 1, total: 16, median: 16 })
    expect(zh.meanReadingMinutes).toBeCloseTo(16 / READING_CHARS_PER_MINUTE_ZH, 4)
    expect(en.bins.reduce((n, b) => n + b.count, 0)).toBe(3)
  })

  it('should list every author, place, agency and organisation with its count', () => {
    expect(c.authors).toEqual([
      { name: 'John Smith', count: 2 },
      { name: 'Mary Jones', count: 1 },
      { name: '王小明', count: 1 },
    ])
    expect(c.places.map((p) => p.name).sort()).toEqual(['Chicago', 'Washington', '上海'].sort())
    expect(c.agencies).toEqual([
      { name: 'AP', count: 1 },
      { name: '新华社', count: 1 },
    ])
    expect(c.organizations.map((o) => o.name)).toEqual(['Associated Press', '本报'])
  })

  it('should rank terms by TF-IDF over articles, without stop words, numbers apart', () => {
    const river = c.terms.find((t) => t.term === 'river')!
    expect(river).toMatchObject({ count: 4, articles: 2 })
    // Σ (1 + ln tf) × (ln((1 + N) / (1 + df)) + 1), N = 4 articles.
    expect(river.score).toBeCloseTo((1 + Math.log(3) + 1) * (Math.log(5 / 3) + 1), 3)
    expect(c.terms.find((t) => t.term === 'wheat')).toMatchObject({ count: 2, articles: 1 })
    expect(c.terms[0]!.term).toBe('river')
    const terms = new Set(c.terms.map((t) => t.term))
    for (const stop of ['the', 'to', 'and', 'today', '今天', '1916']) expect(terms.has(stop)).toBe(false)
    expect(terms.has('上海')).toBe(true)
    expect(c.numbers).toContainEqual({ name: '1916', count: 1 })
  })

  it("should count a term's use over time", () => {
    expect(c.termUse).toEqual({
      term: 'river',
      by: 'date',
      total: 4,
      points: [
        { key: '1916-03-04', articles: 2, articlesWithTerm: 1, occurrences: 3 },
        { key: '1916-03-05', articles: 1, articlesWithTerm: 1, occurrences: 1 },
        { key: '2030-01-02', articles: 1, articlesWithTerm: 0, occurrences: 0 },
      ],
    })
  })

  it('should count a term by section with --by section', () => {
    const bySection = known({ term: '上海', by: 'section' }).content.termUse!
    expect(bySection.by).toBe('section')
    expect(bySection.points.find((p) => p.key === '要闻')).toEqual({
      key: '要闻',
      articles: 1,
      articlesWithTerm: 1,
      occurrences: 2,
    })
    expect(bySection.total).toBe(2)
  })

  it('should report an empty archive without dividing by zero', () => {
    const empty = new StatsCollector().report()
    expect(empty.quality.articlesPerPage).toBe(0)
    expect(empty.quality.confidence.mean).toBeNull()
    expect(empty.quality.characters.shares.articles).toBe(0)
    expect(empty.content.termUse).toBeNull()
  })
})
