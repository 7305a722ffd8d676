#!/usr/bin/env node
/**
 * Write the HTML report for the bundled sample pages and a screenshot of it
 * (`docs/screenshot.png`, linked from the README), in Debian's chromium.
 *
 *   pnpm --filter @news/stats build && node apps/stats/scripts/screenshot.mjs
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs'
import { runCli } from '../dist/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../../..')
/** Size of the picture: a desktop window, the top of the report. */
const VIEWPORT = { width: 1200, height: 2400 }

const dir = await mkdtemp(join(tmpdir(), 'news-stats-shot-'))
try {
  const html = join(dir, 'stats.html')
  // From the repository's root, so the report shows short paths.
  process.chdir(root)
  const code = await runCli([
    'node',
    'news-stats',
    'samples/zh',
    'samples/en',
    '--html',
    html,
    '--term',
    '上海',
    '-q',
  ])
  if (code !== 0) throw new Error(`news-stats exited with ${code}`)
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    const page = await browser.newPage({ viewport: VIEWPORT })
    await page.goto(pathToFileURL(html).href)
    const out = resolve(here, '../docs/screenshot.png')
    await page.screenshot({ path: out })
    console.log(`wrote ${out}`)
  } finally {
    await browser.close()
  }
} finally {
  await rm(dir, { recursive: true, force: true })
}
