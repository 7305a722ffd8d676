import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs'
import { serveSamples } from './helpers/server.js'

/** The screenshot the README shows. */
const SCREENSHOT = fileURLToPath(new URL('../docs/screenshot.png', import.meta.url))

let served: Awaited<ReturnType<typeof serveSamples>>
let browser: Browser

beforeAll(async () => {
  served = await serveSamples()
  browser = await chromium.launch(chromiumLaunchOptions)
})
afterAll(async () => {
  await browser?.close()
  await served?.dispose()
})

async function open(viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto(served.server.url)
  ;(page as Page & { errors: string[] }).errors = errors
  return page
}

async function searchFor(page: Page, query: string) {
  // The search box is the first text input on the page, and has the focus.
  const first = page.locator('input').first()
  expect(await first.getAttribute('id')).toBe('q')
  await first.fill(query)
  await first.press('Enter')
  await page.locator('.hit').first().waitFor()
}

describe('the search page in chromium', () => {
  it('should state its language and focus the search box', async () => {
    const page = await open({ width: 1280, height: 900 })
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q')
    await page.close()
  })

  it('should find a Chinese query with highlights, in a CJK font, and take the screenshot', async () => {
    const page = await open({ width: 1280, height: 900 })
    await searchFor(page, '上海')
    const marks = await page.locator('.hit mark').allTextContents()
    expect(marks.length).toBeGreaterThan(0)
    expect(marks.every((m) => m === '上海')).toBe(true)
    expect(await page.locator('#summary').textContent()).toMatch(/^Results 1–10 of \d+ for “上海”/)
    expect(new URL(page.url()).searchParams.get('q')).toBe('上海')

    // The glyphs come from Noto CJK, not from a fallback box font.
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument')
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.hit mark' })
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    expect(fonts.map((f) => f.familyName).join(', ')).toMatch(/Noto (Sans|Serif) CJK/)

    mkdirSync(fileURLToPath(new URL('../docs/', import.meta.url)), { recursive: true })
    await page.screenshot({ path: SCREENSHOT, fullPage: false })
    expect((page as Page & { errors: string[] }).errors).toEqual([])
    await page.close()
  })

  it('should find an English query with stemmed highlights and page through results', async () => {
    const page = await open({ width: 1280, height: 900 })
    await searchFor(page, 'presidents')
    const marks = await page.locator('.hit mark').allTextContents()
    expect(marks.length).toBeGreaterThan(0)
    // Porter stems president, presidents and preside alike (`presid`): every mark is that stem.
    expect(marks.every((m) => /^presid/i.test(m))).toBe(true)
    expect(marks.some((m) => /^president/i.test(m))).toBe(true)
    const firstIds = await page.locator('.hit h3 a').allTextContents()
    await page.getByRole('button', { name: 'Next →' }).click()
    await page.waitForURL(/offset=10/)
    // The first page's hits stay on screen until the second page arrives: wait for its summary.
    await page
      .waitForFunction(
        () => /^Results 11–/.test(document.querySelector('#summary')?.textContent ?? ''),
        null,
        {
          timeout: 10_000,
        },
      )
      .catch(() => undefined)
    expect(await page.locator('#summary').textContent()).toMatch(/^Results 11–/)
    expect(await page.locator('.hit h3 a').allTextContents()).not.toEqual(firstIds)
    await page.close()
  })

  it('should open an article and come back', async () => {
    const page = await open({ width: 1280, height: 900 })
    await searchFor(page, '晶報')
    const headline = (await page.locator('.hit h3 a').first().textContent()) ?? ''
    await page.locator('.hit h3 a').first().click()
    await page.locator('#article-view:not([hidden])').waitFor()
    expect(new URL(page.url()).searchParams.get('article')).toBeTruthy()
    const body = await page.locator('#article-body').innerText()
    expect(body.length).toBeGreaterThan(0)
    if (headline !== '(no headline)') expect(body).toContain(headline)
    expect(await page.locator('#article-body').getAttribute('lang')).toMatch(/^zh/)
    await page.getByRole('button', { name: '← Back to results' }).click()
    await page.locator('.hit').first().waitFor()
    await page.close()
  })

  it('should narrow the results with a facet', async () => {
    const page = await open({ width: 1280, height: 900 })
    await searchFor(page, '上海')
    const before = Number(
      (await page.locator('#summary').textContent())!.match(/of ([\d,]+)/)![1]!.replace(/,/g, ''),
    )
    const facet = page.locator('.facet button[data-facet="month"]').first()
    const count = Number(await facet.locator('.count').textContent())
    const month = await facet.locator('span').first().textContent()
    await facet.click()
    await page.waitForURL(/from=/)
    await page.waitForFunction(
      (n) => document.querySelector('#summary')?.textContent?.includes(`of ${n} `),
      count,
    )
    expect(count).toBeLessThan(before)
    expect(await page.locator('.chip').first().textContent()).toContain(month!)
    await page.close()
  })

  it('should fit a phone screen', async () => {
    const page = await open({ width: 390, height: 844 })
    await searchFor(page, '上海')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    const box = await page.locator('#q').boundingBox()
    expect(box!.width).toBeGreaterThan(150)
    await page.close()
  })
})
