/**
 * The main entry runs in a browser: esbuild bundles `dist/index.js` for the
 * browser platform (a Node-only import would fail the bundle), and Debian's
 * chromium parses the seed page with it; the records equal Node's.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs'
import { fromText, toRecords } from '../dist/index.js'

const ENTRY = fileURLToPath(new URL('../dist/index.js', import.meta.url))
const SEED = fileURLToPath(new URL('../../../samples/zh/page-zh-difang.txt', import.meta.url))

let browser: Browser
let bundle = ''

beforeAll(async () => {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
  bundle = result.outputFiles[0]!.text
  browser = await chromium.launch(chromiumLaunchOptions)
}, 60_000)
afterAll(async () => {
  await browser?.close()
})

describe('@news/parser in a browser', () => {
  it('should bundle without Node built-ins', () => {
    expect(bundle.length).toBeGreaterThan(1000)
    expect(bundle).not.toMatch(/from\s*["']node:/)
  })

  it('should parse the seed page in chromium to the records Node gives', async () => {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.setContent('<!doctype html><meta charset="utf-8"><title>news</title>')
    // The bundle as a module exposing the API on window, as an app's bundle would.
    await page.addScriptTag({
      type: 'module',
      content: `${bundle}\nwindow.newsParser = { fromText, toRecords }`,
    })
    await page.waitForFunction(() => 'newsParser' in window)
    const text = readFileSync(SEED, 'utf8')
    const inBrowser = await page.evaluate((t) => {
      const api = (
        window as unknown as { newsParser: { fromText: typeof fromText; toRecords: typeof toRecords } }
      ).newsParser
      return { records: api.toRecords(api.fromText(t)), agent: navigator.userAgent }
    }, text)
    expect(errors).toEqual([])
    expect(inBrowser.agent).toMatch(/Chrome/)
    expect(inBrowser.records.articles.length).toBeGreaterThan(0)
    expect(inBrowser.records).toEqual(toRecords(fromText(text)))
    await page.close()
  })
})
