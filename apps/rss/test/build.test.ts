/** `news-rss build` on sample pages: files, order, limit, determinism, dates. */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite } from '../src/build.js'
import { RssError } from '../src/errors.js'
import { PageReader } from '../src/read-pages.js'
import { sectionSlug } from '../src/slug.js'
import {
  cleanup,
  cli,
  copySamples,
  listFiles,
  SAMPLES,
  snapshot,
  type Truth,
  tempDir,
  truth,
  ZH_PAGES,
} from './helpers.js'

const SITE = 'https://example.org/paper/'
const ALL_ZH = [ZH_PAGES.small, ZH_PAGES.medium, ZH_PAGES.large, ZH_PAGES.bylines]

let pages: string
let out: string
let articles: Truth[]

beforeAll(async () => {
  pages = await tempDir()
  await copySamples(pages, ALL_ZH)
  out = join(await tempDir(), 'site')
  const result = await cli(['build', pages, '--out', out, '--site-url', SITE, '--limit', '1000'])
  expect(result.stderr).toContain('wrote')
  expect(result.code).toBe(0)
  articles = await truth([pages])
})

afterAll(cleanup)

/** `<item>` blocks of an RSS document. */
function rssItems(xml: string): string[] {
  return [...xml.matchAll(/<item>[\s\S]*?<\/item>/g)].map((m) => m[0])
}

function tag(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`).exec(xml)?.[1]
}

describe('news-rss build', () => {
  it('should write the three feeds, an index and a page per article', async () => {
    const files = await listFiles(out)
    expect(files).toEqual(expect.arrayContaining(['feed.xml', 'atom.xml', 'feed.json', 'index.html']))
    const pagesWritten = files.filter((f) => f.startsWith('articles/'))
    expect(pagesWritten.sort()).toEqual(articles.map((a) => `articles/${a.id}.html`).sort())
  })

  it('should link every item to its article page, which holds the parser’s HTML', async () => {
    const xml = await readFile(join(out, 'feed.xml'), 'utf8')
    const byId = new Map(articles.map((a) => [a.id, a]))
    for (const item of rssItems(xml)) {
      const link = tag(item, 'link')!
      expect(link.startsWith(`${SITE}articles/`)).toBe(true)
      const page = await readFile(join(out, link.slice(SITE.length)), 'utf8')
      const id = tag(item, 'guid')!
      expect(page).toContain(byId.get(id)!.html)
      expect(page).toMatch(/^<!doctype html>/)
    }
  })

  it('should order items newest first and date them from the edition', async () => {
    const xml = await readFile(join(out, 'feed.xml'), 'utf8')
    const dates = rssItems(xml).map((item) => new Date(tag(item, 'pubDate')!).toISOString().slice(0, 10))
    expect(dates).toHaveLength(articles.length)
    expect([...dates].sort().reverse()).toEqual(dates)
    const newest = articles
      .map((a) => a.date!)
      .sort()
      .at(-1)!
    expect(tag(xml, 'lastBuildDate')).toBe(new Date(`${newest}T00:00:00Z`).toUTCString())
  })

  it('should write one set of feeds per section with that section’s articles', async () => {
    const files = await listFiles(out)
    const sections = new Map<string, Truth[]>()
    for (const a of articles) {
      if (a.section)
        sections.set(sectionSlug(a.section), [...(sections.get(sectionSlug(a.section)) ?? []), a])
    }
    const written = new Set(files.filter((f) => f.startsWith('sections/')).map((f) => f.split('/')[1]))
    expect(written).toEqual(new Set(sections.keys()))
    for (const [slug, members] of sections) {
      for (const name of ['feed.xml', 'atom.xml', 'feed.json'])
        expect(files).toContain(`sections/${slug}/${name}`)
      const feed = JSON.parse(await readFile(join(out, 'sections', slug, 'feed.json'), 'utf8'))
      expect(feed.items.map((i: { id: string }) => i.id).sort()).toEqual(members.map((a) => a.id).sort())
    }
  })

  it('should cap every feed at --limit, keeping the newest', async () => {
    const { site } = await buildSite(new PageReader([pages]), { siteUrl: SITE, limit: 3 })
    const full = rssItems(await readFile(join(out, 'feed.xml'), 'utf8'))
    expect(rssItems(site.get('feed.xml')!)).toEqual(full.slice(0, 3))
    expect(JSON.parse(site.get('feed.json')!).items).toHaveLength(3)
    for (const [path, text] of site) {
      if (path.startsWith('sections/') && path.endsWith('.json')) {
        expect(JSON.parse(text).items.length).toBeLessThanOrEqual(3)
      }
    }
  })

  it('should give byte-identical files for the same input, in any order, at any time', async () => {
    const again = join(await tempDir(), 'site')
    const reordered = [...ALL_ZH].reverse().map((p) => join(pages, p.slice(p.lastIndexOf('/') + 1)))
    const result = await cli(['build', ...reordered, '--out', again, '--site-url', SITE, '--limit', '1000'])
    expect(result.code).toBe(0)
    const first = await snapshot(out)
    const second = await snapshot(again)
    expect([...second.keys()]).toEqual([...first.keys()])
    for (const [file, bytes] of first) expect(second.get(file)!.equals(bytes), file).toBe(true)
    // Nothing from the clock: no date of this year in any feed.
    const year = String(new Date().getUTCFullYear())
    for (const file of ['feed.xml', 'atom.xml', 'feed.json']) {
      expect(first.get(file)!.toString('utf8')).not.toContain(year)
    }
  })
})

describe('dates', () => {
  const UNDATED = 'en/003-chronam-1916-seattle-star.txt'

  it('should refuse a page without a date, naming the file and the ways to give one', async () => {
    const dir = await tempDir()
    const [file] = await copySamples(dir, [UNDATED])
    const result = await cli(['build', dir, '--out', join(dir, 'out'), '--site-url', SITE])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(file)
    expect(result.stderr).toContain('--date')
    expect(result.stderr).toContain('edition.json')
    expect(result.stderr).toMatch(/file name/)
    expect((await listFiles(dir)).some((f) => f.startsWith('out/'))).toBe(false)
  })

  it('should date such pages with --date, and keep the dates pages have', async () => {
    const dir = await tempDir()
    await copySamples(dir, [UNDATED, ZH_PAGES.small])
    const { site } = await buildSite(new PageReader([dir]), { siteUrl: SITE, date: '1916-06-01' })
    const feed = JSON.parse(site.get('feed.json')!)
    const days = new Set(feed.items.map((i: { date_published: string }) => i.date_published.slice(0, 10)))
    expect(days).toEqual(new Set(['1916-06-01', '1939-04-21']))
  })

  it('should take the date from an edition.json', async () => {
    const dir = await tempDir()
    await copySamples(dir, [UNDATED])
    await writeFile(
      join(dir, 'edition.json'),
      JSON.stringify({ date: '1916-05-02', publication: 'The Seattle Star' }),
    )
    const { site } = await buildSite(new PageReader([dir]), { siteUrl: SITE })
    const feed = JSON.parse(site.get('feed.json')!)
    expect(feed.title).toBe('The Seattle Star')
    expect(feed.items[0].date_published).toBe('1916-05-02T00:00:00.000Z')
  })

  it('should reject a --date that is not a real day', async () => {
    const build = buildSite(new PageReader([join(SAMPLES, UNDATED)]), { siteUrl: SITE, date: '1916-02-30' })
    await expect(build).rejects.toThrow(RssError)
    await expect(build).rejects.toThrow('1916-02-30')
  })
})
