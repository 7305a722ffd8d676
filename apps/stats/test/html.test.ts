/** The HTML report in a real browser: Debian's chromium through playwright-core. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs'
import { reportCharts } from '../src/charts.js'
import { StatsCollector } from '../src/collector.js'
import { formatHtml } from '../src/format-html.js'
import { KNOWN_ARCHIVE } from './archive.js'

/** Per chart: whether it has an SVG, how many marks it drew and how many of them have a size. */
function chartsDrawn(page: Page) {
  return page.$$eval('figure.chart', (figures) =>
    figures.map((figure) => {
      const svg = figure.querySelector('svg')
      const marks = svg
        ? [...svg.querySelectorAll('.role-mark > path, .role-mark > rect, .role-mark > line')]
        : []
      const sized = marks.filter((m) => {
        const box = (m as SVGGraphicsElement).getBBox()
        return box.width > 0 || box.height > 0
      })
      const rect = svg?.getBoundingClientRect()
      return {
        id: figure.getAttribute('data-chart'),
        svg: Boolean(svg),
        marks: marks.length,
        sized: sized.length,
        width: rect?.width ?? 0,
      }
    }),
  )
}

describe('the HTML report in chromium', () => {
  let browser: Browser
  let dir = ''
  let url = ''
  let ids: string[] = []

  beforeAll(async () => {
    const collector = new StatsCollector({ term: 'river' })
    for (const result of KNOWN_ARCHIVE) collector.addFile(result)
    const report = collector.report()
    ids = reportCharts(report).map((c) => c.id)
    dir = await mkdtemp(join(tmpdir(), 'news-stats-html-'))
    const file = join(dir, 'report.html')
    await writeFile(file, await formatHtml(report))
    url = pathToFileURL(file).href
    browser = await chromium.launch(chromiumLaunchOptions)
  })

  afterAll(async () => {
    await browser?.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('should draw every chart on a desktop screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const requests: string[] = []
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url())
    })
    await page.goto(url)
    const charts = await chartsDrawn(page)
    expect(charts.map((c) => c.id)).toEqual(ids)
    expect(ids).toEqual(
      expect.arrayContaining([
        'fields',
        'characters',
        'messages',
        'repairs',
        'confidence',
        'by-date',
        'terms',
      ]),
    )
    expect(ids).toEqual(expect.arrayContaining(['authors', 'places', 'agencies', 'term-use', 'lengths-zh']))
    for (const chart of charts) {
      expect(chart.svg, chart.id!).toBe(true)
      expect(chart.marks, chart.id!).toBeGreaterThan(0)
      expect(chart.sized, chart.id!).toBeGreaterThan(0)
    }
    expect(requests).toEqual([])
    await page.close()
  })

  it('should fit a phone screen without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 })
    await page.goto(url)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    for (const chart of await chartsDrawn(page)) {
      expect(chart.width, chart.id!).toBeGreaterThan(0)
      expect(chart.width, chart.id!).toBeLessThanOrEqual(390)
    }
    await page.close()
  })

  it('should render Chinese text with a CJK font, in tables and in charts', async () => {
    const page = await browser.newPage()
    await page.goto(url)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
    const fontsOf = async (selector: string) => {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
      expect(nodeId, selector).toBeGreaterThan(0)
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
      return fonts.map((f) => f.familyName)
    }
    await page.evaluate(() => {
      const cell = [...document.querySelectorAll('td')].find((td) => td.textContent === '王小明')
      cell?.setAttribute('id', 'zh-cell')
      const label = [...document.querySelectorAll('figure[data-chart="authors"] svg text')].find(
        (t) => t.textContent === '王小明',
      )
      label?.setAttribute('id', 'zh-label')
    })
    for (const selector of ['#zh-cell', '#zh-label']) {
      const fonts = await fontsOf(selector)
      expect(
        fonts.some((f) => /CJK/.test(f)),
        `${selector}: ${fonts.join(', ')}`,
      ).toBe(true)
    }
    await page.close()
  })
})
