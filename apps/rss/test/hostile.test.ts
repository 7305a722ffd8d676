/**
 * Hostile page text: markup, `]]>`, characters XML 1.0 cannot hold and
 * lone surrogates still give well-formed XML (those characters become
 * U+FFFD and are reported) and valid JSON.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fromText, toPageRecords } from '@news/parser'
import Parser from 'rss-parser'
import { afterAll, describe, expect, it } from 'vitest'
import { collectArticles, orderArticles } from '../src/articles.js'
import { writeSite } from '../src/build.js'
import type { ParsedPage } from '../src/read-pages.js'
import { renderSite } from '../src/site.js'
import { cleanup, cli, feedparser, listFiles, tempDir, xmllint } from './helpers.js'

const SITE = 'http://example.org/'
/** Characters XML 1.0 cannot hold that a UTF-8 page file can. */
const NOT_XML = ['\u0001', '\u000B', '\u001F', '\uFFFE', '\uFFFF']
const FILLER = 'The council talked about the budget for the new bridge at length. '.repeat(12)

afterAll(cleanup)

/** Check every feed under `dir` with xmllint, feedparser and JSON.parse; returns feedparser's view. */
async function checkReaders(dir: string) {
  const files = await listFiles(dir)
  const xml = files.filter((f) => f.endsWith('.xml')).map((f) => join(dir, f))
  expect(xml.length).toBeGreaterThanOrEqual(2)
  expect(await xmllint(xml)).toBe('')
  const parsed = await feedparser(xml)
  for (const [file, feed] of Object.entries(parsed)) {
    expect(feed.bozo_exception, file).toBeNull()
    expect(feed.entries.length, file).toBeGreaterThan(0)
  }
  for (const file of files.filter((f) => f.endsWith('.json'))) {
    const text = await readFile(join(dir, file), 'utf8')
    const feed = JSON.parse(text)
    expect(feed.items.length).toBeGreaterThan(0)
    // No lone surrogate, raw or escaped: strict JSON readers refuse them.
    expect(text).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/i)
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
  }
  return parsed
}

describe('hostile page text', () => {
  it('should build well-formed feeds from a page file with markup, ]]> and control characters, and report them', async () => {
    const dir = await tempDir()
    const headline =
      'Mayor Says Budget Is Ready <script>alert(1)</script> & ]]> twice ]]> At <b>City Hall</b>'
    const body = `Opening ${NOT_XML.join(' ')} words ]]> and <script>steal()</script> then. ${FILLER}`
    const page = join(dir, '2024-05-01-p1.txt')
    // Both paragraphs hold them, so the plain-text summary (a first paragraph) does too.
    await writeFile(
      page,
      `${headline}\n\n${body}\n\nSecond paragraph ${NOT_XML.join(' ')} & more &amp; less.\n`,
    )
    const out = join(dir, 'out')
    const result = await cli(['build', dir, '--out', out, '--site-url', SITE])
    expect(result.code, result.stderr).toBe(0)
    // Whitespace controls (U+000B, U+000C) are spacing the parser folds away; the rest reach the feeds.
    for (const char of NOT_XML.filter((c) => !/\s/.test(c))) {
      const label = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
      expect(result.stderr).toContain(label)
    }
    expect(result.stderr).toContain(page)
    expect(result.stderr).toContain('U+FFFD')

    const parsed = await checkReaders(out)
    const rssTitles = parsed[join(out, 'feed.xml')]!.entries.map((e) => e.title).join('\n')
    const atomTitles = parsed[join(out, 'atom.xml')]!.entries.map((e) => e.title).join('\n')
    for (const titles of [rssTitles, atomTitles]) {
      // Read back as text, not run as markup.
      expect(titles).toContain('<script>alert(1)</script>')
      expect(titles).toContain(']]> twice ]]>')
    }
    const rss = await new Parser().parseString(await readFile(join(out, 'feed.xml'), 'utf8'))
    const content = rss.items.map((i) => i['content:encoded' as keyof typeof i] as string).join('\n')
    expect(content).not.toMatch(/<script/i)
    expect(content).toContain('&lt;script')
    expect(content).toContain('\uFFFD')
    for (const char of NOT_XML) expect(content).not.toContain(char)

    const json = JSON.parse(await readFile(join(out, 'feed.json'), 'utf8'))
    const text = json.items
      .map((i: { title: string; content_html: string }) => i.title + i.content_html)
      .join('')
    for (const char of NOT_XML) expect(text).not.toContain(char)
  })

  it('should replace lone surrogates and keep a hostile section name out of the markup', async () => {
    const text = `要闻\n\n城市\uD800公园 ]]> <i>春花</i>\n\n本报讯 游客\uDC00很多，园内花开。${'公园里人来人往，景色宜人。'.repeat(10)}\n`
    const tree = fromText(text, { date: '2024-05-03' })
    tree.children[0]!.section = 'News <b>&</b> "Views" ]]>'
    const records = toPageRecords(tree, { source: 'memory.txt' })
    const pages: ParsedPage[] = records.map((r, index) => ({
      file: 'memory.txt',
      index,
      records: r,
      tree: tree.children[index]!,
    }))
    const collected = collectArticles(pages)
    expect(collected.warnings.join('\n')).toMatch(/U\+D800.*U\+DC00|U\+DC00.*U\+D800/)
    const ordered = orderArticles(collected.articles)
    const out = join(await tempDir(), 'site')
    await mkdir(out)
    await writeSite(renderSite(ordered.articles, { siteUrl: SITE }), out)
    const parsed = await checkReaders(out)
    const entry = parsed[join(out, 'feed.xml')]!.entries[0]!
    expect(entry.tags).toEqual(['News <b>&</b> "Views" ]]>'])
    // Atom: a label with `<` cannot be written by `feed`, so only the term (the slug) is.
    expect(parsed[join(out, 'atom.xml')]!.entries[0]!.tags).toEqual(['news-b-b-views'])
    expect(entry.title).toContain('\uFFFD')
    const sectionFeeds = (await listFiles(out)).filter((f) => f.startsWith('sections/'))
    expect(sectionFeeds).toContain('sections/news-b-b-views/atom.xml')
  })
})
