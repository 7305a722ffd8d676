#!/usr/bin/env node
/**
 * Where the worst-page flags come from: for every corpus page with a truth
 * file, the scorer's page score (`../shared/eval/news-eval.mjs`) beside the
 * facts the flags read (unplaced share, mean confidence, share of articles
 * without headline). A page is bad when its score is below `BAD_SCORE`.
 * Each flag's threshold is swept on the even-numbered pages and checked on
 * the odd ones: precision and recall of "flagged ⇒ bad".
 *
 *   pnpm --filter @news/stats build && node bench/flags.mjs
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readEdition } from '@news/parser/node'
import { StatsCollector } from '../dist/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const SHARED = resolve(here, '../../../../shared')
const EVAL = join(SHARED, 'eval/news-eval.mjs')
/** A page scored below this by the scorer is badly extracted. */
const BAD_SCORE = 0.5

const golds = []
for (const entry of await readdir(join(SHARED, 'corpus'), { withFileTypes: true, recursive: true })) {
  if (entry.isFile() && entry.name.endsWith('.gold.json'))
    golds.push(join(entry.parentPath ?? entry.path, entry.name))
}
golds.sort()
const sources = new Map()
for (const gold of golds) {
  const { source } = JSON.parse(await readFile(gold, 'utf8'))
  if (source) sources.set(resolve(dirname(gold), source), gold)
}
const tmp = await mkdtemp(join(tmpdir(), 'news-stats-flags-'))
const rows = []
try {
  for await (const result of readEdition([...sources.keys()])) {
    if (result.error || result.records.length !== 1) continue
    const pred = join(tmp, 'pred.json')
    await writeFile(pred, JSON.stringify(result.records[0]))
    const out = JSON.parse(
      execFileSync(process.execPath, [EVAL, '--json', '--pred', pred, sources.get(result.file)], {
        encoding: 'utf8',
      }),
    )
    const collector = new StatsCollector()
    collector.addFile(result)
    const r = collector.report()
    const headline = r.quality.fields.find((f) => f.field === 'headline')
    rows.push({
      file: result.file,
      score: out.rows[0].score,
      unplacedShare: r.content.breakdowns.date[0]?.unplacedShare ?? 0,
      meanConfidence: r.quality.confidence.mean ?? 0,
      headlineless: r.quality.articles ? 1 - headline.rate : 1,
    })
  }
} finally {
  await rm(tmp, { recursive: true, force: true })
}

function quality(pages, flagged) {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const p of pages) {
    const bad = p.score < BAD_SCORE
    if (flagged(p) && bad) tp++
    else if (flagged(p)) fp++
    else if (bad) fn++
  }
  const precision = tp + fp ? tp / (tp + fp) : 1
  const recall = tp + fn ? tp / (tp + fn) : 1
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }
}

const sweep = rows.filter((_, i) => i % 2 === 0)
const check = rows.filter((_, i) => i % 2 === 1)
const bad = rows.filter((p) => p.score < BAD_SCORE).length
console.log(`${rows.length} pages with truth, ${bad} scored below ${BAD_SCORE}`)
const flags = {
  unplacedShare: (t) => (p) => p.unplacedShare >= t,
  meanConfidence: (t) => (p) => p.meanConfidence < t,
  headlineless: (t) => (p) => p.headlineless >= t,
}
const fmt = (q) => `P ${q.precision.toFixed(2)} R ${q.recall.toFixed(2)} F1 ${q.f1.toFixed(2)}`
for (const [name, make] of Object.entries(flags)) {
  let best = null
  for (let t = 0.05; t <= 0.95; t += 0.05) {
    const q = quality(sweep, make(t))
    if (!best || q.f1 > best.q.f1) best = { t: Math.round(t * 100) / 100, q }
  }
  console.log(
    `${name}: best ${best.t} on sweep (${fmt(best.q)}); on check ${fmt(quality(check, make(best.t)))}`,
  )
}
