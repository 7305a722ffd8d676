import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { search } from '../src/search.js'
import { uniqueId } from '../src/store/store.js'
import { indexedFile } from './helpers/articles.js'
import { enArticles, zhArticles } from './helpers/fixture.js'
import { SEARCH_RESPONSE_KEYS } from './helpers/response.js'
import { type OpenedStore, storeFactories } from './helpers/stores.js'

describe.each(storeFactories)('search ($name store)', (factory) => {
  let opened: OpenedStore
  const ids = async (
    q: string,
    extra: Parameters<typeof search>[1] extends infer R ? Partial<R> : never = {},
  ) => {
    const { response } = await search(opened.store, { q, limit: 50, ...extra })
    return response.hits.map((h) => h.id).sort()
  }

  beforeAll(async () => {
    opened = await factory.open()
    await opened.store.writeFiles([
      indexedFile('/pages/zh.txt', zhArticles),
      indexedFile('/pages/en.txt', enArticles),
    ])
  })
  afterAll(async () => {
    await opened?.dispose()
  })

  describe('Chinese', () => {
    it('should find two-character words', async () => {
      expect(await ids('会议')).toEqual(['zh-meeting'])
      expect(await ids('采访')).toEqual(['zh-simplified'])
    })

    it('should find a one-character word', async () => {
      expect(await ids('米')).toEqual(['zh-unrelated'])
    })

    it('should find names and places the segmenter splits', async () => {
      expect(await ids('李明华')).toEqual(['zh-meeting', 'zh-simplified'])
      expect(await ids('集美')).toEqual(['zh-simplified', 'zh-traditional'])
    })

    it('should not find characters of a name that are not together', async () => {
      // 华 and 明 both occur in zh-unrelated (华明商行), but not as 李明华.
      expect(await ids('李明华')).not.toContain('zh-unrelated')
    })

    it('should fold Traditional and Simplified both ways', async () => {
      expect(await ids('晶報')).toEqual(['zh-simplified', 'zh-traditional'])
      expect(await ids('晶报')).toEqual(['zh-simplified', 'zh-traditional'])
      expect(await ids('學校')).toEqual(['zh-traditional'])
      expect(await ids('学校')).toEqual(['zh-traditional'])
    })

    it('should fold full-width forms (NFKC)', async () => {
      expect(await ids('ＳＥＮＡＴＥ')).toEqual(['en-tariff'])
    })

    it('should match a longer run as its words', async () => {
      expect(await ids('人力资源局副局长')).toEqual(['zh-meeting'])
    })
  })

  describe('English', () => {
    it('should stem: debates finds debate and debated', async () => {
      expect(await ids('debates')).toEqual(['en-army', 'en-tariff'])
      expect(await ids('debate')).toEqual(['en-army', 'en-tariff'])
    })

    it('should fold case and diacritics', async () => {
      expect(await ids('cafe renee')).toEqual(['en-tariff'])
      expect(await ids('CAFÉ')).toEqual(['en-tariff'])
    })

    it('should need every word', async () => {
      expect(await ids('army thousand')).toEqual(['en-army'])
    })

    it('should match a phrase only when the words are adjacent', async () => {
      expect(await ids('army standing')).toEqual(['en-army', 'en-tariff'])
      expect(await ids('"standing army"')).toEqual(['en-army'])
    })

    it('should match a Chinese phrase', async () => {
      expect(await ids('"副局长李明华"')).toEqual(['zh-meeting'])
      expect(await ids('"李明华副局长"')).toEqual([])
    })

    it('should exclude', async () => {
      expect(await ids('debate -tariff')).toEqual(['en-army'])
      expect(await ids('debate -"the tariff"')).toEqual(['en-army'])
      expect(await ids('集美 -采访')).toEqual(['zh-traditional'])
      expect(await ids('集美 -晶報')).toEqual([])
    })

    it('should list everything but the excluded when only exclusions are given', async () => {
      const all = await ids('-cubs lang:en')
      expect(all).toEqual(['en-army', 'en-hostile', 'en-tariff'])
    })

    it('should take either side of OR', async () => {
      expect(await ids('tariff OR cubs')).toEqual(['en-baseball', 'en-tariff'])
      expect(await ids('tariff OR cubs senate')).toEqual(['en-tariff'])
      expect(await ids('米价 OR 晶报')).toEqual(['zh-simplified', 'zh-traditional', 'zh-unrelated'])
    })

    it('should rank a headline match above a body match', async () => {
      const { response } = await search(opened.store, { q: 'army' })
      expect(response.hits.map((h) => h.id)).toEqual(['en-army', 'en-tariff'])
      expect(response.hits[0]!.score).toBeGreaterThan(response.hits[1]!.score)
    })
  })

  describe('filters', () => {
    it('should filter by author (folded substring)', async () => {
      expect(await ids('author:smith')).toEqual(['en-tariff'])
      expect(await ids('debate author:"jane doe"')).toEqual(['en-army'])
      expect(await ids('author:李明华')).toEqual(['zh-simplified'])
    })

    it('should filter by section', async () => {
      expect(await ids('section:sports')).toEqual(['en-baseball'])
      expect(await ids('section:要闻')).toEqual(['zh-meeting', 'zh-simplified'])
      expect(await ids('debate section:Sports')).toEqual([])
    })

    it('should filter by dates, inclusive', async () => {
      expect(await ids('from:1916-07-15 to:1916-07-31')).toEqual(['en-baseball'])
      expect(await ids('lang:zh to:1920')).toEqual(['zh-traditional'])
      expect(await ids('lang:zh from:1939-05')).toEqual(
        ['zh-simplified', 'zh-unrelated', 'zh-meeting'].sort(),
      )
    })

    it('should filter by language', async () => {
      expect(await ids('lang:zh')).toEqual(['zh-meeting', 'zh-simplified', 'zh-traditional', 'zh-unrelated'])
      expect(await ids('李明华 lang:en')).toEqual([])
    })

    it('should take filters given outside the query', async () => {
      expect(await ids('debate', { filters: { sections: ['politics'], from: '1916-08' } })).toEqual([
        'en-army',
      ])
    })
  })

  describe('results', () => {
    it('should count facets over the whole result set, not the page', async () => {
      const { response } = await search(opened.store, { q: 'lang:zh', limit: 1 })
      expect(response.total).toBe(4)
      expect(response.hits).toHaveLength(1)
      expect(response.facets.section).toEqual([
        { value: '要闻', count: 2 },
        { value: '副刊', count: 1 },
        { value: '商业', count: 1 },
      ])
      expect(response.facets.author).toEqual([
        { value: '李明华', count: 1 },
        { value: '王小明', count: 1 },
      ])
      expect(response.facets.month.map((m) => m.value).sort()).toEqual(['1920-04', '1939-05', '2020-04'])
      expect(response.facets.month.find((m) => m.value === '1939-05')?.count).toBe(2)
    })

    it('should page', async () => {
      const first = await search(opened.store, { q: 'lang:en', limit: 2, offset: 0 })
      const second = await search(opened.store, { q: 'lang:en', limit: 2, offset: 2 })
      expect(first.response.total).toBe(4)
      const seen = [...first.response.hits, ...second.response.hits].map((h) => h.id)
      expect(new Set(seen).size).toBe(4)
    })

    it('should give the JSON shape of `query --json`', async () => {
      const { response } = await search(opened.store, { q: 'senate', limit: 5 })
      expect(Object.keys(response)).toEqual([...SEARCH_RESPONSE_KEYS])
      expect(Object.keys(response.facets)).toEqual(['section', 'author', 'month'])
      const [hit] = response.hits
      expect(Object.keys(hit!)).toEqual([
        'id',
        'headline',
        'bylines',
        'dateline',
        'publication',
        'date',
        'page',
        'section',
        'snippet',
        'score',
        'source',
      ])
      expect(hit).toMatchObject({
        id: 'en-tariff',
        headline: 'Senate Debates the Tariff',
        bylines: ['By JOHN SMITH'],
        date: '1916-07-12',
        page: 1,
        section: 'Politics',
        source: { file: '/pages/en.txt', line: 3 },
      })
    })

    it('should mark matches in snippets, folded words included', async () => {
      const zh = await search(opened.store, { q: '晶報' })
      const simplified = zh.response.hits.find((h) => h.id === 'zh-simplified')!
      expect(simplified.snippet).toContain('<mark>晶报</mark>记者')
      const en = await search(opened.store, { q: 'debates cafe' })
      expect(en.response.hits[0]!.snippet).toContain('senate <mark>debated</mark> the tariff')
      expect(en.response.hits[0]!.snippet).toContain('Renée <mark>Café</mark>')
    })

    it('should escape hostile page text; only <mark> is markup', async () => {
      const { response } = await search(opened.store, { q: 'alert menace' })
      const [hit] = response.hits
      expect(hit!.id).toBe('en-hostile')
      const withoutMarks = hit!.snippet.replace(/<\/?mark>/g, '')
      expect(withoutMarks).not.toMatch(/[<>]/)
      expect(hit!.snippet).toContain('&lt;img src=x onerror=<mark>alert</mark>(1)&gt;')
      expect(hit!.snippet).toContain('Hostile &amp; &quot;quoted&quot;')
      // Fields other than the snippet are plain text for the client to escape.
      expect(hit!.headline).toBe('<script>alert("headline")</script>')
    })
  })

  describe('malformed queries', () => {
    const hostile = [
      '"unbalanced quote',
      '-',
      '- -- ---',
      '"',
      'AND OR NOT',
      'NEAR(senate tariff, 2)',
      'senate AND',
      'OR senate',
      'senate OR',
      '*',
      'sen*',
      '^senate',
      '{headline}: senate',
      'headline:senate',
      'author:',
      'from:yesterday to:13-13',
      'lang:!!',
      "'; DROP TABLE articles; --",
      '((((',
      '\u0000\u0001',
      '',
      '   ',
      '晶報"',
      'x'.repeat(5000),
      '🙂 😀',
      '\uD800 lone surrogate',
    ]
    const cases = hostile.map((q) => [q.length > 40 ? `${q.slice(0, 40)}…` : q, q] as const)
    it.each(cases)('should answer %j without an error', async (_, q) => {
      const { response } = await search(opened.store, { q })
      expect(response.total).toBeGreaterThanOrEqual(0)
      expect(Array.isArray(response.hits)).toBe(true)
    })

    it('should read typed FTS operators as words', async () => {
      expect(await ids('senate AND tariff')).toEqual([])
      expect(await ids('NEAR(senate tariff)')).toEqual([])
      expect(await ids('sen*')).toEqual([])
      expect(await ids('"senate debates"')).toEqual(['en-tariff'])
      expect(await ids('"senate debates')).toEqual(['en-tariff'])
    })

    it('should cap the limit and offset', async () => {
      const { response } = await search(opened.store, { q: 'senate', limit: 10_000, offset: -5 })
      expect(response.limit).toBe(100)
      expect(response.offset).toBe(0)
    })
  })

  describe('updates', () => {
    it('should replace a changed file and remove a file', async () => {
      const scratch = await factory.open()
      try {
        const { store } = scratch
        await store.writeFiles([
          indexedFile('/a.txt', [enArticles[0]!]),
          indexedFile('/b.txt', [enArticles[2]!]),
        ])
        await store.writeFiles([indexedFile('/a.txt', [enArticles[1]!])])
        expect((await store.stats()).articles).toBe(2)
        expect((await search(store, { q: 'tariff' })).response.total).toBe(0)
        expect((await search(store, { q: 'standing' })).response.total).toBe(1)
        expect(await store.removeFiles(['/b.txt', '/never-indexed.txt'])).toBe(1)
        expect((await search(store, { q: 'cubs' })).response.total).toBe(0)
        expect(await store.fileHashes()).toEqual(new Map([['/a.txt', 'hash-of-/a.txt']]))
      } finally {
        await scratch.dispose()
      }
    })

    it('should keep both articles when two files give the same record id', async () => {
      const scratch = await factory.open()
      try {
        const { store } = scratch
        await store.writeFiles([
          indexedFile('/a.txt', [enArticles[0]!]),
          indexedFile('/copy/a.txt', [enArticles[0]!]),
        ])
        const { response } = await search(store, { q: 'tariff' })
        expect(response.total).toBe(2)
        const [first, second] = response.hits.map((h) => h.id).sort()
        expect(first).toBe('en-tariff')
        expect(second).toMatch(/^en-tariff-[0-9a-f]{6}$/)
        expect((await store.getArticle(second!))?.source.file).toBe('/copy/a.txt')
      } finally {
        await scratch.dispose()
      }
    })

    it('should keep every copy when two copies get the same short suffix', async () => {
      // Two copies of a page whose first suffixes collide (six hex digits: about one in 5,000 copies).
      const suffix = (path: string) =>
        uniqueId('x', path, 0, (s) => createHash('sha1').update(s).digest('hex'))
      const seen = new Map<string, string>()
      let pair: [string, string] | undefined
      for (let i = 0; !pair; i++) {
        const path = `/copy-${i}/a.txt`
        const other = seen.get(suffix(path))
        if (other) pair = [other, path]
        else seen.set(suffix(path), path)
      }
      const scratch = await factory.open()
      try {
        const { store } = scratch
        const paths = ['/a.txt', ...pair]
        await store.writeFiles(paths.map((path) => indexedFile(path, [enArticles[0]!])))
        const { response } = await search(store, { q: 'tariff' })
        const ids = response.hits.map((h) => h.id)
        expect(new Set(ids).size).toBe(3)
        const files = await Promise.all(ids.map(async (id) => (await store.getArticle(id))?.source.file))
        expect(files.sort()).toEqual([...paths].sort())
      } finally {
        await scratch.dispose()
      }
    })
  })

  it('should get an article by id, with its record', async () => {
    const article = await opened.store.getArticle('zh-meeting')
    expect(article).toMatchObject({
      id: 'zh-meeting',
      lang: 'zh',
      section: '要闻',
      date: '2020-04-12',
      source: { file: '/pages/zh.txt', line: 3 },
    })
    expect(article!.record.paragraphs[0]).toContain('李明华')
    expect(await opened.store.getArticle('no-such-id')).toBeNull()
  })
})
