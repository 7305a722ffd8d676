/**
 * Every feed read by real readers: python3-feedparser and rss-parser for
 * RSS and Atom, xmllint for well-formedness, and the JSON Feed 1.1 spec's
 * required fields (Debian's feedparser 6.0 does not read JSON Feed).
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sectionSlug } from '../src/slug.js'
import {
  cleanup,
  cli,
  copySamples,
  feedparser,
  listFiles,
  type ParsedFeed,
  squash,
  type Truth,
  tempDir,
  truth,
  xmllint,
  ZH_PAGES,
} from './helpers.js'
import { PARK_PAGE, writePage } from './pages.js'

const SITE = 'https://example.org/paper/'

let out: string
let articles: Truth[]
let feeds: string[]
let parsed: Record<string, ParsedFeed>

beforeAll(async () => {
  const pages = await tempDir()
  await copySamples(pages, [ZH_PAGES.small, ZH_PAGES.medium, ZH_PAGES.bylines])
  await writePage(pages, PARK_PAGE)
  out = join(await tempDir(), 'site')
  const result = await cli(['build', pages, '--out', out, '--site-url', SITE, '--limit', '1000'])
  expect(result.code, result.stderr).toBe(0)
  articles = await truth([pages])
  feeds = (await listFiles(out)).filter((f) => /(^|\/)(feed|atom)\.xml$/.test(f))
  parsed = await feedparser(feeds.map((f) => join(out, f)))
})

afterAll(cleanup)

/** The articles a feed file should hold: all, or those of its section. */
function expected(feed: string): Truth[] {
  const slug = /^sections\/([^/]+)\//.exec(feed)?.[1]
  return slug === undefined ? articles : articles.filter((a) => a.section && sectionSlug(a.section) === slug)
}

/** A feed title is the headline, or the start of the body when there is none. */
function expectTitle(title: string, article: Truth): void {
  if (article.headline) {
    expect(title).toBe(squash(article.headline))
  } else {
    const start = title.replace(/…$/, '')
    expect(start.length).toBeGreaterThan(0)
    expect(squash(article.paragraphs.join(' '))).toContain(start)
  }
}

describe('python3-feedparser', () => {
  it('should read every feed without a problem (bozo false)', () => {
    expect(feeds).toEqual(expect.arrayContaining(['feed.xml', 'atom.xml']))
    expect(feeds.some((f) => f.startsWith('sections/'))).toBe(true)
    for (const feed of feeds) {
      const result = parsed[join(out, feed)]!
      expect(result.bozo_exception, feed).toBeNull()
      expect(result.bozo, feed).toBe(false)
      expect(result.version).toBe(feed.endsWith('atom.xml') ? 'atom10' : 'rss20')
    }
  })

  it('should find every item, with its title, guid, date and authors', () => {
    for (const feed of feeds) {
      const want = expected(feed)
      const got = parsed[join(out, feed)]!.entries
      expect(got, feed).toHaveLength(want.length)
      const byId = new Map(want.map((a) => [a.id, a]))
      for (const entry of got) {
        const id = feed.endsWith('atom.xml') ? /articles\/([^/]+)\.html$/.exec(entry.id)![1]! : entry.id
        const article = byId.get(id)
        expect(article, `${feed}: ${entry.id}`).toBeDefined()
        byId.delete(id)
        expect(entry.link).toBe(`${SITE}articles/${id}.html`)
        expectTitle(entry.title, article!)
        expect(entry.date).toBe(article!.date)
        expect(entry.authors).toEqual([...new Set(article!.authors)])
        if (article!.section) expect(entry.tags).toEqual([article!.section])
        expect(entry.content.length).toBe(1)
      }
      expect(byId.size, feed).toBe(0)
    }
  })

  it('should read both authors of a two-name byline, from dc:creator and from Atom', () => {
    for (const feed of ['feed.xml', 'atom.xml']) {
      const entry = parsed[join(out, feed)]!.entries.find((e) => e.title === PARK_PAGE.headline)
      expect(entry?.authors).toEqual(PARK_PAGE.authors)
    }
  })

  it('should give each Atom feed its own id', () => {
    const atoms = feeds.filter((f) => f.endsWith('atom.xml'))
    const ids = atoms.map((f) => parsed[join(out, f)]!.id)
    expect(ids).toEqual(atoms.map((f) => new URL(f, SITE).href))
  })

  it('should date the feed from its newest item', () => {
    const newest = articles
      .map((a) => a.date!)
      .sort()
      .at(-1)
    for (const feed of feeds.filter((f) => !f.startsWith('sections/'))) {
      expect(parsed[join(out, feed)]!.updated).toBe(newest)
    }
  })
})

describe('rss-parser', () => {
  it('should read RSS and Atom with every item and the parser’s HTML as content', async () => {
    const reader = new Parser({ customFields: { item: [['dc:creator', 'creators', { keepArray: true }]] } })
    const byId = new Map(articles.map((a) => [a.id, a]))
    for (const feed of ['feed.xml', 'atom.xml']) {
      const result = await reader.parseString(await readFile(join(out, feed), 'utf8'))
      expect(result.items).toHaveLength(articles.length)
      for (const item of result.items) {
        const id = /articles\/([^/]+)\.html$/.exec(item.link!)![1]!
        const article = byId.get(id)!
        if (feed === 'feed.xml') {
          expect(item.guid).toBe(id)
          expect(item['content:encoded' as keyof typeof item]).toBe(article.html)
          expect((item as { creators?: string[] }).creators ?? []).toEqual([...new Set(article.authors)])
          expectTitle(item.title!, article)
        } else {
          expect((item as { id?: string }).id).toBe(item.link)
          expect(item.content).toBe(article.html)
        }
        expect(item.isoDate).toBe(`${article.date}T00:00:00.000Z`)
      }
    }
  })
})

describe('xmllint', () => {
  it('should find every XML file well-formed', async () => {
    expect(await xmllint(feeds.map((f) => join(out, f)))).toBe('')
  })
})

describe('JSON Feed 1.1', () => {
  it('should have the required fields and 1.1’s authors and language', async () => {
    const files = (await listFiles(out)).filter((f) => f.endsWith('feed.json'))
    expect(files).toContain('feed.json')
    for (const file of files) {
      const feed = JSON.parse(await readFile(join(out, file), 'utf8'))
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
      expect(typeof feed.title).toBe('string')
      expect(Array.isArray(feed.items)).toBe(true)
      expect(feed.author).toBeUndefined()
      expect(feed.feed_url).toBe(new URL(file, SITE).href)
      expect(feed.items).toHaveLength(expected(file.replace('feed.json', 'feed.xml')).length)
      for (const item of feed.items) {
        expect(typeof item.id).toBe('string')
        expect(item.id.length).toBeGreaterThan(0)
        expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(true)
        expect(item.author).toBeUndefined()
        for (const author of item.authors ?? []) expect(typeof author.name).toBe('string')
        expect(new Date(item.date_published).toISOString()).toBe(item.date_published)
      }
    }
    const main = JSON.parse(await readFile(join(out, 'feed.json'), 'utf8'))
    const park = main.items.find((i: { title: string }) => i.title === PARK_PAGE.headline)
    expect(park.authors).toEqual(PARK_PAGE.authors.map((name) => ({ name })))
    expect(park.tags).toEqual([PARK_PAGE.section])
  })
})
