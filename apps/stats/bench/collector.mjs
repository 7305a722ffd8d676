#!/usr/bin/env node
/**
 * The statistics side alone at archive scale: the shared corpus is parsed
 * once through the edition reader, then its results are fed to a
 * `StatsCollector` again and again (each copy with its own file names and
 * date) up to 50,000 pages. Shows that the collector's memory stays flat
 * while parsing is left out; `memory.mjs` measures the whole pipeline.
 *
 *   pnpm --filter @news/stats build && node bench/collector.mjs [pages]
 */
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readEdition } from '@news/parser/node'
import { StatsCollector } from '../dist/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const CORPUS = resolve(here, '../../../../shared/corpus')
const pages = Number(process.argv[2] ?? 50_000)
/** Page counts at which the resident set size is printed. */
const CHECKPOINTS = new Set([1000, 5000, 10_000, 20_000, 30_000, 40_000, 50_000, pages])

const parsed = []
for await (const result of readEdition([CORPUS])) if (!result.error) parsed.push(result)
const mib = (n) => Math.round(n / 2 ** 20)
console.log(`corpus: ${parsed.length} files parsed; rss ${mib(process.memoryUsage().rss)} MiB`)

const collector = new StatsCollector({ term: 'the' })
const start = performance.now()
let done = 0
for (let copy = 0; done < pages; copy++) {
  const date = new Date(Date.UTC(1900, 0, 1 + copy)).toISOString().slice(0, 10)
  for (const result of parsed) {
    if (done >= pages) break
    collector.addFile({
      ...result,
      file: `copy-${copy}/${result.file}`,
      records: result.records.map((r) => ({ ...r, publication: { ...r.publication, date } })),
    })
    done++
    if (CHECKPOINTS.has(done)) {
      const s = (performance.now() - start) / 1000
      console.log(
        `${done} files: ${Math.round(done / s)} files/s, rss ${mib(process.memoryUsage().rss)} MiB, heap ${mib(process.memoryUsage().heapUsed)} MiB`,
      )
    }
  }
}
const reportStart = performance.now()
const report = collector.report()
console.log(
  `report: ${Math.round(performance.now() - reportStart)} ms, ${report.content.terms.length} terms, ${report.content.breakdowns.date.length} dates; peak rss ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`,
)
