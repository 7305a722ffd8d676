#!/usr/bin/env node
/**
 * Memory and speed of `news-stats` as an archive grows: the shared corpus's
 * pages replicated (as symbolic links in a temporary folder, one folder
 * per copy with its own edition date) to 1,000, 10,000 and 50,000 pages.
 * Each size runs in a fresh process; it prints pages per second, the peak
 * resident set size (worker threads included) and the RSS every 10% of the
 * way, which should stay flat.
 *
 *   pnpm --filter @news/stats build && node bench/memory.mjs [sizes…]
 *   node bench/memory.mjs 1000 10000 50000
 */
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const CORPUS = resolve(here, '../../../../shared/corpus')
const DEFAULT_SIZES = [1000, 10_000, 50_000]
/** Files that describe the corpus rather than being pages. */
const NOT_PAGES = new Set(['SOURCES.md', 'README.md'])

async function corpusPages() {
  const out = []
  for (const entry of await readdir(CORPUS, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || NOT_PAGES.has(entry.name) || !/\.(txt|md)$/.test(entry.name)) continue
    out.push(join(entry.parentPath ?? entry.path, entry.name))
  }
  return out.sort()
}

/** Links to `count` pages: copy k of the corpus in `root/copy-k`, dated day k from 1900-01-01. */
async function replicate(root, pages, count) {
  for (let k = 0, made = 0; made < count; k++) {
    const folder = join(root, `copy-${String(k).padStart(4, '0')}`)
    await mkdir(folder)
    const date = new Date(Date.UTC(1900, 0, 1 + k)).toISOString().slice(0, 10)
    await writeFile(join(folder, 'edition.json'), JSON.stringify({ publication: 'Bench', date }))
    for (const [i, page] of pages.entries()) {
      if (made >= count) break
      // Prefix keeps names unique when two corpus folders hold the same name.
      await symlink(page, join(folder, `${String(i).padStart(3, '0')}-${page.split('/').pop()}`))
      made++
    }
  }
}

async function child(root, size) {
  const { collectStats } = await import('../dist/index.js')
  const samples = []
  const step = Math.max(1, Math.floor(size / 10))
  const start = performance.now()
  const report = await collectStats([root], {
    term: 'the',
    onProgress(done) {
      if (done % step === 0) samples.push(Math.round(process.memoryUsage().rss / 2 ** 20))
    },
  })
  const seconds = (performance.now() - start) / 1000
  const result = {
    pages: report.quality.pages,
    files: report.quality.files,
    articles: report.quality.articles,
    terms: report.content.terms.length,
    seconds: Math.round(seconds * 10) / 10,
    pagesPerSecond: Math.round((report.quality.pages / seconds) * 10) / 10,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    heapUsedMiB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    rssEvery10PercentMiB: samples,
  }
  process.stdout.write(`${JSON.stringify(result)}\n`)
}

async function main() {
  const [mode, ...rest] = process.argv.slice(2)
  if (mode === '--child') return child(rest[0], Number(rest[1]))
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0)
  const pages = await corpusPages()
  console.log(`corpus: ${pages.length} page files in ${CORPUS}`)
  for (const size of sizes.length ? sizes : DEFAULT_SIZES) {
    const root = await mkdtemp(join(tmpdir(), 'news-stats-bench-'))
    try {
      await replicate(root, pages, size)
      const out = execFileSync(
        process.execPath,
        [fileURLToPath(import.meta.url), '--child', root, String(size)],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        },
      )
      console.log(`${size} pages: ${out.trim()}`)
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  }
}

await main()
