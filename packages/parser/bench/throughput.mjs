/**
 * Parse throughput in MB/s on the corpus pages, Chinese and English apart,
 * side by side with
 *   (a) the floor: decode the bytes (already in memory), split into lines,
 *       one regular-expression test per line;
 *   (b) unified + remark-parse parsing the same bytes as Markdown.
 * Targets: at least TARGET_OVER_REMARK × remark-parse, within
 * TARGET_UNDER_FLOOR × of the floor, for each language.
 *
 *     node --expose-gc bench/throughput.mjs   (after `pnpm --filter @news/parser build`)
 */
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { fromText } from '../dist/index.js'
import { corpusBytes } from './corpus.mjs'
import { cell, MIN_SECONDS, secondsPerRun } from './measure.mjs'

/** The parser must be at least this many times faster than remark-parse. */
export const TARGET_OVER_REMARK = 10
/** The parser may be at most this many times slower than the floor. */
export const TARGET_UNDER_FLOOR = 15

/**
 * Every contestant parses the same bytes (`corpusBytes`, decoded inside its
 * timed run) and is timed in steady state: after `warmupRuns` runs, best of
 * at least `minRuns`.
 */
const STEADY = { warmupRuns: 3, minRuns: 5 }

const LINE = /\r\n|\r|\n/
/** The one test per line of the floor: does the line look like a headline (short, no sentence end)? */
const FLOOR_TEST = /^\s*\S.{0,30}[^。.!?！？]\s*$/u

const decoder = new TextDecoder()
const remark = unified().use(remarkParse)

const contestants = {
  floor: (pages) => {
    let hits = 0
    for (const bytes of pages) {
      for (const line of decoder.decode(bytes).split(LINE)) if (FLOOR_TEST.test(line)) hits++
    }
    return hits
  },
  parser: (pages) => {
    for (const bytes of pages) fromText(bytes)
  },
  remark: (pages) => {
    for (const bytes of pages) remark.parse(decoder.decode(bytes))
  },
}

export function throughput() {
  const corpus = corpusBytes()
  const rows = []
  for (const lang of ['zh', 'en']) {
    const pages = corpus[lang]
    const mb = pages.reduce((n, b) => n + b.length, 0) / 1e6
    const speed = {}
    for (const [name, fn] of Object.entries(contestants)) {
      // One contestant's garbage is not collected in the next one's time (with `node --expose-gc`).
      globalThis.gc?.()
      speed[name] = mb / secondsPerRun(() => fn(pages), MIN_SECONDS, STEADY)
    }
    rows.push({
      lang,
      pages: pages.length,
      mb,
      ...speed,
      overRemark: speed.parser / speed.remark,
      underFloor: speed.floor / speed.parser,
    })
  }
  console.log('Throughput (MB/s; higher is better)')
  console.log(
    `${'lang'.padEnd(5)}${cell('pages', 6)}${cell('MB', 7)}${cell('floor', 9)}${cell('parser', 9)}${cell('remark', 9)}${cell('×remark', 9)}${cell('floor/×', 9)}  ok`,
  )
  let ok = true
  for (const r of rows) {
    const pass = r.overRemark >= TARGET_OVER_REMARK && r.underFloor <= TARGET_UNDER_FLOOR
    ok &&= pass
    console.log(
      `${r.lang.padEnd(5)}${cell(r.pages, 6)}${cell(r.mb.toFixed(2), 7)}${cell(r.floor.toFixed(1), 9)}${cell(r.parser.toFixed(2), 9)}${cell(r.remark.toFixed(2), 9)}${cell(r.overRemark.toFixed(1), 9)}${cell(r.underFloor.toFixed(1), 9)}  ${pass ? 'yes' : 'NO'}`,
    )
  }
  console.log(
    `targets: parser ≥ ${TARGET_OVER_REMARK}× remark-parse and floor ≤ ${TARGET_UNDER_FLOOR}× parser\n`,
  )
  return ok
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = throughput() ? 0 : 1
